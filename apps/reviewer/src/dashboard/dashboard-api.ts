import {
  type DashboardView,
  DashboardViewSchema,
  type IndicatorValueInput,
  type UpwardOutcomeCreate,
  type UpwardOutcomeUpdate,
  type UpwardRecommendationView,
  UpwardRecommendationViewSchema,
} from '@shifan/domain';
import { apiSend } from '@shifan/ui';

export const DASHBOARD_PATH = '/api/dashboard';
export const DASHBOARD_XLSX_URL = '/api/dashboard.xlsx';
export const UPWARD_PATH = '/api/upward-recommendations';
export const UPWARD_XLSX_PATH = '/api/upward-recommendations.xlsx';

/** Records (or corrects) an indicator's value for a year; answers the dashboard after the change. */
export function recordIndicator(code: string, input: IndicatorValueInput): Promise<DashboardView> {
  return apiSend(`/api/indicators/${encodeURIComponent(code)}/values`, 'PUT', input, DashboardViewSchema);
}

/** Records the province's or the ministry's outcome of a recommended project. */
export function recordUpwardOutcome(input: UpwardOutcomeCreate): Promise<UpwardRecommendationView> {
  return apiSend('/api/upward-outcomes', 'POST', input, UpwardRecommendationViewSchema);
}

/** Corrects a recorded outcome under the version it was read at. */
export function correctUpwardOutcome(id: number, input: UpwardOutcomeUpdate): Promise<UpwardRecommendationView> {
  return apiSend(`/api/upward-outcomes/${id}`, 'PUT', input, UpwardRecommendationViewSchema);
}

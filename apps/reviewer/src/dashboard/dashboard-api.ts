import { type DashboardView, DashboardViewSchema, type IndicatorValueInput } from '@shifan/domain';
import { apiSend } from '@shifan/ui';

export const DASHBOARD_PATH = '/api/dashboard';
export const DASHBOARD_XLSX_URL = '/api/dashboard.xlsx';

/** Records (or corrects) an Annex 1 indicator's value for a year; answers the dashboard after the change. */
export function recordIndicator(code: string, input: IndicatorValueInput): Promise<DashboardView> {
  return apiSend(`/api/indicators/${encodeURIComponent(code)}/values`, 'PUT', input, DashboardViewSchema);
}

import {
  ApplicationScoresViewSchema,
  type DistrictDecision,
  type FormalCheckInput,
  pageSchema,
  type ReviewApplicationDetail,
  ReviewApplicationDetailSchema,
  type ReviewApplicationSummary,
  ReviewApplicationSummarySchema,
} from '@shifan/domain';
import { ApiError, apiFetch, apiSend, toQueryString } from '@shifan/ui';

export const DISTRICT_APPLICATIONS_PATH = '/api/review/district/applications';
export const CITY_APPLICATIONS_PATH = '/api/review/city/applications';
export const DISTRICT_PRIORITY_PATH = '/api/review/district/priority';
export const DISTRICT_EXPORT_PATH = '/api/review/district/recommended.xlsx';
const APPLICATIONS_PATH = '/api/review/applications';

/** One page of applications as the district and city lists answer it. */
export const ReviewPageSchema = pageSchema(ReviewApplicationSummarySchema, 'ReviewApplicationPage');
export const RecommendedListSchema = ReviewApplicationSummarySchema.array();

export function reviewApplicationPath(id: number): string {
  return `${APPLICATIONS_PATH}/${id}`;
}

export function attachmentPath(applicationId: number, attachmentId: number): string {
  return `${reviewApplicationPath(applicationId)}/attachments/${attachmentId}`;
}

export function scoresPath(applicationId: number): string {
  return `${reviewApplicationPath(applicationId)}/scores`;
}

export function districtExportUrl(callId: number): string {
  return `${DISTRICT_EXPORT_PATH}${toQueryString({ callId })}`;
}

export function fetchReviewApplication(id: number, signal?: AbortSignal): Promise<ReviewApplicationDetail> {
  return apiFetch(reviewApplicationPath(id), signal ? { signal } : {}, ReviewApplicationDetailSchema);
}

export function decideDistrict(id: number, decision: DistrictDecision): Promise<ReviewApplicationDetail> {
  return apiSend(`${reviewApplicationPath(id)}/district-decision`, 'POST', decision, ReviewApplicationDetailSchema);
}

export function submitFormalCheck(id: number, input: FormalCheckInput): Promise<ReviewApplicationDetail> {
  return apiSend(`${reviewApplicationPath(id)}/formal-check`, 'POST', input, ReviewApplicationDetailSchema);
}

export function orderRecommendations(callId: number, applicationIds: readonly number[]): Promise<ReviewApplicationSummary[]> {
  return apiSend(DISTRICT_PRIORITY_PATH, 'PUT', { callId, applicationIds }, RecommendedListSchema);
}

export function reopenScore(applicationId: number, expertId: number, reason: string) {
  return apiSend(`${scoresPath(applicationId)}/${expertId}/reopen`, 'POST', { reason }, ApplicationScoresViewSchema);
}

/**
 * A 409 because the record changed since it was loaded: the API's CONFLICT (with a STALE_VERSION detail). Other
 * 409s (ILLEGAL_TRANSITION, quotas) are not stale versions and are shown as they are.
 */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && (error.code === 'CONFLICT' || error.details.some((detail) => detail.code === 'STALE_VERSION'));
}

/** The most rows an export or the recommended list fetches. */
export const FETCH_ALL_LIMIT = 1000;
/** The API's largest page. */
const FETCH_PAGE_SIZE = 200;

export interface FetchedApplications {
  items: ReviewApplicationSummary[];
  total: number;
  truncated: boolean;
}

/** Every application of a list matching the filters, page by page (at most {@link FETCH_ALL_LIMIT}), reporting progress. */
export async function fetchAllApplications(
  path: string,
  filters: Readonly<Record<string, string | number | undefined>>,
  onProgress: (done: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<FetchedApplications> {
  const items: ReviewApplicationSummary[] = [];
  let total = 0;
  for (let page = 1; ; page += 1) {
    const answer = await apiFetch(`${path}${toQueryString({ ...filters, page, pageSize: FETCH_PAGE_SIZE })}`, signal ? { signal } : {}, ReviewPageSchema);
    total = answer.total;
    items.push(...answer.items);
    onProgress(Math.min(items.length, FETCH_ALL_LIMIT), Math.min(total, FETCH_ALL_LIMIT));
    if (answer.items.length < FETCH_PAGE_SIZE || items.length >= Math.min(total, FETCH_ALL_LIMIT)) break;
  }
  return { items: items.slice(0, FETCH_ALL_LIMIT), total, truncated: total > FETCH_ALL_LIMIT };
}

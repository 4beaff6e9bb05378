import {
  type ApprovedListView,
  type PublishApprovedList,
  ApprovedListViewSchema,
  type NoticeView,
  NoticeViewSchema,
  type ObjectionDecision,
  type ObjectionView,
  ObjectionViewSchema,
  pageSchema,
  type PublishNotice,
} from '@shifan/domain';
import { apiFetch, apiSend, toQueryString } from '@shifan/ui';

export const NOTICES_PATH = '/api/notices';

/** One page of notices as `GET /api/notices` answers it. */
export const NoticePageSchema = pageSchema(NoticeViewSchema, 'NoticePage');
/** The cases of a notice as `GET /api/notices/{id}/objections` answers them. */
export const ObjectionListSchema = ObjectionViewSchema.array();

/** The API's largest page of notices. */
const NOTICE_PAGE_SIZE = 100;
/** How many pages the notice look-up reads at most (10,000 notices is far beyond the programme's scale). */
const NOTICE_PAGE_LIMIT = 100;

export function noticePath(id: number): string {
  return `${NOTICES_PATH}/${id}`;
}

export function noticePdfUrl(noticeId: number): string {
  return `${noticePath(noticeId)}/notice.pdf`;
}

export function objectionsPath(noticeId: number): string {
  return `${noticePath(noticeId)}/objections`;
}

export function sealedLetterUrl(objectionId: number): string {
  return `/api/objections/${objectionId}/sealed-letter`;
}

export function approvedListPath(callId: number): string {
  return `/api/approved-lists/${callId}`;
}

export function approvedListPdfUrl(callId: number): string {
  return `${approvedListPath(callId)}/list.pdf`;
}

export function approvedListXlsxUrl(callId: number): string {
  return `${approvedListPath(callId)}/list.xlsx`;
}

/** The public page of a call's approved list, served outside the reviewer app (a plain link, not a router link). */
export function publicApprovedListUrl(callId: number): string {
  return `/approved/${callId}`;
}

/**
 * The notice (公示) of a call, or null when none has been published. The public list `GET /api/notices` holds every
 * notice, newest first; it is read page by page (100 a page) until the call's notice turns up or the list ends.
 */
export async function findCallNotice(callId: number, signal?: AbortSignal): Promise<NoticeView | null> {
  for (let page = 1; page <= NOTICE_PAGE_LIMIT; page += 1) {
    const answer = await apiFetch(`${NOTICES_PATH}${toQueryString({ page, pageSize: NOTICE_PAGE_SIZE })}`, signal ? { signal } : {}, NoticePageSchema);
    const found = answer.items.find((notice) => notice.callId === callId);
    if (found) return found;
    if (answer.items.length < NOTICE_PAGE_SIZE || page * NOTICE_PAGE_SIZE >= answer.total) return null;
  }
  return null;
}

export function fetchNotice(id: number, signal?: AbortSignal): Promise<NoticeView> {
  return apiFetch(noticePath(id), signal ? { signal } : {}, NoticeViewSchema);
}

/** 发布公示: `POST /api/calls/{id}/notice`. */
export function publishNotice(callId: number, input: PublishNotice): Promise<NoticeView> {
  return apiSend(`/api/calls/${callId}/notice`, 'POST', input, NoticeViewSchema);
}

/** Moves an objection case on (investigating, dismissed, upheld); answers the case as it now is. */
export function decideObjection(objectionId: number, decision: ObjectionDecision): Promise<ObjectionView> {
  return apiSend(`/api/objections/${objectionId}/decision`, 'POST', decision, ObjectionViewSchema);
}

/** 发布认定名单: `POST /api/calls/{id}/approved-list`. */
export function publishApprovedList(callId: number, body: PublishApprovedList): Promise<ApprovedListView> {
  return apiSend(`/api/calls/${callId}/approved-list`, 'POST', body, ApprovedListViewSchema);
}

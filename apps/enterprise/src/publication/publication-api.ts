import { ApprovedListViewSchema, NoticeViewSchema, pageSchema } from '@shifan/domain';
import { z } from 'zod';

/** Public endpoints of publication (issue #8); see apps/api/src/publication/publication.contract.ts. */
export const NOTICES_PATH = '/api/notices';
export const APPROVED_LISTS_PATH = '/api/approved-lists';

export const NoticePageSchema = pageSchema(NoticeViewSchema, 'NoticePage');
export const ApprovedListPageSchema = pageSchema(ApprovedListViewSchema, 'ApprovedListPage');

/** The answer to a sealed-letter upload. */
export const StoredFileSchema = z.object({ fileName: z.string(), size: z.number().int(), sha256: z.string() });
export type StoredFile = z.infer<typeof StoredFileSchema>;

export function noticePath(id: number): string {
  return `${NOTICES_PATH}/${id}`;
}

export function noticePdfPath(id: number): string {
  return `${noticePath(id)}/notice.pdf`;
}

export function objectionsPath(noticeId: number): string {
  return `${noticePath(noticeId)}/objections`;
}

export function sealedLetterPath(caseNo: string): string {
  return `/api/objections/${encodeURIComponent(caseNo)}/sealed-letter`;
}

export function approvedListPath(callId: number): string {
  return `${APPROVED_LISTS_PATH}/${callId}`;
}

export function approvedListFilePath(callId: number, format: 'pdf' | 'xlsx'): string {
  return `${approvedListPath(callId)}/list.${format}`;
}

export function openDataPath(year: number): string {
  return `/api/open-data/approved-lists/${year}.json`;
}

/** A route parameter as a positive integer id, or null. */
export function routeId(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

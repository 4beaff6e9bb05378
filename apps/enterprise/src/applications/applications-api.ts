import { type ApplicationView, ApplicationViewSchema, ApplicationSummarySchema, type Receipt, ReceiptSchema, TimelineEventSchema } from '@shifan/domain';
import { apiFetch, apiSend } from '@shifan/ui';
import { z } from 'zod';

export const APPLICATIONS_PATH = '/api/applications';
export const ApplicationListSchema = z.array(ApplicationSummarySchema);
export const TimelineSchema = z.array(TimelineEventSchema);

export function applicationPath(id: number): string {
  return `${APPLICATIONS_PATH}/${id}`;
}

export function fetchApplication(id: number, signal?: AbortSignal): Promise<ApplicationView> {
  return apiFetch(applicationPath(id), { signal }, ApplicationViewSchema);
}

export function saveDraft(id: number, version: number, data: Record<string, unknown>): Promise<ApplicationView> {
  return apiSend(`${applicationPath(id)}/draft`, 'PUT', { version, data }, ApplicationViewSchema);
}

export function submitApplication(id: number): Promise<Receipt> {
  return apiSend(`${applicationPath(id)}/submit`, 'POST', undefined, ReceiptSchema);
}

export function withdrawApplication(id: number): Promise<ApplicationView> {
  return apiSend(`${applicationPath(id)}/withdraw`, 'POST', undefined, ApplicationViewSchema);
}

export function attachmentPath(applicationId: number, attachmentId: number): string {
  return `${applicationPath(applicationId)}/attachments/${attachmentId}`;
}

export function deleteAttachment(applicationId: number, attachmentId: number): Promise<void> {
  return apiSend(attachmentPath(applicationId, attachmentId), 'DELETE');
}

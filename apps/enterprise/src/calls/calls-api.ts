import { type ApplicationView, ApplicationViewSchema, CallViewSchema, pageSchema } from '@shifan/domain';
import { apiSend, toApiError } from '@shifan/ui';

export const CALLS_PATH = '/api/calls';
export const CallPageSchema = pageSchema(CallViewSchema, 'CallPage');

export function callPath(id: number): string {
  return `${CALLS_PATH}/${id}`;
}

/**
 * Starts the enterprise's application to a call and answers its id. One application per call: when there already
 * is one (409 ALREADY_APPLIED, its id in the detail), that one's id is answered instead.
 */
export async function startApplication(callId: number): Promise<{ id: number; existing: boolean }> {
  try {
    const created: ApplicationView = await apiSend(`${CALLS_PATH}/${callId}/applications`, 'POST', undefined, ApplicationViewSchema);
    return { id: created.id, existing: false };
  } catch (caught) {
    const error = toApiError(caught);
    const existing = error.code === 'ALREADY_APPLIED' ? Number(error.details.find((detail) => detail.code === 'EXISTING_APPLICATION')?.message ?? error.details[0]?.message) : NaN;
    if (Number.isInteger(existing) && existing > 0) return { id: existing, existing: true };
    throw error;
  }
}

import { type CreatePanel, pageSchema, PanelReplaySchema, type PanelView, PanelViewSchema, ReviewApplicationSummarySchema } from '@shifan/domain';
import { apiFetch, apiSend, toQueryString } from '@shifan/ui';
import { z } from 'zod';

export const PanelListSchema = z.array(PanelViewSchema);
export const ReminderResultSchema = z.object({ reminded: z.number().int() });
export type PanelReplay = z.infer<typeof PanelReplaySchema>;

/** One page of `GET /api/review/city/applications`. */
export const CityApplicationPageSchema = pageSchema(ReviewApplicationSummarySchema, 'ReviewApplicationPage');
export const CITY_APPLICATIONS_PATH = '/api/review/city/applications';

export function callPanelsPath(callId: number): string {
  return `/api/calls/${callId}/panels`;
}

export function panelPath(id: number): string {
  return `/api/panels/${id}`;
}

/** The panel summary (评审专家组汇总表) PDF, for signature. */
export function panelSummaryPdfPath(id: number): string {
  return `${panelPath(id)}/summary.pdf`;
}

/** One member's score sheet (专家评分表) PDF, with the scores submitted so far. */
export function scoreSheetPdfPath(panelId: number, expertId: number): string {
  return `${panelPath(panelId)}/experts/${expertId}/score-sheet.pdf`;
}

/** The formally accepted applications of a call, a page at a time: the ones a new panel may review. */
export function acceptedApplicationsPath(callId: number, page: number, pageSize: number): string {
  return `${CITY_APPLICATIONS_PATH}${toQueryString({ callId, state: 'formally_accepted', page, pageSize })}`;
}

export function createPanel(callId: number, panel: CreatePanel): Promise<PanelView> {
  return apiSend(callPanelsPath(callId), 'POST', panel, PanelViewSchema);
}

export function declineMember(id: number, expertId: number, reason: string): Promise<PanelView> {
  return apiSend(`${panelPath(id)}/members/${expertId}/decline`, 'POST', { reason }, PanelViewSchema);
}

export function drawPanel(id: number): Promise<PanelView> {
  return apiSend(`${panelPath(id)}/draw`, 'POST', undefined, PanelViewSchema);
}

export function replayPanel(id: number): Promise<PanelReplay> {
  return apiFetch(`${panelPath(id)}/replay`, {}, PanelReplaySchema);
}

export function remindPanel(id: number): Promise<{ reminded: number }> {
  return apiSend(`${panelPath(id)}/reminders`, 'POST', undefined, ReminderResultSchema);
}

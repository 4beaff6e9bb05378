import { type RankingView, RankingViewSchema, type ShortlistDecision } from '@shifan/domain';
import { apiSend } from '@shifan/ui';

export function rankingPath(callId: number): string {
  return `/api/calls/${callId}/ranking`;
}

export function rankingExportUrl(callId: number): string {
  return `/api/calls/${callId}/ranking.xlsx`;
}

/** Shortlists or declines a scored application; answers the ranking after the decision. */
export function decideShortlist(applicationId: number, decision: ShortlistDecision): Promise<RankingView> {
  return apiSend(`/api/review/applications/${applicationId}/shortlist`, 'POST', decision, RankingViewSchema);
}


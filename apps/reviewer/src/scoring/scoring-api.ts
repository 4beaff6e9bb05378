import {
  type ConflictDeclaration,
  type ExpertAssignmentSummary,
  ExpertAssignmentSummarySchema,
  type SaveScore,
  type ScoreView,
  ScoreViewSchema,
} from '@shifan/domain';
import { apiSend } from '@shifan/ui';
import { z } from 'zod';

export const ASSIGNMENTS_PATH = '/api/expert/assignments';
export const AssignmentListSchema = z.array(ExpertAssignmentSummarySchema);

export function expertApplicationPath(applicationId: number): string {
  return `/api/expert/applications/${applicationId}`;
}

/** An attachment, inline in a new tab (a plain GET: no CSRF header needed). */
export function expertAttachmentPath(applicationId: number, attachmentId: number): string {
  return `${expertApplicationPath(applicationId)}/attachments/${attachmentId}`;
}

export function panelScoresPath(applicationId: number): string {
  return `${expertApplicationPath(applicationId)}/panel-scores`;
}

export function declare(applicationId: number, declaration: ConflictDeclaration): Promise<ExpertAssignmentSummary> {
  return apiSend(`${expertApplicationPath(applicationId)}/declaration`, 'POST', declaration, ExpertAssignmentSummarySchema);
}

export function saveScore(applicationId: number, score: SaveScore): Promise<ScoreView> {
  return apiSend(`${expertApplicationPath(applicationId)}/score`, 'PUT', score, ScoreViewSchema);
}

import {
  APPLICATION_DRAFT_SCHEMAS,
  APPLICATION_SCHEMAS,
  type CallSettings,
  type EligibilityReport,
  evaluateEligibility,
  type ProgrammeCategoryCode,
} from '@shifan/domain';
import type { ZodType } from 'zod';

/**
 * The server side of "checks eligibility as they type": the same rule set the enterprise app runs in the browser,
 * over the settings of the call version the application keeps.
 */
export function checkEligibility(settings: CallSettings, profile: Record<string, unknown>, data: Record<string, unknown>): EligibilityReport {
  // The settings carry their category, which picks the rule set and the shape of the data. The database holds at
  // most one application per enterprise and call (a unique index), so there is never another live one to count.
  return evaluateEligibility(settings.category, settings as never, profile as never, data as never, { otherApplicationsInCall: 0 });
}

export function draftSchemaOf(category: ProgrammeCategoryCode): ZodType {
  return APPLICATION_DRAFT_SCHEMAS[category];
}

export function submitSchemaOf(category: ProgrammeCategoryCode): ZodType {
  return APPLICATION_SCHEMAS[category];
}

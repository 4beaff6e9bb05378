import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import { type CallSettingsFor, defaultCallSettings } from '../eligibility/call-settings';

/** The schedule every test call uses unless it says otherwise: September 2025. */
export const TEST_SCHEDULE = { opensOn: '2025-09-01', applicationDeadline: '2025-09-30' } as const;

/** Default settings of a category's call with the test schedule. */
export function buildCallSettings<C extends ProgrammeCategoryCode>(category: C): CallSettingsFor<C> {
  return defaultCallSettings(category, { ...TEST_SCHEDULE });
}

import { APPLICATION_STATES, type ApplicationState, findRecommendingUnit, findSubField, type LocalizedText } from '@shifan/domain';

const DASH: LocalizedText = { zh: '—', en: '—' };

/** A 推荐单位's short name from the catalogue (江岸区, 东湖高新区 / East Lake High-Tech Zone); the code itself when unknown, a dash for none. */
export function unitLabel(code: string | null | undefined): LocalizedText {
  if (!code) return DASH;
  return findRecommendingUnit(code)?.shortName ?? { zh: code, en: code };
}

/** A sub-field's name from the plan's key fields (光通信 / Optical communication); the code when unknown. */
export function subFieldLabel(code: string | null | undefined): LocalizedText {
  if (!code) return DASH;
  return findSubField(code)?.name ?? { zh: code, en: code };
}

/** Whether a string is one of the application states. */
export function isApplicationState(value: string | null | undefined): value is ApplicationState {
  return value !== null && value !== undefined && (APPLICATION_STATES as readonly string[]).includes(value);
}

/** States a district officer's list can show: everything after submission. */
export const DISTRICT_LIST_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter((state) => state !== 'draft');

/** States a city officer's list can show: from the district's recommendation on, plus the ends of the road. */
export const CITY_LIST_STATES: readonly ApplicationState[] = [
  'district_recommended',
  'returned_for_revision',
  'formally_accepted',
  'in_expert_review',
  'scored',
  'shortlisted',
  'in_public_notice',
  'approved',
  'not_approved',
  'rejected',
  'withdrawn',
];

/** States in which experts have scored or are scoring: the city sees the scores. */
export const SCORING_STATES: readonly ApplicationState[] = ['in_expert_review', 'scored', 'shortlisted', 'in_public_notice', 'approved', 'not_approved'];

/** States whose outcome is decided on the ranking page. */
export const RANKED_STATES: readonly ApplicationState[] = ['scored', 'shortlisted', 'in_public_notice', 'approved', 'not_approved'];

/** States in which a submitted score may still be reopened. */
export const REOPENABLE_STATES: readonly ApplicationState[] = ['in_expert_review', 'scored'];

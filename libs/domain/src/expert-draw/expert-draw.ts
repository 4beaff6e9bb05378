import type { LocalizedText } from '../i18n/localized-text';
import { type ApplicantParties, type ConflictInputs, type ExclusionReason, type Expert, findConflicts } from './conflict-of-interest';
import { createSeededRandom, seededShuffle } from './seeded-random';
import { sha256Hex } from './sha256';

/**
 * The expert draw: exclude conflicted experts, shuffle the rest with a random source seeded by the published seed,
 * then fill each required field of expertise first and the remaining seats in shuffled order. The same input always
 * gives the same panel, whatever the order of the pool; the seed's SHA-256 is published before the draw.
 */
export const DEFAULT_PANEL_SIZE = 7;
export const MIN_PANEL_SIZE = 5;
export const DEFAULT_CO_APPLICATION_LOOKBACK_YEARS = 3;

export interface ExpertDrawInput extends Omit<ConflictInputs, 'coApplicationLookbackYears' | 'applicant'> {
  /** The applicant whose application the panel reviews … */
  applicant?: ApplicantParties;
  /** … or every applicant of a group of applications: an expert conflicted with any of them is excluded. */
  applicants?: readonly ApplicantParties[];
  seed: string;
  pool: readonly Expert[];
  /** Odd and ≥ 5; default 7. */
  panelSize?: number;
  /** Each must be covered by at least one panel member. */
  requiredFields?: readonly string[];
  coApplicationLookbackYears?: number;
}

export interface ExcludedExpert {
  expert: Expert;
  reasons: ExclusionReason[];
}

export type ExpertDrawError = 'INVALID_PANEL_SIZE' | 'DUPLICATE_EXPERT_ID' | 'POOL_TOO_SMALL' | 'REQUIRED_FIELD_UNCOVERED';

export type ExpertDrawResult =
  | {
      ok: true;
      seedHash: string;
      /** In the order drawn. */
      panel: Expert[];
      /** Eligible experts not drawn, in shuffled order: call them in turn if a panel member declines. */
      reserves: Expert[];
      excluded: ExcludedExpert[];
    }
  | {
      ok: false;
      seedHash: string;
      error: ExpertDrawError;
      message: LocalizedText;
      excluded: ExcludedExpert[];
      uncoveredFields: string[];
    };

export function isValidPanelSize(size: number): boolean {
  return Number.isInteger(size) && size >= MIN_PANEL_SIZE && size % 2 === 1;
}

function byId(a: Expert, b: Expert): number {
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

function failure(seedHash: string, error: ExpertDrawError, message: LocalizedText, excluded: ExcludedExpert[], uncoveredFields: string[] = []): ExpertDrawResult {
  return { ok: false, seedHash, error, message, excluded, uncoveredFields };
}

/** The same reason found for two applicants of a group (e.g. the same declared relation) is listed once. */
function uniqueReasons(reasons: ExclusionReason[]): ExclusionReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function drawExperts(input: ExpertDrawInput): ExpertDrawResult {
  const seedHash = sha256Hex(input.seed);
  const panelSize = input.panelSize ?? DEFAULT_PANEL_SIZE;
  if (!isValidPanelSize(panelSize)) {
    return failure(seedHash, 'INVALID_PANEL_SIZE', { zh: `评审专家人数须为不少于${MIN_PANEL_SIZE}的奇数`, en: `The panel size must be an odd number ≥ ${MIN_PANEL_SIZE}` }, []);
  }
  const pool = [...input.pool].sort(byId);
  const duplicate = pool.find((expert, index) => index > 0 && pool[index - 1].id === expert.id);
  if (duplicate) {
    return failure(seedHash, 'DUPLICATE_EXPERT_ID', { zh: `专家库中编号重复：${duplicate.id}`, en: `Duplicate expert id in the pool: ${duplicate.id}` }, []);
  }
  const applicants = [...(input.applicant ? [input.applicant] : []), ...(input.applicants ?? [])];
  const conflictInputs = applicants.map(
    (applicant): ConflictInputs => ({
      ...input,
      applicant,
      coApplicationLookbackYears: input.coApplicationLookbackYears ?? DEFAULT_CO_APPLICATION_LOOKBACK_YEARS,
    }),
  );
  const excluded: ExcludedExpert[] = [];
  const eligible: Expert[] = [];
  for (const expert of pool) {
    const reasons = uniqueReasons(conflictInputs.flatMap((inputs) => findConflicts(expert, inputs)));
    if (reasons.length > 0) excluded.push({ expert, reasons });
    else eligible.push(expert);
  }
  if (eligible.length < panelSize) {
    return failure(
      seedHash,
      'POOL_TOO_SMALL',
      { zh: `回避后可用专家${eligible.length}人，不足${panelSize}人`, en: `Only ${eligible.length} experts remain after exclusions; ${panelSize} are needed` },
      excluded,
    );
  }
  const order = seededShuffle(eligible, createSeededRandom(input.seed));
  const panel: Expert[] = [];
  const uncovered: string[] = [];
  const required = [...new Set(input.requiredFields ?? [])].sort();
  for (const field of required) {
    if (panel.some((expert) => expert.fields.includes(field))) continue;
    const pick = order.find((expert) => !panel.includes(expert) && expert.fields.includes(field));
    if (pick && panel.length < panelSize) panel.push(pick);
    else uncovered.push(field);
  }
  if (uncovered.length > 0) {
    return failure(
      seedHash,
      'REQUIRED_FIELD_UNCOVERED',
      { zh: `无法覆盖所需专业领域：${uncovered.join('、')}`, en: `No panel can cover the required fields: ${uncovered.join(', ')}` },
      excluded,
      uncovered,
    );
  }
  for (const expert of order) {
    if (panel.length >= panelSize) break;
    if (!panel.includes(expert)) panel.push(expert);
  }
  const reserves = order.filter((expert) => !panel.includes(expert));
  return { ok: true, seedHash, panel, reserves, excluded };
}

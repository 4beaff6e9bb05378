import type { CallSchedule, EntityGateSettings } from '../../call-settings';

/** The part of any category's call settings the common entity gate reads. */
export interface GateRuleSettings {
  callYear: number;
  schedule: CallSchedule;
  eligibility: { gate: EntityGateSettings };
}

export const GATE_SOURCE = 'domain-rules.md §1.1';

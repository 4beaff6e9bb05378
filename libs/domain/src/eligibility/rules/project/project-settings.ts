import type { z } from 'zod';
import type { Draft } from '../../../shared/draft';
import type { CallSchedule, CompletionSettingsSchema } from '../../call-settings';

/** The settings and fields the project rules shared by pilots and technical transformation read. */
export interface ProjectRuleSettings {
  callYear: number;
  schedule: CallSchedule;
  eligibility: { requireInvestmentStatistics: boolean; completion: z.infer<typeof CompletionSettingsSchema> };
}

export type ProjectDraft = Draft<{
  startDate: string;
  completionDate: string;
  inProduction: boolean;
  inInvestmentStatistics: boolean;
  totalInvestmentWanYuan: number;
  equipmentInvestmentWanYuan: number;
  rdInvestmentWanYuan: number;
}>;

import { readBoolean } from '../../rule-inputs';
import { defineRule, fail, missing, notRequired, pass } from '../../rule-types';
import type { ProjectDraft, ProjectRuleSettings } from './project-settings';

const FIELDS = ['application.inInvestmentStatistics'];

/** The project is recorded in the 技改投资统计 database (入统, construction type 技改). */
export const inInvestmentStatisticsRule = defineRule<ProjectRuleSettings, ProjectDraft>(
  {
    id: 'project.in-investment-statistics',
    title: { zh: '项目已入统', en: 'Recorded in investment statistics (入统)' },
    source: 'domain-rules.md §1.1: Wuhan 细则; wotao 22560',
  },
  ({ eligibility }, _profile, application) => {
    if (!eligibility.requireInvestmentStatistics) return notRequired({ zh: '项目入统', en: 'recording in the investment statistics' }, FIELDS);
    const recorded = readBoolean(application.inInvestmentStatistics);
    if (recorded === undefined) return missing(FIELDS);
    if (!recorded) {
      return fail({ zh: '项目须纳入技改投资统计（入统）', en: 'The project must be recorded in the technical-transformation investment statistics' }, FIELDS);
    }
    return pass({ zh: '项目已入统', en: 'Recorded in the investment statistics' }, FIELDS);
  },
);

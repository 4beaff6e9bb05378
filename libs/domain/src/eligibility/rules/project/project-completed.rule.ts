import { compareIsoDates, yearOf } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { readBoolean, readDate } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import type { ProjectDraft, ProjectRuleSettings } from './project-settings';

const FIELDS = ['application.completionDate', 'application.inProduction'];

/**
 * The project is finished by the deadline and in production; for technical transformation, completed in the call
 * year (主体完工). Settings can switch either part off.
 */
export const projectCompletedRule = defineRule<ProjectRuleSettings, ProjectDraft>(
  {
    id: 'project.completed-in-production',
    title: { zh: '项目已完工投产', en: 'Project completed and in production' },
    source: 'domain-rules.md §1.2 (细则 第四条), §1.3 (tjpveo 22031; depuw 16381)',
  },
  (settings, _profile, application) => {
    const { completion } = settings.eligibility;
    const completed = readDate(application.completionDate);
    const inProduction = readBoolean(application.inProduction);
    if (completion.requireInProduction && inProduction === false) {
      return fail({ zh: '项目须已建成投产', en: 'The project must be in production' }, FIELDS);
    }
    if (completed === undefined || (completion.requireInProduction && inProduction === undefined)) return missing(FIELDS);
    const deadline = referenceDateOf(settings);
    if (compareIsoDates(completed, deadline) > 0) {
      return fail({ zh: `完工日期${completed}晚于申报截止日${deadline}`, en: `Completion on ${completed} is after the deadline ${deadline}` }, FIELDS);
    }
    if (completion.requireCompletedInCallYear && yearOf(completed) !== settings.callYear) {
      return fail(
        { zh: `项目于${completed}完工，不符合本批次要求：${settings.callYear}年内完工`, en: `Completed on ${completed}; does not meet this call’s requirement: completed in ${settings.callYear}` },
        FIELDS,
      );
    }
    return pass({ zh: `项目已于${completed}完工`, en: `Completed on ${completed}` }, FIELDS);
  },
);

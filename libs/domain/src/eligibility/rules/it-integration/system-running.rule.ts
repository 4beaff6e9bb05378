import { addMonths, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { readDate, readText } from '../../rule-inputs';
import { defineRule, missing, pass, warn } from '../../rule-types';
import { IT_SOURCE, type ItIntegrationCallSettings, type ItIntegrationDraft } from './it-integration-settings';

/** National pilots: the management system should have run for 3 months (default) before assessment. A warning only. */
export const systemRunningRule = defineRule<ItIntegrationCallSettings, ItIntegrationDraft>(
  {
    id: 'it.system-running',
    title: { zh: '管理体系运行时间', en: 'Management system in operation' },
    source: `${IT_SOURCE}: practice guides (weak source: xiang-ying 3993)`,
  },
  (settings, _profile, application) => {
    const type = readText(application.applicationType);
    if (type === undefined) return missing(['application.applicationType']);
    if (type !== 'national_pilot') {
      return pass({ zh: '自评估申报不要求体系运行时间', en: 'Not required for a self-assessment' }, ['application.applicationType']);
    }
    const fields = ['application.applicationType', 'application.systemRunningSince'];
    const since = readDate(application.systemRunningSince);
    if (since === undefined) return missing(fields);
    const months = settings.eligibility.minSystemRunningMonths;
    const deadline = referenceDateOf(settings);
    if (compareIsoDates(addMonths(since, months), deadline) <= 0) {
      return pass({ zh: `管理体系自${since}起运行,满${months}个月`, en: `Running since ${since}: at least ${months} months` }, fields);
    }
    return warn(
      { zh: `管理体系运行不足${months}个月(自${since}起),建议运行满${months}个月后再申请评定`, en: `Running for less than ${months} months (since ${since}); consider waiting before the assessment` },
      fields,
    );
  },
);

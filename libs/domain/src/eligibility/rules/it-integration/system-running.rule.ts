import { addMonths, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { againstCall, notYetAgainstCall } from '../../call-requirement';
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
    const months = settings.eligibility.minSystemRunningMonths;
    const required = { zh: `至截止日运行 ≥ ${months}个月（建议，不否决）`, en: `running ≥ ${months} months by the deadline (advice, not a refusal)` };
    const since = readDate(application.systemRunningSince);
    if (since === undefined) return missing(fields, notYetAgainstCall(required));
    const deadline = referenceDateOf(settings);
    const met = compareIsoDates(addMonths(since, months), deadline) <= 0;
    const message = againstCall({ zh: `管理体系自${since}起运行`, en: `The system has run since ${since}` }, met, required);
    return met ? pass(message, fields) : warn(message, fields);
  },
);

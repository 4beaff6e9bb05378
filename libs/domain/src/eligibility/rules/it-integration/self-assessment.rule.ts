import { addMonths, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { againstCall, notYetAgainstCall } from '../../call-requirement';
import { readBoolean, readDate } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { IT_SOURCE, type ItIntegrationCallSettings, type ItIntegrationDraft } from './it-integration-settings';

const FIELDS = ['application.selfAssessmentCompleted', 'application.selfAssessmentDate'];

/** The 两化融合 self-assessment (GB/T 23001-2017) is done, by the deadline and not older than 12 months (default, an assumption). */
export const selfAssessmentRule = defineRule<ItIntegrationCallSettings, ItIntegrationDraft>(
  {
    id: 'it.self-assessment',
    title: { zh: '两化融合自评估', en: 'Self-assessment' },
    source: `${IT_SOURCE}: GB/T 23001-2017; the age limit is an assumption [ASSUMED]`,
  },
  (settings, _profile, application) => {
    const deadline = referenceDateOf(settings);
    const months = settings.eligibility.selfAssessmentMaxAgeMonths;
    const earliest = addMonths(deadline, -months);
    const required = { zh: `自评估在近${months}个月内完成（${earliest}及以后）`, en: `a self-assessment from the last ${months} months (on or after ${earliest})` };
    const completed = readBoolean(application.selfAssessmentCompleted);
    if (completed === undefined) return missing(FIELDS, notYetAgainstCall(required));
    if (!completed) return fail({ zh: '须先完成两化融合自评估', en: 'The self-assessment must be completed first' }, FIELDS);
    const date = readDate(application.selfAssessmentDate);
    if (date === undefined) return missing(FIELDS, notYetAgainstCall(required));
    if (compareIsoDates(date, deadline) > 0) {
      return fail({ zh: `自评估日期${date}晚于申报截止日${deadline}`, en: `The self-assessment date ${date} is after the deadline ${deadline}` }, FIELDS);
    }
    const met = compareIsoDates(date, earliest) >= 0;
    const message = againstCall({ zh: `自评估于${date}完成`, en: `Self-assessment completed on ${date}` }, met, required);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);

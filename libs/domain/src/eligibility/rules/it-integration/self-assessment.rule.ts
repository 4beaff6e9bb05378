import { addMonths, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { readBoolean, readDate } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { IT_SOURCE, type ItIntegrationCallSettings, type ItIntegrationDraft } from './it-integration-settings';

const FIELDS = ['application.selfAssessmentCompleted', 'application.selfAssessmentDate'];

/** The 两化融合 self-assessment (GB/T 23001-2017) is done, by the deadline and not older than 12 months (default). */
export const selfAssessmentRule = defineRule<ItIntegrationCallSettings, ItIntegrationDraft>(
  {
    id: 'it.self-assessment',
    title: { zh: '两化融合自评估', en: 'Self-assessment' },
    source: `${IT_SOURCE}: GB/T 23001-2017; portal eligibility [ASSUMED]`,
  },
  (settings, _profile, application) => {
    const completed = readBoolean(application.selfAssessmentCompleted);
    if (completed === undefined) return missing(FIELDS);
    if (!completed) return fail({ zh: '须先完成两化融合自评估', en: 'The self-assessment must be completed first' }, FIELDS);
    const date = readDate(application.selfAssessmentDate);
    if (date === undefined) return missing(FIELDS);
    const deadline = referenceDateOf(settings);
    const months = settings.eligibility.selfAssessmentMaxAgeMonths;
    const earliest = addMonths(deadline, -months);
    if (compareIsoDates(date, deadline) > 0) {
      return fail({ zh: `自评估日期${date}晚于申报截止日${deadline}`, en: `The self-assessment date ${date} is after the deadline ${deadline}` }, FIELDS);
    }
    if (compareIsoDates(date, earliest) < 0) {
      return fail(
        { zh: `自评估须在近${months}个月内完成(${earliest}以后),当前为${date}`, en: `The self-assessment must be from the last ${months} months (after ${earliest}); it is from ${date}` },
        FIELDS,
      );
    }
    return pass({ zh: `已于${date}完成自评估`, en: `Self-assessment completed on ${date}` }, FIELDS);
  },
);

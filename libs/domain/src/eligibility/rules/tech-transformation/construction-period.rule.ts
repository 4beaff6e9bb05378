import { addYears, compareIsoDates } from '../../../shared/iso-date';
import { againstCall, amounts, compared, notYetAgainstCall } from '../../call-requirement';
import { readDate } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { TECH_SOURCE, type TechTransformationCallSettings, type TechTransformationDraft } from './tech-transformation-settings';

const FIELDS = ['application.startDate', 'application.completionDate'];

/** Construction period (start to completion) of at most 2 years (default). */
export const constructionPeriodRule = defineRule<TechTransformationCallSettings, TechTransformationDraft>(
  {
    id: 'tech.construction-period',
    title: { zh: '建设周期', en: 'Construction period' },
    source: `${TECH_SOURCE}: 武政规〔2021〕14号 （建设期不超过2年）`,
  },
  ({ eligibility }, _profile, application) => {
    const years = eligibility.maxConstructionYears;
    const condition = compared('at_most', amounts.years(years));
    const start = readDate(application.startDate);
    const end = readDate(application.completionDate);
    if (start === undefined || end === undefined) return missing(FIELDS, notYetAgainstCall({ zh: `建设期 ${condition.zh}`, en: `construction period ${condition.en}` }));
    const latest = addYears(start, years);
    if (compareIsoDates(end, start) < 0) {
      return fail({ zh: '完工日期早于开工日期', en: 'The completion date is before the start date' }, FIELDS);
    }
    const met = compareIsoDates(end, latest) <= 0;
    const message = againstCall(
      { zh: `${start}开工，${end}完工`, en: `Started ${start}, completed ${end}` },
      met,
      { zh: `建设期 ${condition.zh}（不超过，即${latest}及以前完工）`, en: `construction period ${condition.en} (completed by ${latest})` },
    );
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);

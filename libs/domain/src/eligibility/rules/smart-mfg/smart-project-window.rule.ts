import { addYears, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { readDate } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { SMART_SOURCE, type SmartMfgCallSettings, type SmartMfgDraft } from './smart-mfg-settings';

const FIELDS = ['application.startDate'];

/**
 * Investment counts over the last 2 years: the project started no earlier than the window (deadline − 2 years, or an
 * explicit earliest start such as 2023-10-01 for the 2025 标杆 call).
 */
export const smartProjectWindowRule = defineRule<SmartMfgCallSettings, SmartMfgDraft>(
  {
    id: 'smart.project-window',
    title: { zh: '项目实施时间窗口', en: 'Project time window' },
    source: `${SMART_SOURCE}: 细则 第四条 (近2年); whht 9045; wotao 22560`,
  },
  (settings, _profile, application) => {
    const start = readDate(application.startDate);
    if (start === undefined) return missing(FIELDS);
    const { earliestProjectStart, investmentWindowYears } = settings.eligibility;
    const earliest = earliestProjectStart ?? addYears(referenceDateOf(settings), -investmentWindowYears);
    if (compareIsoDates(start, earliest) < 0) {
      return fail({ zh: `项目须于${earliest}及以后开工,实际开工于${start}`, en: `The project must start on or after ${earliest}; it started on ${start}` }, FIELDS);
    }
    return pass({ zh: `开工日期${start}在时间窗口内(${earliest}起)`, en: `Started on ${start}, within the window (from ${earliest})` }, FIELDS);
  },
);

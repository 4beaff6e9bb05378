import { addYears, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { againstCall, notYetAgainstCall } from '../../call-requirement';
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
    source: `${SMART_SOURCE}: 细则 第四条（近2年）；whht 9045; wotao 22560`,
  },
  (settings, _profile, application) => {
    const { earliestProjectStart, investmentWindowYears } = settings.eligibility;
    const earliest = earliestProjectStart ?? addYears(referenceDateOf(settings), -investmentWindowYears);
    const required = { zh: `${earliest}及以后开工`, en: `started on or after ${earliest}` };
    const start = readDate(application.startDate);
    if (start === undefined) return missing(FIELDS, notYetAgainstCall(required));
    const met = compareIsoDates(start, earliest) >= 0;
    const message = againstCall({ zh: `项目于${start}开工`, en: `The project started on ${start}` }, met, required);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);

import { addYears, compareIsoDates } from '../../../shared/iso-date';
import { referenceDateOf } from '../../call-settings';
import { callRequirement, notYetAgainstCall } from '../../call-requirement';
import { readBoolean, readDate } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { GATE_SOURCE, type GateRuleSettings } from './gate-settings';

/** No major safety, environmental or quality accident within the call's look-back window (Wuhan 2 years). */
export const noMajorAccidentRule = defineRule<GateRuleSettings, unknown>(
  {
    id: 'gate.no-major-accident',
    title: { zh: '无重大安全、环保、质量事故', en: 'No major safety, environmental or quality accident' },
    source: `${GATE_SOURCE}: Wuhan 细则 (2 years); 鄂经信规划函〔2025〕12号 (3 years)`,
  },
  (settings, profile) => {
    const years = settings.eligibility.gate.accidentLookbackYears;
    const condition = { zh: `近${years}年内无重大安全、环保、质量事故`, en: `no major safety, environmental or quality accident within the last ${years} years` };
    const required = callRequirement(condition);
    const had = readBoolean(profile.hasMajorAccidentRecord);
    if (had === undefined) return missing(['profile.hasMajorAccidentRecord'], notYetAgainstCall(condition));
    const withRequirement = (finding: { zh: string; en: string }) => ({ zh: `${finding.zh}；${required.zh}`, en: `${finding.en}; ${required.en}` });
    if (!had) return pass(withRequirement({ zh: '未发生重大事故', en: 'No major accident declared' }), ['profile.hasMajorAccidentRecord']);
    const fields = ['profile.hasMajorAccidentRecord', 'profile.lastMajorAccidentDate'];
    const date = readDate(profile.lastMajorAccidentDate);
    if (date === undefined) return missing(fields, notYetAgainstCall(condition));
    const windowStart = addYears(referenceDateOf(settings), -years);
    if (compareIsoDates(date, windowStart) >= 0) {
      return fail(withRequirement({ zh: `${date}发生重大事故，在${windowStart}起的追溯期内`, en: `A major accident on ${date} falls within the window (since ${windowStart})` }), fields);
    }
    return pass(withRequirement({ zh: `最近一次重大事故（${date}）早于${windowStart}`, en: `The latest major accident (${date}) was before ${windowStart}` }), fields);
  },
);

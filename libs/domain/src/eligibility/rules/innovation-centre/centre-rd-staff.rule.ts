import { againstCall, amounts, compared, meets, notYetAgainstCall } from '../../call-requirement';
import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.rdStaffCount', 'profile.employees'];

/** At least 30 R&D staff, or R&D staff at least 50 % of employees (defaults, assumptions: no Wuhan number found). */
export const centreRdStaffRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.rd-staff',
    title: { zh: '研发人员', en: 'R&D staff' },
    source: `${CENTRE_SOURCE}: [ASSUMED]; Xiamen 2024 (≥50%)`,
  },
  ({ eligibility }, profile, application) => {
    const { minRdStaff, minRdStaffSharePercent } = eligibility;
    const byCount = compared('at_least', amounts.persons(minRdStaff));
    const byShare = compared('at_least', amounts.percent(minRdStaffSharePercent));
    const condition = { zh: `研发人员 ${byCount.zh}，或占从业人员 ${byShare.zh}`, en: `R&D staff ${byCount.en}, or ${byShare.en} of employees` };
    const staff = readNumber(application.rdStaffCount);
    if (staff === undefined) return missing(FIELDS, notYetAgainstCall(condition));
    if (meets(staff, 'at_least', minRdStaff)) return pass(againstCall({ zh: `研发人员${staff}人`, en: `${staff} R&D staff` }, true, condition), FIELDS);
    const employees = readNumber(profile.employees);
    if (employees === undefined) return missing(FIELDS, notYetAgainstCall(condition));
    const share = employees > 0 ? (staff / employees) * 100 : 0;
    const met = employees > 0 && meets(share, 'at_least', minRdStaffSharePercent);
    const message = againstCall({ zh: `研发人员${staff}人，占从业人员${formatNumber(share)}%`, en: `${staff} R&D staff, ${formatNumber(share)}% of employees` }, met, condition);
    return met ? pass(message, FIELDS) : fail(message, FIELDS);
  },
);

import { formatNumber, readNumber } from '../../rule-inputs';
import { defineRule, fail, missing, pass } from '../../rule-types';
import { CENTRE_SOURCE, type InnovationCentreCallSettings, type InnovationCentreDraft } from './innovation-centre-settings';

const FIELDS = ['application.rdStaffCount', 'profile.employees'];

/** At least 30 R&D staff, or R&D staff at least 50 % of employees (defaults). */
export const centreRdStaffRule = defineRule<InnovationCentreCallSettings, InnovationCentreDraft>(
  {
    id: 'centre.rd-staff',
    title: { zh: '研发人员', en: 'R&D staff' },
    source: `${CENTRE_SOURCE}: [ASSUMED]; Xiamen 2024 (≥50%)`,
  },
  ({ eligibility }, profile, application) => {
    const staff = readNumber(application.rdStaffCount);
    if (staff === undefined) return missing(FIELDS);
    const { minRdStaff, minRdStaffSharePercent } = eligibility;
    if (staff >= minRdStaff) return pass({ zh: `研发人员${staff}人`, en: `${staff} R&D staff` }, FIELDS);
    const employees = readNumber(profile.employees);
    if (employees === undefined) return missing(FIELDS);
    const share = employees > 0 ? (staff / employees) * 100 : 0;
    if (employees > 0 && share >= minRdStaffSharePercent) {
      return pass({ zh: `研发人员占从业人员${formatNumber(share)}%`, en: `R&D staff are ${formatNumber(share)}% of employees` }, FIELDS);
    }
    return fail(
      {
        zh: `研发人员须不少于${minRdStaff}人或占从业人员${formatNumber(minRdStaffSharePercent)}%以上,当前${staff}人(${formatNumber(share)}%)`,
        en: `Needs at least ${minRdStaff} R&D staff or ${formatNumber(minRdStaffSharePercent)}% of employees; has ${staff} (${formatNumber(share)}%)`,
      },
      FIELDS,
    );
  },
);

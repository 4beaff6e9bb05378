import { z } from 'zod';
import { LEGAL_FORM_CODES } from '../catalogue/legal-forms';
import { ENTERPRISE_PROFILE_LABELS as L, ENTERPRISE_PROFILE_SECTIONS } from './enterprise-profile.meta';
import {
  MAX_WAN_YUAN,
  booleanField,
  countField,
  dateField,
  devZoneField,
  recommendingUnitField,
  residentIdField,
  districtField,
  emailField,
  enumField,
  industryDivisionField,
  phoneField,
  textField,
  enterpriseUsccField,
  wanYuanField,
  yearField,
} from './field-schemas';
import { bilingual, type FormMeta } from './form-meta';

/** The enterprise profile (企业基本信息), filled in once and reused by every application. */
export const EnterpriseProfileObjectSchema = z.object({
  name: textField(L.name.label, 2, 100),
  uscc: enterpriseUsccField(L.uscc.label),
  legalForm: enumField(L.legalForm.label, LEGAL_FORM_CODES),
  legalRepresentativeName: textField(L.legalRepresentativeName.label, 2, 50),
  legalRepresentativeId: residentIdField(L.legalRepresentativeId.label).optional(),
  establishedOn: dateField(L.establishedOn.label),
  industryDivisionCode: industryDivisionField(L.industryDivisionCode.label),
  registeredDistrictCode: districtField(L.registeredDistrictCode.label),
  devZone: devZoneField(L.devZone.label),
  recommendingUnitCode: recommendingUnitField(L.recommendingUnitCode.label),
  registeredAddress: textField(L.registeredAddress.label, 5, 200),
  financialYear: yearField(L.financialYear.label),
  employees: countField(L.employees.label),
  revenueWanYuan: wanYuanField(L.revenueWanYuan.label, MAX_WAN_YUAN * 100),
  outputValueWanYuan: wanYuanField(L.outputValueWanYuan.label, MAX_WAN_YUAN * 100).optional(),
  rdExpenseWanYuan: wanYuanField(L.rdExpenseWanYuan.label),
  inventionPatents: countField(L.inventionPatents.label).optional(),
  declaredAboveDesignatedSize: booleanField(L.declaredAboveDesignatedSize.label),
  paysTaxInWuhan: booleanField(L.paysTaxInWuhan.label),
  hasMajorAccidentRecord: booleanField(L.hasMajorAccidentRecord.label),
  lastMajorAccidentDate: dateField(L.lastMajorAccidentDate.label).optional(),
  listedAsDishonest: booleanField(L.listedAsDishonest.label),
  contactName: textField(L.contactName.label, 2, 50),
  contactPhone: phoneField(L.contactPhone.label),
  contactEmail: emailField(L.contactEmail.label),
});

type ProfileObject = z.infer<typeof EnterpriseProfileObjectSchema>;

/** Cross-field checks of the profile. */
export function checkEnterpriseProfile(value: ProfileObject, ctx: z.RefinementCtx): void {
  if (value.hasMajorAccidentRecord && value.lastMajorAccidentDate === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastMajorAccidentDate'],
      message: bilingual('发生过重大事故时请填写最近一次事故日期', 'Give the date of the latest major accident'),
    });
  }
  if (value.outputValueWanYuan === undefined && value.legalForm === 'branch') {
    ctx.addIssue({
      code: 'custom',
      path: ['outputValueWanYuan'],
      message: bilingual('非独立法人企业请填写上年工业总产值', 'A branch must give its gross industrial output of last year'),
    });
  }
}

export const EnterpriseProfileSchema = EnterpriseProfileObjectSchema.superRefine(checkEnterpriseProfile);

/** For saving an incomplete profile: every field optional, each still checked when present. */
export const EnterpriseProfileDraftSchema = EnterpriseProfileObjectSchema.partial();

export type EnterpriseProfile = z.infer<typeof EnterpriseProfileSchema>;

export const ENTERPRISE_PROFILE_FORM: FormMeta<EnterpriseProfile> = {
  sections: ENTERPRISE_PROFILE_SECTIONS,
  fields: L,
};

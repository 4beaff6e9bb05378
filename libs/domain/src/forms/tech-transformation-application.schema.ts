import { z } from 'zod';
import { subFieldField, wanYuanField } from './field-schemas';
import { UNITS, type FieldMeta, type FormMeta } from './form-meta';
import {
  PROJECT_LABELS,
  PROJECT_SECTIONS,
  checkInvestment,
  checkSchedule,
  declarationsShape,
  investmentShape,
  projectBasicsShape,
  projectScheduleShape,
} from './project-fields';

/** 重大技术改造示范项目 application. The key sub-field is optional: technical transformation spans all industries. */
export const TECH_TRANSFORMATION_LABELS = {
  ...PROJECT_LABELS,
  subFieldCode: { section: 'project', label: { zh: '所属细分领域（如适用）', en: 'Key sub-field (if any)' } },
  expectedNewRevenueWanYuan: {
    section: 'investment',
    label: { zh: '达产后新增年销售收入', en: 'Additional annual sales at full production' },
    unit: UNITS.wanYuan,
  },
} as const satisfies Record<string, FieldMeta>;

const L = TECH_TRANSFORMATION_LABELS;

export const TechTransformationApplicationObjectSchema = z.object({
  ...projectBasicsShape,
  subFieldCode: subFieldField(L.subFieldCode.label).optional(),
  ...projectScheduleShape,
  ...investmentShape,
  expectedNewRevenueWanYuan: wanYuanField(L.expectedNewRevenueWanYuan.label).optional(),
  ...declarationsShape,
});

type TechObject = z.infer<typeof TechTransformationApplicationObjectSchema>;

export function checkTechTransformationApplication(value: TechObject, ctx: z.RefinementCtx): void {
  checkInvestment(value, ctx);
  checkSchedule(value, ctx);
}

export const TechTransformationApplicationSchema = TechTransformationApplicationObjectSchema.superRefine(checkTechTransformationApplication);
export const TechTransformationApplicationDraftSchema = TechTransformationApplicationObjectSchema.partial();
export type TechTransformationApplication = z.infer<typeof TechTransformationApplicationSchema>;

export const TECH_TRANSFORMATION_APPLICATION_FORM: FormMeta<TechTransformationApplication> = {
  sections: [PROJECT_SECTIONS.project, PROJECT_SECTIONS.schedule, PROJECT_SECTIONS.investment, PROJECT_SECTIONS.declarations],
  fields: L,
};

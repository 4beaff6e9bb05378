import { z } from 'zod';
import { booleanField, dateField, enumField, textField } from './field-schemas';
import { bilingual, type FieldMeta, type FormMeta } from './form-meta';
import { PROJECT_LABELS, PROJECT_SECTIONS, declarationsShape } from './project-fields';

/** 两化融合管理体系贯标 application: a self-assessment (自评估、自诊断、自对标) or an application as a national pilot. */
export const IT_INTEGRATION_APPLICATION_TYPES = ['self_assessment', 'national_pilot'] as const;
export type ItIntegrationApplicationType = (typeof IT_INTEGRATION_APPLICATION_TYPES)[number];

export const IT_INTEGRATION_LABELS = {
  applicationType: { section: 'assessment', label: { zh: '申报类型', en: 'Application type' } },
  selfAssessmentCompleted: {
    section: 'assessment',
    label: { zh: '已完成两化融合自评估', en: 'Self-assessment completed' },
    help: { zh: '依据 GB/T 23001-2017《信息化和工业化融合管理体系 要求》', en: 'Against GB/T 23001-2017 (requirements of the management system)' },
  },
  selfAssessmentDate: { section: 'assessment', label: { zh: '自评估完成日期', en: 'Self-assessment date' } },
  systemRunningSince: {
    section: 'assessment',
    label: { zh: '管理体系运行起始日期', en: 'Management system in operation since' },
    help: { zh: '申报国家贯标试点时填写', en: 'For national pilot applications' },
  },
  summary: { section: 'assessment', label: { zh: '贯标工作概述', en: 'Summary of the work' } },
  noDoubleFundingDeclared: PROJECT_LABELS.noDoubleFundingDeclared,
  truthfulnessPledged: PROJECT_LABELS.truthfulnessPledged,
} as const satisfies Record<string, FieldMeta>;

const L = IT_INTEGRATION_LABELS;

export const ItIntegrationApplicationObjectSchema = z.object({
  applicationType: enumField(L.applicationType.label, IT_INTEGRATION_APPLICATION_TYPES),
  selfAssessmentCompleted: booleanField(L.selfAssessmentCompleted.label),
  selfAssessmentDate: dateField(L.selfAssessmentDate.label).optional(),
  systemRunningSince: dateField(L.systemRunningSince.label).optional(),
  summary: textField(L.summary.label, 20, 2000),
  ...declarationsShape,
});

type ItObject = z.infer<typeof ItIntegrationApplicationObjectSchema>;

export function checkItIntegrationApplication(value: ItObject, ctx: z.RefinementCtx): void {
  if (value.selfAssessmentCompleted && value.selfAssessmentDate === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['selfAssessmentDate'],
      message: bilingual('请填写自评估完成日期', 'Give the date the self-assessment was completed'),
    });
  }
  if (value.applicationType === 'national_pilot' && value.systemRunningSince === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['systemRunningSince'],
      message: bilingual('申报国家贯标试点请填写管理体系运行起始日期', 'A national pilot application needs the date the system started running'),
    });
  }
}

export const ItIntegrationApplicationSchema = ItIntegrationApplicationObjectSchema.superRefine(checkItIntegrationApplication);
export const ItIntegrationApplicationDraftSchema = ItIntegrationApplicationObjectSchema.partial();
export type ItIntegrationApplication = z.infer<typeof ItIntegrationApplicationSchema>;

export const IT_INTEGRATION_APPLICATION_FORM: FormMeta<ItIntegrationApplication> = {
  sections: [{ id: 'assessment', title: { zh: '贯标情况', en: 'Assessment' } }, PROJECT_SECTIONS.declarations],
  fields: L,
};

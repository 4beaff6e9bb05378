import { z } from 'zod';
import { countField, enumField, percentField, subFieldField, textField, wanYuanField } from './field-schemas';
import { UNITS, bilingual, type FieldMeta, type FormMeta } from './form-meta';
import { PROJECT_LABELS, PROJECT_SECTIONS, declarationsShape } from './project-fields';

/** 制造业创新中心 application, filed by the centre's operating company ("公司+联盟"). */
export const CENTRE_LEVELS = ['municipal', 'provincial', 'national'] as const;

export const INNOVATION_CENTRE_LABELS = {
  centreName: { section: 'centre', label: { zh: '创新中心名称', en: 'Centre name' } },
  subFieldCode: { section: 'centre', label: { zh: '所属细分领域', en: 'Key sub-field' } },
  targetLevel: { section: 'centre', label: { zh: '申报级别', en: 'Level applied for' } },
  allianceMemberCount: { section: 'centre', label: { zh: '联盟成员单位数', en: 'Alliance members' }, unit: UNITS.count },
  summary: { section: 'centre', label: { zh: '建设方案摘要', en: 'Summary of the plan' } },
  shareholders: {
    section: 'shareholding',
    label: { zh: '股东及持股比例', en: 'Shareholders and their stakes' },
    help: { zh: '持股比例合计应为100%', en: 'Stakes must add up to 100%' },
  },
  rdStaffCount: { section: 'rd', label: { zh: '研发人员数', en: 'R&D staff' }, unit: UNITS.persons },
  rdExpenseWanYuan: { section: 'rd', label: { zh: '上年研发经费支出', en: 'R&D spending last year' }, unit: UNITS.wanYuan },
  totalCostWanYuan: { section: 'rd', label: { zh: '上年成本费用总额', en: 'Total costs last year' }, unit: UNITS.wanYuan },
  noDoubleFundingDeclared: PROJECT_LABELS.noDoubleFundingDeclared,
  truthfulnessPledged: PROJECT_LABELS.truthfulnessPledged,
} as const satisfies Record<string, FieldMeta>;

export const SHAREHOLDER_LABELS = {
  name: { section: 'shareholding', label: { zh: '股东名称', en: 'Shareholder' } },
  sharePercent: { section: 'shareholding', label: { zh: '持股比例', en: 'Stake' }, unit: UNITS.percent },
} as const satisfies Record<string, FieldMeta>;

const L = INNOVATION_CENTRE_LABELS;

export const ShareholderSchema = z.object({
  name: textField(SHAREHOLDER_LABELS.name.label, 2, 100),
  sharePercent: percentField(SHAREHOLDER_LABELS.sharePercent.label),
});

export type Shareholder = z.infer<typeof ShareholderSchema>;

export const InnovationCentreApplicationObjectSchema = z.object({
  centreName: textField(L.centreName.label, 4, 100),
  subFieldCode: subFieldField(L.subFieldCode.label),
  targetLevel: enumField(L.targetLevel.label, CENTRE_LEVELS),
  allianceMemberCount: countField(L.allianceMemberCount.label, 10_000),
  summary: textField(L.summary.label, 20, 2000),
  shareholders: z
    .array(ShareholderSchema)
    .min(1, { error: bilingual('请至少填写一位股东', 'Add at least one shareholder') })
    .max(100, { error: bilingual('股东不超过100位', 'At most 100 shareholders') }),
  rdStaffCount: countField(L.rdStaffCount.label),
  rdExpenseWanYuan: wanYuanField(L.rdExpenseWanYuan.label),
  totalCostWanYuan: wanYuanField(L.totalCostWanYuan.label),
  ...declarationsShape,
});

type CentreObject = z.infer<typeof InnovationCentreApplicationObjectSchema>;

/** Tolerance for stakes that add up to 100 with rounding, e.g. 33.33 × 3 + 0.01. */
export const SHARE_SUM_TOLERANCE = 0.01;

export function checkInnovationCentreApplication(value: CentreObject, ctx: z.RefinementCtx): void {
  const sum = value.shareholders.reduce((total, holder) => total + holder.sharePercent, 0);
  if (value.shareholders.length > 0 && Math.abs(sum - 100) > SHARE_SUM_TOLERANCE + 1e-9) {
    ctx.addIssue({
      code: 'custom',
      path: ['shareholders'],
      message: bilingual(`持股比例合计应为100%，当前为${Number(sum.toFixed(2))}%`, `Stakes must add up to 100%; they add up to ${Number(sum.toFixed(2))}%`),
    });
  }
  const seen = new Set<string>();
  value.shareholders.forEach((holder, index) => {
    if (seen.has(holder.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['shareholders', index, 'name'],
        message: bilingual('股东名称重复', 'This shareholder is listed twice'),
      });
    }
    seen.add(holder.name);
  });
  if (value.rdExpenseWanYuan > value.totalCostWanYuan) {
    ctx.addIssue({
      code: 'custom',
      path: ['rdExpenseWanYuan'],
      message: bilingual('研发经费支出不能超过成本费用总额', 'R&D spending cannot exceed total costs'),
    });
  }
}

export const InnovationCentreApplicationSchema = InnovationCentreApplicationObjectSchema.superRefine(checkInnovationCentreApplication);
export const InnovationCentreApplicationDraftSchema = InnovationCentreApplicationObjectSchema.partial();
export type InnovationCentreApplication = z.infer<typeof InnovationCentreApplicationSchema>;

export const INNOVATION_CENTRE_APPLICATION_FORM: FormMeta<InnovationCentreApplication> = {
  sections: [
    { id: 'centre', title: { zh: '创新中心概况', en: 'Centre' } },
    { id: 'shareholding', title: { zh: '股权结构', en: 'Shareholding' } },
    { id: 'rd', title: { zh: '研发投入与人员', en: 'R&D staff and spending' } },
    PROJECT_SECTIONS.declarations,
  ],
  fields: L,
};

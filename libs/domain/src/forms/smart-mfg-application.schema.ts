import { z } from 'zod';
import { booleanField, enumField, percentField } from './field-schemas';
import { UNITS, bilingual, type FieldMeta, type FormMeta } from './form-meta';
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

/** 智能制造试点示范项目 application: a finished smart-factory project with its investment and smart-factory elements. */
export const PILOT_TIERS = ['demonstration', 'benchmark', 'lighthouse'] as const;
export type PilotTier = (typeof PILOT_TIERS)[number];

export const PILOT_TIER_LABELS: Readonly<Record<PilotTier, { zh: string; en: string }>> = {
  demonstration: { zh: '示范项目/示范智能工厂', en: 'Demonstration project / smart factory' },
  benchmark: { zh: '标杆智能工厂', en: 'Benchmark smart factory' },
  lighthouse: { zh: '全球灯塔工厂', en: 'Global lighthouse factory' },
};

export const SMART_MFG_LABELS = {
  ...PROJECT_LABELS,
  pilotTier: { section: 'project', label: { zh: '申报类别', en: 'Tier applied for' } },
  cncRatePercent: {
    section: 'smart',
    label: { zh: '车间数控化率', en: 'Numerical-control rate of the workshop' },
    unit: UNITS.percent,
  },
  hasErp: { section: 'smart', label: { zh: '已部署企业资源计划（ERP）', en: 'ERP in use' } },
  hasMes: { section: 'smart', label: { zh: '已部署制造执行系统（MES）', en: 'MES in use' } },
  erpMesDataExchange: { section: 'smart', label: { zh: 'ERP与MES之间实现数据交互', en: 'ERP and MES exchange data' } },
  hasProductionDataTracking: { section: 'smart', label: { zh: '生产数据日跟踪', en: 'Daily production-data tracking' } },
  hasVisualManagementPlatform: { section: 'smart', label: { zh: '数字化/可视化管理平台', en: 'Digital or visual management platform' } },
  hasProductInfoPlatform: { section: 'smart', label: { zh: '产品信息集成平台', en: 'Integrated product-information platform' } },
} as const satisfies Record<string, FieldMeta>;

const L = SMART_MFG_LABELS;

export const SmartMfgApplicationObjectSchema = z.object({
  ...projectBasicsShape,
  pilotTier: enumField(L.pilotTier.label, PILOT_TIERS),
  ...projectScheduleShape,
  ...investmentShape,
  cncRatePercent: percentField(L.cncRatePercent.label),
  hasErp: booleanField(L.hasErp.label),
  hasMes: booleanField(L.hasMes.label),
  erpMesDataExchange: booleanField(L.erpMesDataExchange.label),
  hasProductionDataTracking: booleanField(L.hasProductionDataTracking.label),
  hasVisualManagementPlatform: booleanField(L.hasVisualManagementPlatform.label),
  hasProductInfoPlatform: booleanField(L.hasProductInfoPlatform.label),
  ...declarationsShape,
});

type SmartObject = z.infer<typeof SmartMfgApplicationObjectSchema>;

export function checkSmartMfgApplication(value: SmartObject, ctx: z.RefinementCtx): void {
  checkInvestment(value, ctx);
  checkSchedule(value, ctx);
  if (value.erpMesDataExchange && !(value.hasErp && value.hasMes)) {
    ctx.addIssue({
      code: 'custom',
      path: ['erpMesDataExchange'],
      message: bilingual('ERP与MES数据交互需同时部署ERP和MES', 'ERP–MES data exchange needs both an ERP and an MES'),
    });
  }
}

export const SmartMfgApplicationSchema = SmartMfgApplicationObjectSchema.superRefine(checkSmartMfgApplication);
export const SmartMfgApplicationDraftSchema = SmartMfgApplicationObjectSchema.partial();
export type SmartMfgApplication = z.infer<typeof SmartMfgApplicationSchema>;

export const SMART_MFG_APPLICATION_FORM: FormMeta<SmartMfgApplication> = {
  sections: [
    PROJECT_SECTIONS.project,
    PROJECT_SECTIONS.schedule,
    PROJECT_SECTIONS.investment,
    { id: 'smart', title: { zh: '智能制造要素条件', en: 'Smart-factory elements' } },
    PROJECT_SECTIONS.declarations,
  ],
  fields: L,
};

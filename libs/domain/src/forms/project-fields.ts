import { z } from 'zod';
import { compareIsoDates } from '../shared/iso-date';
import {
  booleanField,
  dateField,
  devZoneField,
  districtField,
  pledgeField,
  subFieldField,
  textField,
  wanYuanField,
} from './field-schemas';
import { UNITS, bilingual, type FieldMeta } from './form-meta';

/** Field groups shared by the application forms: project basics, schedule, investment, declarations. */
export const PROJECT_LABELS = {
  projectName: { section: 'project', label: { zh: '项目名称', en: 'Project name' } },
  subFieldCode: { section: 'project', label: { zh: '所属细分领域', en: 'Key sub-field' } },
  projectDistrictCode: { section: 'project', label: { zh: '项目实施地（区）', en: 'Project district' } },
  projectDevZone: { section: 'project', label: { zh: '项目所在开发区', en: 'Project development zone' } },
  summary: { section: 'project', label: { zh: '项目简介', en: 'Project summary' } },
  startDate: { section: 'schedule', label: { zh: '开工日期', en: 'Start date' } },
  completionDate: { section: 'schedule', label: { zh: '完工日期', en: 'Completion date' } },
  inProduction: { section: 'schedule', label: { zh: '是否已投产', en: 'In production' } },
  inInvestmentStatistics: {
    section: 'schedule',
    label: { zh: '是否已纳入技改投资统计（入统）', en: 'Recorded in the technical-transformation investment statistics (入统)' },
  },
  totalInvestmentWanYuan: { section: 'investment', label: { zh: '项目总投资', en: 'Total investment' }, unit: UNITS.wanYuan },
  equipmentInvestmentWanYuan: {
    section: 'investment',
    label: { zh: '生产性设备购置与改造投资', en: 'Production equipment purchase and upgrade' },
    unit: UNITS.wanYuan,
  },
  rdInvestmentWanYuan: { section: 'investment', label: { zh: '项目研发投入', en: 'Project R&D' }, unit: UNITS.wanYuan },
  softwareInvestmentWanYuan: { section: 'investment', label: { zh: '工业软件投入', en: 'Industrial software' }, unit: UNITS.wanYuan },
  noDoubleFundingDeclared: {
    section: 'declarations',
    label: { zh: '本项目未重复申报省、市同类资金支持', en: 'This project has not received or applied for the same support at provincial or municipal level' },
  },
  truthfulnessPledged: { section: 'declarations', label: { zh: '所填信息真实、准确、完整', en: 'The information given is true, accurate and complete' } },
} as const satisfies Record<string, FieldMeta>;

const L = PROJECT_LABELS;

export const PROJECT_SECTIONS = {
  project: { id: 'project', title: { zh: '项目概况', en: 'Project' } },
  schedule: { id: 'schedule', title: { zh: '建设进度', en: 'Schedule' } },
  investment: { id: 'investment', title: { zh: '投资构成', en: 'Investment' } },
  declarations: { id: 'declarations', title: { zh: '承诺与声明', en: 'Declarations' } },
} as const;

export const projectBasicsShape = {
  projectName: textField(L.projectName.label, 4, 100),
  subFieldCode: subFieldField(L.subFieldCode.label),
  projectDistrictCode: districtField(L.projectDistrictCode.label),
  projectDevZone: devZoneField(L.projectDevZone.label),
  summary: textField(L.summary.label, 20, 2000),
};

export const projectScheduleShape = {
  startDate: dateField(L.startDate.label),
  completionDate: dateField(L.completionDate.label),
  inProduction: booleanField(L.inProduction.label),
  inInvestmentStatistics: booleanField(L.inInvestmentStatistics.label),
};

export const investmentShape = {
  totalInvestmentWanYuan: wanYuanField(L.totalInvestmentWanYuan.label),
  equipmentInvestmentWanYuan: wanYuanField(L.equipmentInvestmentWanYuan.label),
  rdInvestmentWanYuan: wanYuanField(L.rdInvestmentWanYuan.label),
  softwareInvestmentWanYuan: wanYuanField(L.softwareInvestmentWanYuan.label),
};

export const declarationsShape = {
  noDoubleFundingDeclared: booleanField(L.noDoubleFundingDeclared.label),
  truthfulnessPledged: pledgeField(L.truthfulnessPledged.label),
};

type InvestmentValues = { [K in keyof typeof investmentShape]: number };
type ScheduleValues = { startDate: string; completionDate: string };

/** Equipment, R&D and software each ≤ total investment, and together ≤ total. */
export function checkInvestment(value: InvestmentValues, ctx: z.RefinementCtx): void {
  const total = value.totalInvestmentWanYuan;
  const parts = [
    ['equipmentInvestmentWanYuan', L.equipmentInvestmentWanYuan.label],
    ['rdInvestmentWanYuan', L.rdInvestmentWanYuan.label],
    ['softwareInvestmentWanYuan', L.softwareInvestmentWanYuan.label],
  ] as const;
  for (const [key, label] of parts) {
    if (value[key] > total) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: bilingual(`${label.zh}不能超过项目总投资`, `${label.en} cannot exceed the total investment`),
      });
    }
  }
  const sum = value.equipmentInvestmentWanYuan + value.rdInvestmentWanYuan + value.softwareInvestmentWanYuan;
  if (sum > total + 1e-9) {
    ctx.addIssue({
      code: 'custom',
      path: ['totalInvestmentWanYuan'],
      message: bilingual('设备、研发、软件投入之和不能超过项目总投资', 'Equipment, R&D and software together cannot exceed the total investment'),
    });
  }
}

/** Completion on or after the start. */
export function checkSchedule(value: ScheduleValues, ctx: z.RefinementCtx): void {
  if (compareIsoDates(value.completionDate, value.startDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['completionDate'],
      message: bilingual('完工日期不能早于开工日期', 'The completion date cannot be before the start date'),
    });
  }
}

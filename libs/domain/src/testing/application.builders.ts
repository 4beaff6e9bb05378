import type { InnovationCentreApplication } from '../forms/innovation-centre-application.schema';
import type { ItIntegrationApplication } from '../forms/it-integration-application.schema';
import type { SmartMfgApplication } from '../forms/smart-mfg-application.schema';
import type { TechTransformationApplication } from '../forms/tech-transformation-application.schema';

/** Complete applications that pass every rule of their category under default settings and the test schedule. */
export function buildSmartMfgApplication(overrides: Partial<SmartMfgApplication> = {}): SmartMfgApplication {
  return {
    projectName: '智能装备数字化车间建设项目',
    subFieldCode: 'EQUIP_SMART',
    projectDistrictCode: '420111',
    projectDevZone: 'DHGX',
    summary: '建设柔性化智能产线,实现设备联网、数据采集与生产过程可视化管理。',
    pilotTier: 'demonstration',
    startDate: '2024-03-01',
    completionDate: '2025-06-30',
    inProduction: true,
    inInvestmentStatistics: true,
    totalInvestmentWanYuan: 3_000,
    equipmentInvestmentWanYuan: 1_800,
    rdInvestmentWanYuan: 300,
    softwareInvestmentWanYuan: 200,
    cncRatePercent: 82,
    hasErp: true,
    hasMes: true,
    erpMesDataExchange: true,
    hasProductionDataTracking: true,
    hasVisualManagementPlatform: true,
    hasProductInfoPlatform: true,
    noDoubleFundingDeclared: true,
    truthfulnessPledged: true,
    ...overrides,
  };
}

export function buildTechTransformationApplication(overrides: Partial<TechTransformationApplication> = {}): TechTransformationApplication {
  return {
    projectName: '年产十万套汽车零部件技术改造项目',
    subFieldCode: 'AUTO_NEV',
    projectDistrictCode: '420114',
    projectDevZone: 'WHJK',
    summary: '更新冲压、焊装生产线设备,提高自动化水平和产品一致性。',
    startDate: '2024-05-01',
    completionDate: '2025-07-31',
    inProduction: true,
    inInvestmentStatistics: true,
    totalInvestmentWanYuan: 6_000,
    equipmentInvestmentWanYuan: 3_500,
    rdInvestmentWanYuan: 500,
    softwareInvestmentWanYuan: 300,
    expectedNewRevenueWanYuan: 12_000,
    noDoubleFundingDeclared: true,
    truthfulnessPledged: true,
    ...overrides,
  };
}

export function buildInnovationCentreApplication(overrides: Partial<InnovationCentreApplication> = {}): InnovationCentreApplication {
  return {
    centreName: '武汉市智能网联汽车制造业创新中心',
    subFieldCode: 'AUTO_SMART',
    targetLevel: 'municipal',
    allianceMemberCount: 24,
    summary: '以公司+联盟模式建设共性技术研发平台,开展车载感知与自动驾驶关键技术攻关。',
    shareholders: [
      { name: '龙头汽车集团', sharePercent: 40 },
      { name: '零部件骨干企业', sharePercent: 30 },
      { name: '高校科技成果转化公司', sharePercent: 30 },
    ],
    rdStaffCount: 60,
    rdExpenseWanYuan: 1_500,
    totalCostWanYuan: 3_000,
    noDoubleFundingDeclared: true,
    truthfulnessPledged: true,
    ...overrides,
  };
}

export function buildItIntegrationApplication(overrides: Partial<ItIntegrationApplication> = {}): ItIntegrationApplication {
  return {
    applicationType: 'self_assessment',
    selfAssessmentCompleted: true,
    selfAssessmentDate: '2025-06-15',
    summary: '依据 GB/T 23001-2017 完成两化融合自评估、自诊断、自对标工作。',
    noDoubleFundingDeclared: true,
    truthfulnessPledged: true,
    ...overrides,
  };
}

import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';
import { decodeLocalizedMessage } from '../i18n/localized-text';
import {
  buildInnovationCentreApplication,
  buildItIntegrationApplication,
  buildSmartMfgApplication,
  buildTechTransformationApplication,
} from '../testing';
import { APPLICATION_DRAFT_SCHEMAS, APPLICATION_FORMS, APPLICATION_SCHEMAS } from './application-forms';
import { InnovationCentreApplicationObjectSchema, InnovationCentreApplicationSchema } from './innovation-centre-application.schema';
import { ItIntegrationApplicationObjectSchema, ItIntegrationApplicationSchema } from './it-integration-application.schema';
import { SmartMfgApplicationObjectSchema, SmartMfgApplicationSchema } from './smart-mfg-application.schema';
import { TechTransformationApplicationObjectSchema, TechTransformationApplicationSchema } from './tech-transformation-application.schema';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('application schemas', () => {
  it('accept the complete applications of each category unchanged', () => {
    const smart = buildSmartMfgApplication();
    const tech = buildTechTransformationApplication();
    const centre = buildInnovationCentreApplication();
    const it = buildItIntegrationApplication();
    expect(SmartMfgApplicationSchema.parse(smart)).toEqual(smart);
    expect(TechTransformationApplicationSchema.parse(tech)).toEqual(tech);
    expect(InnovationCentreApplicationSchema.parse(centre)).toEqual(centre);
    expect(ItIntegrationApplicationSchema.parse(it)).toEqual(it);
  });

  it('reject equipment investment above the total, on the equipment field', () => {
    const result = TechTransformationApplicationSchema.safeParse(buildTechTransformationApplication({ totalInvestmentWanYuan: 3000, equipmentInvestmentWanYuan: 3500 }));
    expect(issuePaths(result)).toContain('equipmentInvestmentWanYuan');
    const message = result.error?.issues.find((issue) => issue.path[0] === 'equipmentInvestmentWanYuan')?.message ?? '';
    expect(decodeLocalizedMessage(message, 'zh-CN')).toBe('生产性设备购置与改造投资不能超过项目总投资');
  });
  it('reject parts that together exceed the total', () => {
    const result = SmartMfgApplicationSchema.safeParse(buildSmartMfgApplication({ totalInvestmentWanYuan: 2000, equipmentInvestmentWanYuan: 1500, rdInvestmentWanYuan: 400, softwareInvestmentWanYuan: 200 }));
    expect(issuePaths(result)).toEqual(['totalInvestmentWanYuan']);
  });
  it('reject a completion before the start', () => {
    const result = TechTransformationApplicationSchema.safeParse(buildTechTransformationApplication({ startDate: '2025-05-01', completionDate: '2025-04-30' }));
    expect(issuePaths(result)).toEqual(['completionDate']);
  });
  it('reject ERP–MES data exchange without both systems', () => {
    expect(issuePaths(SmartMfgApplicationSchema.safeParse(buildSmartMfgApplication({ hasMes: false })))).toEqual(['erpMesDataExchange']);
  });
  it('reject a numerical-control rate above 100 % and an unknown sub-field', () => {
    const result = SmartMfgApplicationSchema.safeParse(buildSmartMfgApplication({ cncRatePercent: 101, subFieldCode: 'SPACE_MINING' }));
    expect(issuePaths(result).sort()).toEqual(['cncRatePercent', 'subFieldCode']);
  });
  it('require the truthfulness pledge to be ticked', () => {
    const result = ItIntegrationApplicationSchema.safeParse({ ...buildItIntegrationApplication(), truthfulnessPledged: false });
    expect(decodeLocalizedMessage(result.error?.issues[0].message ?? '', 'en')).toContain('Please confirm');
  });
  it('let a technical transformation leave the key sub-field out', () => {
    expect(TechTransformationApplicationSchema.safeParse(buildTechTransformationApplication({ subFieldCode: undefined })).success).toBe(true);
  });
  it('require stakes adding up to 100 % and distinct shareholders', () => {
    const off = InnovationCentreApplicationSchema.safeParse(buildInnovationCentreApplication({ shareholders: [{ name: '甲公司', sharePercent: 60 }, { name: '乙公司', sharePercent: 30 }] }));
    expect(decodeLocalizedMessage(off.error?.issues[0].message ?? '', 'en')).toBe('Stakes must add up to 100%; they add up to 90%');
    const twice = InnovationCentreApplicationSchema.safeParse(buildInnovationCentreApplication({ shareholders: [{ name: '甲公司', sharePercent: 50 }, { name: '甲公司', sharePercent: 50 }] }));
    expect(issuePaths(twice)).toEqual(['shareholders.1.name']);
    const rounded = [{ name: '甲公司', sharePercent: 33.33 }, { name: '乙公司', sharePercent: 33.33 }, { name: '丙公司', sharePercent: 33.33 }];
    expect(InnovationCentreApplicationSchema.safeParse(buildInnovationCentreApplication({ shareholders: rounded })).success).toBe(true);
    expect(issuePaths(InnovationCentreApplicationSchema.safeParse(buildInnovationCentreApplication({ shareholders: [] })))).toEqual(['shareholders']);
  });
  it('reject R&D spending above total costs', () => {
    const result = InnovationCentreApplicationSchema.safeParse(buildInnovationCentreApplication({ rdExpenseWanYuan: 5000, totalCostWanYuan: 3000 }));
    expect(issuePaths(result)).toEqual(['rdExpenseWanYuan']);
  });
  it('require the self-assessment date and, for national pilots, the running start', () => {
    const result = ItIntegrationApplicationSchema.safeParse(
      buildItIntegrationApplication({ applicationType: 'national_pilot', selfAssessmentDate: undefined, systemRunningSince: undefined }),
    );
    expect(issuePaths(result).sort()).toEqual(['selfAssessmentDate', 'systemRunningSince']);
  });
  it('accept partial drafts', () => {
    for (const category of PROGRAMME_CATEGORY_CODES) expect(APPLICATION_DRAFT_SCHEMAS[category].safeParse({}).success).toBe(true);
  });
  it('label every field of every form and place it in a declared section', () => {
    const shapes = {
      SMART_MFG_PILOT: SmartMfgApplicationObjectSchema.shape,
      TECH_TRANSFORMATION: TechTransformationApplicationObjectSchema.shape,
      INNOVATION_CENTRE: InnovationCentreApplicationObjectSchema.shape,
      IT_INTEGRATION: ItIntegrationApplicationObjectSchema.shape,
    };
    for (const category of PROGRAMME_CATEGORY_CODES) {
      const form = APPLICATION_FORMS[category];
      expect(Object.keys(form.fields).sort()).toEqual(Object.keys(shapes[category]).sort());
      const sections = new Set(form.sections.map((section) => section.id));
      for (const meta of Object.values(form.fields)) expect(sections.has(meta.section)).toBe(true);
      expect(APPLICATION_SCHEMAS[category]).toBeDefined();
    }
  });
});

import type { EnterpriseProfile } from '../forms/enterprise-profile.schema';
import { buildUscc } from './uscc.builder';

/** A complete enterprise profile that passes every gate rule under default settings. */
export function buildEnterpriseProfile(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return {
    name: '武汉示范智能装备有限公司',
    uscc: buildUscc(),
    legalForm: 'limited_liability_company',
    legalRepresentativeName: '王示范',
    legalRepresentativeId: '420111197503124019',
    establishedOn: '2012-05-18',
    industryDivisionCode: '34',
    registeredDistrictCode: '420111',
    devZone: 'DHGX',
    recommendingUnitCode: 'DHGX',
    registeredAddress: '武汉市洪山区关山大道1号',
    financialYear: 2024,
    employees: 420,
    revenueWanYuan: 36_000,
    outputValueWanYuan: 38_000,
    rdExpenseWanYuan: 1_800,
    declaredAboveDesignatedSize: true,
    paysTaxInWuhan: true,
    hasMajorAccidentRecord: false,
    listedAsDishonest: false,
    contactName: '张经理',
    contactPhone: '13800138000',
    contactEmail: 'contact@example.cn',
    ...overrides,
  };
}

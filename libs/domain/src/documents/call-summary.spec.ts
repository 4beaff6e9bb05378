import { buildEnterpriseProfile } from '../testing/profile.builder';
import { buildItIntegrationApplication, buildSmartMfgApplication } from '../testing/application.builders';
import { callSummaryRow, sortCallSummaryRows } from './call-summary';

const enterprise = { name: '武汉示范智能装备有限公司', uscc: '91420100MAEC200T12' };

describe('the call summary (汇总表) rows', () => {
  it('carry the enterprise, its 推荐单位, the field, the project, the investment and the state', () => {
    const row = callSummaryRow({
      category: 'SMART_MFG_PILOT',
      enterprise,
      profile: buildEnterpriseProfile({ registeredDistrictCode: '420114', devZone: 'NONE', recommendingUnitCode: '420114' }) as never,
      data: buildSmartMfgApplication() as never,
      state: 'submitted',
      receiptNo: 'WH2026ZN007-00001',
      submittedAt: '2026-06-01T02:00:00.000Z',
    });
    expect(row).toEqual({
      receiptNo: 'WH2026ZN007-00001',
      enterpriseName: '武汉示范智能装备有限公司',
      uscc: '91420100MAEC200T12',
      district: '蔡甸区',
      keyField: '高端装备',
      subField: '智能装备',
      projectName: '智能装备数字化车间建设项目',
      totalInvestmentWanYuan: 3000,
      state: '已提交（待推荐单位审核）',
      submittedAt: '2026-06-01T02:00:00.000Z',
      score: null,
    });
  });

  it('names the unit the application was routed to, else the one its profile chose', () => {
    const input = { category: 'SMART_MFG_PILOT' as const, enterprise, profile: buildEnterpriseProfile() as never, data: {}, state: 'submitted', receiptNo: null, submittedAt: null };
    expect(callSummaryRow(input).district).toBe('东湖高新区');
    expect(callSummaryRow({ ...input, recommendingUnitCode: '420111' }).district).toBe('洪山区');
  });

  it('falls back to the project’s district, and prints — for what an application does not have', () => {
    const row = callSummaryRow({
      category: 'IT_INTEGRATION',
      enterprise,
      profile: {},
      data: { ...buildItIntegrationApplication(), projectDistrictCode: '420102' } as never,
      state: 'some_future_state',
      receiptNo: null,
      submittedAt: null,
      score: 88.5,
    });
    expect(row).toMatchObject({ receiptNo: '—', district: '江岸区', keyField: '—', subField: '—', totalInvestmentWanYuan: null, state: 'some_future_state', score: 88.5 });
    expect(callSummaryRow({ category: 'SMART_MFG_PILOT', enterprise, profile: {}, data: { totalInvestmentWanYuan: Number.NaN }, state: 'draft', receiptNo: null, submittedAt: null })).toMatchObject({
      district: '—',
      totalInvestmentWanYuan: null,
      state: '草稿',
    });
  });

  it('sorts by receipt number, rows without one last by enterprise', () => {
    const row = (receiptNo: string | null, name: string) =>
      callSummaryRow({ category: 'SMART_MFG_PILOT', enterprise: { name, uscc: '' }, profile: {}, data: {}, state: 'submitted', receiptNo, submittedAt: null });
    const sorted = sortCallSummaryRows([row(null, '乙'), row('WH2026ZN007-00002', '丙'), row(null, '甲'), row('WH2026ZN007-00001', '丁'), row('WH2026ZN007-00001', '戊')]);
    expect(sorted.map((r) => `${r.receiptNo}:${r.enterpriseName}`)).toEqual(['WH2026ZN007-00001:丁', 'WH2026ZN007-00001:戊', 'WH2026ZN007-00002:丙', '—:乙', '—:甲']);
  });
});

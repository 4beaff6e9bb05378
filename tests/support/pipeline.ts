import { addDays, beijingDate } from '@shifan/domain';
import { ApiClient } from './api-client';
import { DEMO_ENTERPRISE, smallPdf } from './application-ui';

const PASSWORD = 'Shifan@2026';
const POINTS = { technology: 25, demonstration: 21, benefits: 20, foundation: 17 };

/** A complete smart-manufacturing application whose dates fit a call open on `today` (the portal's Beijing date). */
export function smartMfgApplication(today = beijingDate(new Date())) {
  return {
    projectName: '智能装备数字化车间建设项目',
    subFieldCode: 'EQUIP_SMART',
    projectDistrictCode: '420111',
    projectDevZone: 'DHGX',
    summary: '建设柔性化智能产线,实现设备联网、数据采集与生产过程可视化管理。',
    pilotTier: 'demonstration',
    startDate: addDays(today, -300),
    completionDate: addDays(today, -30),
    inProduction: true,
    inInvestmentStatistics: true,
    totalInvestmentWanYuan: 3000,
    equipmentInvestmentWanYuan: 1800,
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
  };
}

/**
 * The demo enterprise's application to the open smart-manufacturing call (its dates fitting `today`, the portal's
 * date), taken through the whole review over the
 * API (each step has its own browser test): submitted, recommended, accepted, scored by a 5-person panel, shortlisted.
 */
export async function shortlistDemoApplication(url: string, today: string = beijingDate(new Date())): Promise<{ callId: number; applicationId: number }> {
  const enterprise = await ApiClient.signIn(url, DEMO_ENTERPRISE.login, PASSWORD);
  const city = await ApiClient.signIn(url, 'city.officer', PASSWORD);
  const district = await ApiClient.signIn(url, 'dhgx.officer', PASSWORD);
  const call = (await enterprise.get('/api/calls?status=open&category=SMART_MFG_PILOT')).body.items[0];
  const started = await enterprise.post(`/api/calls/${call.id}/applications`);
  const applicationId: number = started.body.id;
  const step = (what: string, answer: { status: number; body: unknown }, ok = [200, 201]) => {
    if (!ok.includes(answer.status)) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  step('draft', await enterprise.put(`/api/applications/${applicationId}/draft`, { version: started.body.version, data: smartMfgApplication(today) }));
  // Issue #13: a signed-and-sealed scan is tied to the 签字盖章用 copy it was printed from, so the copy is printed first.
  step('signing copy', await enterprise.get(`/api/applications/${applicationId}/documents/signing-copy.pdf`));
  for (const slot of call.attachmentSlots.filter((entry: { required: boolean }) => entry.required)) {
    step('upload', await enterprise.post(`/api/applications/${applicationId}/slots/${slot.key}/attachments`, smallPdf(16), { 'X-File-Name': encodeURIComponent(`${slot.key}.pdf`) }));
  }
  step('submit', await enterprise.post(`/api/applications/${applicationId}/submit`));
  const forDistrict = step('district view', await district.get(`/api/review/applications/${applicationId}`));
  step('recommend', await district.post(`/api/review/applications/${applicationId}/district-decision`, { decision: 'recommend', version: forDistrict.version }));
  const forCity = step('city view', await city.get(`/api/review/applications/${applicationId}`));
  step('accept', await city.post(`/api/review/applications/${applicationId}/formal-check`, { version: forCity.version, outcome: 'accept', items: forCity.checklist.map((item: { key: string }) => ({ key: item.key, passed: true })) }));
  const panel = step('panel', await city.post(`/api/calls/${call.id}/panels`, { name: '评审组', applicationIds: [applicationId], size: 5, requiredFields: [] }));
  const drawn = step('draw', await city.post(`/api/panels/${panel.id}/draw`));
  const pool = step('experts', await city.get('/api/experts?pageSize=50')).items as { id: number; accountUserName: string }[];
  for (const member of drawn.members as { expertId: number }[]) {
    const expert = await ApiClient.signIn(url, pool.find((entry) => entry.id === member.expertId)!.accountUserName, PASSWORD);
    step('declare', await expert.post(`/api/expert/applications/${applicationId}/declaration`, { noConflict: true }));
    const view = step('expert view', await expert.get(`/api/expert/applications/${applicationId}`));
    step('score', await expert.put(`/api/expert/applications/${applicationId}/score`, { version: view.score.version, points: POINTS, comments: {}, submit: true }));
  }
  const scored = step('city view', await city.get(`/api/review/applications/${applicationId}`));
  step('shortlist', await city.post(`/api/review/applications/${applicationId}/shortlist`, { decision: 'shortlist', reason: '得分达到合格线，在名额内', version: scored.version }));
  return { callId: call.id, applicationId };
}

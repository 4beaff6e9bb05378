import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { DEMO_ENTERPRISE, signInAsDemoEnterprise, smallPdf } from '../support/application-ui';
import { launchBrowser } from '../support/browser';
import { clockOffsetTo, E2E_TODAY, ensureCalendarCovers } from '../support/clock';
import { smartMfgApplication } from '../support/pipeline';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { openPage, submitSignIn } from '../support/portal-ui';

const PASSWORD = 'Shifan@2026';
/** Points per expert (rubric: technology 30, demonstration 25, benefits 25, foundation 20); totals 89, 83, 83, 80, 70. */
const POINTS = [
  { technology: 27, demonstration: 22, benefits: 22, foundation: 18 },
  { technology: 25, demonstration: 21, benefits: 20, foundation: 17 },
  { technology: 25, demonstration: 20, benefits: 21, foundation: 17 },
  { technology: 24, demonstration: 20, benefits: 20, foundation: 16 },
  { technology: 21, demonstration: 18, benefits: 17, foundation: 14 },
];

/** Fills an Ant Design number input by its test id (the id sits on the input or on its wrapper). */
async function fillNumber(page: Page, testId: string, value: number): Promise<void> {
  const target = page.getByTestId(testId);
  const input = (await target.evaluate((element) => element.tagName)) === 'INPUT' ? target : target.locator('input');
  await input.fill(String(value));
}

async function signInStaff(browser: Browser, url: string, login: string, offset: string) {
  const tracked = await openPage(browser, offset);
  await tracked.page.goto(`${url}/review/sign-in`);
  expect(await submitSignIn(tracked.page, login, PASSWORD)).toBe(200);
  await tracked.page.getByTestId('side-nav').waitFor();
  return tracked;
}

/**
 * Issue #7 across roles in the browser: the district recommends → the city returns it for revision → the enterprise
 * fixes and resubmits → the city accepts → a 5-person panel is drawn with the applicant's employee excluded and the
 * reason shown → five experts score (one in the browser, four through the API) → the ranking shows the trimmed mean →
 * shortlist.
 */
describe('the review pipeline in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let offset: string;

  beforeAll(async () => {
    // A fixed date (E2E_TODAY) for the portal and the browser, whatever the machine's date.
    offset = clockOffsetTo(E2E_TODAY);
    [portal, browser] = await Promise.all([startPortal(freshDataDir(), { CLOCK_OFFSET_DAYS: offset }), launchBrowser()]);
    await ensureCalendarCovers(portal.url);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('runs one call from the district to the shortlist', async () => {
    const enterprise = await ApiClient.signIn(portal.url, DEMO_ENTERPRISE.login, PASSWORD);
    const cityApi = await ApiClient.signIn(portal.url, 'city.officer', PASSWORD);

    // The enterprise's submitted application to the open smart-manufacturing call (the form itself has its own test).
    const calls = await enterprise.get('/api/calls?status=open&category=SMART_MFG_PILOT');
    const call = calls.body.items[0];
    const started = await enterprise.post(`/api/calls/${call.id}/applications`);
    expect(started.status).toBe(201);
    const applicationId: number = started.body.id;
    const data = smartMfgApplication(E2E_TODAY);
    const saved = await enterprise.put(`/api/applications/${applicationId}/draft`, { version: started.body.version, data });
    expect(saved.body.eligibility.verdict).toBe('eligible');
    // Issue #13: the signed-and-sealed scan is tied to the 签字盖章用 copy it was printed from, so the copy is printed first.
    expect((await enterprise.get(`/api/applications/${applicationId}/documents/signing-copy.pdf`)).status).toBe(200);
    for (const slot of call.attachmentSlots.filter((entry: { required: boolean }) => entry.required)) {
      const uploaded = await enterprise.post(`/api/applications/${applicationId}/slots/${slot.key}/attachments`, smallPdf(16), { 'X-File-Name': encodeURIComponent(`${slot.key}.pdf`) });
      expect(uploaded.status).toBe(201);
    }
    expect((await enterprise.post(`/api/applications/${applicationId}/submit`)).status).toBe(200);

    // 推荐单位初审: the demo enterprise chose 东湖高新区, whose officer sees it in the unit's list and recommends it.
    const district = await signInStaff(browser, portal.url, 'dhgx.officer', offset);
    await district.page.waitForURL('**/review/district**');
    await district.page.goto(`${portal.url}/review/district?callId=${call.id}`);
    await district.page.getByTestId(`application-link-${applicationId}`).click();
    await district.page.waitForURL(`**/review/applications/${applicationId}`);
    await district.page.getByTestId('district-recommend').click();
    await district.page.getByTestId('district-recommend-submit').click();
    await district.page.locator(`[data-testid="review-application"][data-state="district_recommended"]`).waitFor();
    expect(district.errors).toEqual([]);
    await district.page.context().close();

    // 形式审查: the city officer fails one item with a note and returns it for revision.
    const city = await signInStaff(browser, portal.url, 'city.officer', offset);
    await city.page.goto(`${portal.url}/review/applications/${applicationId}`);
    await city.page.getByTestId('formal-checklist').waitFor();
    for (const key of ['attachments_complete', 'figures_consistent', 'commitments_signed']) await city.page.getByTestId(`formal-item-${key}-pass`).click();
    await city.page.getByTestId('formal-item-seals_present-fail').click();
    await city.page.getByTestId('formal-item-seals_present-note').fill('申报书缺少法定代表人签字');
    await city.page.getByTestId('revision-notice-item-seals_present').waitFor();
    await city.page.getByTestId('formal-request-revision').click();
    await city.page.getByTestId('formal-revision-submit').click();
    await city.page.locator(`[data-testid="review-application"][data-state="returned_for_revision"]`).waitFor();

    // The enterprise sees the itemised notice with its deadline, fixes the form and resubmits.
    const company = await openPage(browser, offset);
    await signInAsDemoEnterprise(company.page, portal.url);
    await company.page.goto(`${portal.url}/applications/${applicationId}`);
    await company.page.getByTestId('review-notice').getByText('申报书缺少法定代表人签字').waitFor();
    await company.page.getByTestId('review-notice-due').waitFor();
    const current = (await enterprise.get(`/api/applications/${applicationId}`)).body;
    expect((await enterprise.put(`/api/applications/${applicationId}/draft`, { version: current.version, data: { ...current.data, projectName: '智能装备数字化车间建设项目（补正）' } })).status).toBe(200);
    // The content changed since the signed copy: the resubmit waits for a new 签字盖章用 copy and its scan (issue #13).
    const outdated = await enterprise.post(`/api/applications/${applicationId}/submit`);
    expect([outdated.status, outdated.body.code]).toEqual([409, 'SIGNED_COPY_OUTDATED']);
    expect((await enterprise.get(`/api/applications/${applicationId}/documents/signing-copy.pdf`)).status).toBe(200);
    expect((await enterprise.post(`/api/applications/${applicationId}/slots/signed_application/attachments`, smallPdf(16), { 'X-File-Name': encodeURIComponent('signed_application.pdf') })).status).toBe(201);
    expect((await enterprise.post(`/api/applications/${applicationId}/submit`)).status).toBe(200);
    expect(company.errors).toEqual([]);
    await company.page.context().close();

    // The city checks again: the items passed last time are carried over, the change is listed; it accepts.
    await city.page.reload();
    await city.page.locator(`[data-testid="review-application"][data-state="district_recommended"]`).waitFor();
    await city.page.getByTestId('changes-table').getByText('（补正）').first().waitFor();
    await city.page.getByTestId('formal-item-attachments_complete-carried').waitFor();
    await city.page.getByTestId('formal-item-seals_present-pass').click();
    await city.page.getByTestId('formal-accept').click();
    await city.page.getByTestId('formal-accept-submit').click();
    await city.page.locator(`[data-testid="review-application"][data-state="formally_accepted"]`).waitFor();

    // A 5-person panel: the seed's hash first, then the draw, with the applicant's employee excluded and why.
    await city.page.goto(`${portal.url}/review/panels?callId=${call.id}`);
    await city.page.getByTestId('panel-name').fill('智能制造第一评审组');
    await fillNumber(city.page, 'panel-size', 5);
    await city.page.getByTestId('panel-create-submit').click();
    await city.page.waitForURL(/\/review\/panels\/\d+$/);
    const panelId = Number(/\/panels\/(\d+)$/.exec(city.page.url())![1]);
    await city.page.getByTestId('panel-seed-hash').waitFor();
    await city.page.getByTestId('panel-draw').click();
    await city.page.locator('[data-testid="panel-page"][data-status="drawn"]').waitFor();
    const exclusions = city.page.getByTestId('panel-exclusions');
    await exclusions.getByText('孙立新').waitFor();
    await exclusions.getByText('专家所在单位为申报单位或联合申报单位').waitFor();
    await city.page.getByTestId('panel-replay').click();
    await city.page.locator('[data-testid="panel-replay-result"][data-matches="true"]').waitFor();

    // One member declines by phone: the officer records it and the next reserve takes the seat.
    const drawnPanel = (await cityApi.get(`/api/panels/${panelId}`)).body;
    expect(drawnPanel.members).toHaveLength(5);
    const declining = drawnPanel.members[4].expertId;
    await city.page.getByTestId(`member-decline-${declining}`).click();
    await city.page.getByTestId('member-decline-reason').fill('出差无法参加评审');
    await city.page.getByTestId('member-decline-submit').click();
    await city.page.locator(`[data-testid="member-declined-${declining}"][data-declined="true"]`).waitFor();
    await city.page.locator('[data-testid^="member-role-"][data-role="replacement"]').waitFor();

    const panel = (await cityApi.get(`/api/panels/${panelId}`)).body;
    panel.members = panel.members.filter((member: { declined: boolean }) => !member.declined);
    expect(panel.members).toHaveLength(5);
    const pool = (await cityApi.get('/api/experts?pageSize=50')).body.items as { id: number; accountUserName: string }[];
    const members: string[] = panel.members.map((member: { expertId: number }) => pool.find((expert) => expert.id === member.expertId)!.accountUserName);
    expect(members).not.toContain('expert07');

    // The first expert declares no conflict and scores in the browser.
    const expert = await signInStaff(browser, portal.url, members[0], offset);
    await expert.page.waitForURL('**/review/assignments');
    await expert.page.goto(`${portal.url}/review/assignments/${applicationId}`);
    await expert.page.getByTestId('declare-no-conflict').click();
    for (const [criterion, value] of Object.entries(POINTS[0])) await fillNumber(expert.page, `score-input-${criterion}`, value);
    await expert.page.locator('[data-testid="score-total"][data-total="89"]').waitFor();
    await expert.page.getByTestId('score-submit').click();
    await expert.page.getByTestId('score-submit-confirm').click();
    await expert.page.getByTestId('score-locked').waitFor();
    expect(expert.errors).toEqual([]);
    await expert.page.context().close();

    // The other four through the API.
    for (const [index, name] of members.slice(1).entries()) {
      const api = await ApiClient.signIn(portal.url, name, PASSWORD);
      expect((await api.post(`/api/expert/applications/${applicationId}/declaration`, { noConflict: true })).status).toBe(200);
      const view = (await api.get(`/api/expert/applications/${applicationId}`)).body;
      const scored = await api.put(`/api/expert/applications/${applicationId}/score`, { version: view.score.version, points: POINTS[index + 1], comments: {}, submit: true });
      expect(scored.status).toBe(200);
    }

    // The ranking: (83 + 83 + 80) / 3 = 82 after dropping 89 and 70; shortlisted with a reason.
    await city.page.goto(`${portal.url}/review/ranking?callId=${call.id}`);
    await city.page.getByTestId(`trimmed-mean-${applicationId}`).getByText('82.00').waitFor();
    await city.page.getByTestId(`shortlist-${applicationId}`).click();
    await city.page.getByTestId('shortlist-reason').fill('综合得分第一，在名额内');
    await city.page.getByTestId('shortlist-submit').click();
    await city.page.locator(`[data-testid="ranking-row-${applicationId}"]`).getByTestId(`decision-${applicationId}`).getByText(/拟入选/).waitFor();
    expect(city.errors).toEqual([]);
    expect((await enterprise.get(`/api/applications/${applicationId}`)).body.state).toBe('shortlisted');
  });
});

import type { Browser, Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { smallPdf } from '../support/application-ui';
import { launchBrowser } from '../support/browser';
import { verifyEnterprise } from '../support/verification';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { openPage, submitSignIn, uniqueDigits, validUscc } from '../support/portal-ui';

const SHOTS = process.env.SHIFAN_SCREENSHOTS;

/** Issue #12 across both apps: a new enterprise uploads its 营业执照 and 授权书, sees why it cannot submit yet, the city accepts. */
describe('enterprise verification (企业认证) in the browser', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(freshDataDir()), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const shoot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  it('uploads both documents, explains the refused submit on the application, and is verified once the city accepts', async () => {
    const uscc = validUscc(uniqueDigits());
    const password = 'Jiangcheng#2026';
    const registered = await fetch(`${portal.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uscc, enterpriseName: '武汉认证示例制造有限公司', contactName: '吴认证', mobile: '13871234568', email: 'wu@example.com', password }),
    });
    expect(registered.status).toBe(201);
    const api = await ApiClient.signIn(portal.url, uscc, password);
    const call = (await api.get('/api/calls?status=open&category=SMART_MFG_PILOT')).body.items[0];
    const draft = await api.post(`/api/calls/${call.id}/applications`);
    expect(draft.status).toBe(201);

    const { page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${portal.url}/sign-in`);
    expect(await submitSignIn(page, uscc, password)).toBe(200);
    await page.waitForURL('**/account');
    const card = page.locator('[data-testid="verification-card"][data-status="unverified"]');
    await card.waitFor();

    // The application explains why it cannot be submitted yet, and leads to the card.
    await page.goto(`${portal.url}/applications/${draft.body.id}`);
    await page.locator('[data-testid="verification-banner"][data-status="unverified"]').getByText('企业尚未通过认证，暂不能提交申报').waitFor();
    await shoot(page, 'verification-banner-1440');
    await page.getByTestId('verification-banner').getByRole('link', { name: '去完成企业认证' }).click();
    await page.waitForURL('**/account#verification');

    for (const kind of ['business_licence', 'authorisation_letter']) {
      const row = page.getByTestId(`verification-document-${kind}`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/enterprise/verification/documents/${kind}`) && r.request().method() === 'POST'),
        row.locator('input[type="file"]').setInputFiles({ name: `${kind === 'business_licence' ? '营业执照' : '授权书'}.pdf`, mimeType: 'application/pdf', buffer: smallPdf(4) }),
      ]);
      expect(response.status()).toBe(201);
      await page.locator(`[data-testid="verification-document-${kind}"][data-uploaded="true"]`).waitFor();
    }
    await page.locator('[data-testid="verification-card"][data-status="pending"]').waitFor();
    await shoot(page, 'verification-card-pending-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, 'verification-card-pending-390');

    // The city officer opens the queue, views the documents and accepts.
    const officer = await openPage(browser);
    await officer.page.setViewportSize({ width: 1440, height: 900 });
    await officer.page.goto(`${portal.url}/review/sign-in`);
    expect(await submitSignIn(officer.page, 'city.officer', 'Shifan@2026')).toBe(200);
    await officer.page.goto(`${portal.url}/review/verifications`);
    const enterpriseId = (await api.get('/api/enterprise/verification')).body.enterpriseId;
    await officer.page.getByTestId(`verification-open-${enterpriseId}`).click();
    await officer.page.getByTestId('verification-doc-business_licence').waitFor();
    await shoot(officer.page, 'verification-queue-drawer-1440');
    // The scan opens inline in a tab of its own, with the officer's session.
    const href = await officer.page.getByTestId('verification-view-business_licence').getAttribute('href');
    const scan = await officer.page.request.get(`${portal.url}${href}`);
    expect(scan.status()).toBe(200);
    expect(scan.headers()['content-disposition']).toMatch(/^inline/);
    expect((await scan.body()).equals(smallPdf(4))).toBe(true);
    await officer.page.setViewportSize({ width: 390, height: 844 });
    await shoot(officer.page, 'verification-queue-drawer-390');
    await officer.page.setViewportSize({ width: 1440, height: 900 });
    const [decision] = await Promise.all([
      officer.page.waitForResponse((r) => r.url().endsWith(`/api/review/verifications/${enterpriseId}/decision`)),
      officer.page.getByTestId('verification-accept').click(),
    ]);
    expect(decision.status()).toBe(200);
    await officer.page.setViewportSize({ width: 390, height: 844 });
    await officer.page.getByTestId('verification-status-filter').getByText('已认证').click();
    await officer.page.getByTestId(`verification-open-${enterpriseId}`).waitFor();
    await shoot(officer.page, 'verification-queue-verified-390');

    await page.reload();
    await page.locator('[data-testid="verification-card"][data-status="verified"]').getByText('企业已通过认证，可以提交申报。').waitFor();
    expect([...errors, ...officer.errors]).toEqual([]);
    await page.context().close();
    await officer.page.context().close();
  });

  it('disputes a USCC from the registration page; the administrator upholds it and the claimant is invited', async () => {
    const uscc = validUscc(uniqueDigits());
    const registered = await fetch(`${portal.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uscc, enterpriseName: '武汉冒名示例有限公司', contactName: '钱冒名', mobile: '13871234569', email: 'squat@example.com', password: 'Squatter#2026' }),
    });
    expect(registered.status).toBe(201);

    const { page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${portal.url}/register`);
    await page.getByTestId('dispute-link').click();
    await page.waitForURL('**/dispute');
    const form = page.getByTestId('dispute-form');
    await form.getByLabel('统一社会信用代码').fill(uscc);
    await form.getByLabel('企业名称（与营业执照一致）').fill('武汉真实所有人有限公司');
    await form.getByLabel('联系人').fill('赵真主');
    await form.getByLabel('手机号').fill('13871230000');
    await form.getByLabel('电子邮箱（接收处理结果）').fill('owner@example.com');
    await form.getByLabel('情况说明').fill('本企业从未注册该平台账户，现有账户系他人冒用信用代码注册。');
    await shoot(page, 'dispute-form-390');
    await page.getByTestId('dispute-submit').click();
    await page.getByTestId('dispute-case').getByText(/ZY\d{4}-\d{4}/).waitFor();
    for (const kind of ['business_licence', 'authorisation_letter']) {
      await page.getByTestId(`dispute-document-${kind}`).locator('input[type="file"]').setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: smallPdf(4) });
      await page.locator(`[data-testid="dispute-document-${kind}"][data-uploaded="true"]`).waitFor();
    }
    await page.getByTestId('dispute-done').waitFor();
    await shoot(page, 'dispute-uploaded-390');

    const admin = await openPage(browser);
    await admin.page.setViewportSize({ width: 1440, height: 900 });
    await admin.page.goto(`${portal.url}/review/sign-in`);
    expect(await submitSignIn(admin.page, 'admin', 'Shifan@2026')).toBe(200);
    await admin.page.goto(`${portal.url}/review/disputes`);
    await admin.page.getByTestId('disputes-table').getByText(uscc).waitFor();
    await admin.page.locator('[data-testid^="dispute-open-"]').first().click();
    await admin.page.getByTestId('dispute-drawer').getByText('本企业从未注册该平台账户').waitFor();
    await admin.page.getByTestId('dispute-reason').fill('营业执照与授权书核实无误');
    await shoot(admin.page, 'dispute-drawer-1440');
    await admin.page.getByTestId('dispute-uphold').click();
    const [decision] = await Promise.all([
      admin.page.waitForResponse((r) => r.url().includes('/api/admin/disputes/') && r.url().endsWith('/decision')),
      admin.page.locator('.ant-modal-confirm').getByRole('button', { name: /确\s?定|OK/ }).click(),
    ]);
    expect(decision.status()).toBe(200);
    expect((await decision.json()).status).toBe('upheld');
    const squatter = await fetch(`${portal.url}/api/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' }, body: JSON.stringify({ login: uscc, password: 'Squatter#2026' }) });
    expect(squatter.status).toBe(401);
    expect([...errors, ...admin.errors]).toEqual([]);
    await page.context().close();
    await admin.page.context().close();
  });

  it('verifies a freshly registered enterprise through the API for tests that need one to submit (tests/support/verification.ts)', async () => {
    const uscc = validUscc(uniqueDigits());
    const registered = await fetch(`${portal.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uscc, enterpriseName: '武汉助手验证示例有限公司', contactName: '孙助手', mobile: '13871234560', email: 'sun@example.com', password: 'Helper#2026x' }),
    });
    expect(registered.status).toBe(201);
    const enterprise = await ApiClient.signIn(portal.url, uscc, 'Helper#2026x');
    expect((await enterprise.get('/api/enterprise/verification')).body.status).toBe('unverified');
    await verifyEnterprise(portal.url, enterprise);
    expect((await enterprise.get('/api/enterprise/verification')).body.status).toBe('verified');
  });
});

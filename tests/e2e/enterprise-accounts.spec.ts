import { checkUscc } from '@shifan/domain';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { linkInMail } from '../support/mail';
import { openPage, signOut, submitSignIn, uniqueDigits, validUscc } from '../support/portal-ui';

/** Issue #4 in the enterprise app: register → account → sign out → sign in with the USCC → sign out. */
describe('enterprise accounts in the browser', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    // Without SMTP_URL the portal writes each mail as an .eml file under DATA_DIR/mail, where the test picks the
    // invitation link up (the log names the file only).
    [portal, browser] = await Promise.all([startPortal(freshDataDir(), { LOG_LEVEL: 'info' }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('says why a USCC fails as it is typed, in Chinese and in English', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/register`);
    const uscc = page.getByLabel('统一社会信用代码');
    const help = page.getByTestId('uscc-help');

    const tooShort = '91420100MA4K0000P';
    await uscc.fill(tooShort);
    await help.getByText(checkUscc(tooShort).problems[0].message.zh).waitFor();

    const valid = validUscc('123456');
    const typo = `${valid.slice(0, 17)}${valid[17] === 'A' ? 'B' : 'A'}`;
    await uscc.fill(typo);
    const problem = checkUscc(typo).problems[0];
    expect(problem.code).toBe('CHECK_CHARACTER');
    await help.getByText(problem.message.zh).waitFor();

    await page.getByTestId('language-switch').click();
    await help.getByText(problem.message.en).waitFor();
    await page.getByTestId('language-switch').click();

    await uscc.fill(valid.toLowerCase());
    await help.getByText('校验通过').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('registers an enterprise through the form, shows its account, signs out and in again with the USCC', async () => {
    const { page, errors } = await openPage(browser);
    const uscc = validUscc(uniqueDigits());
    const password = 'Hubei#2026x';

    await page.goto(`${portal.url}/`);
    await page.getByRole('heading', { level: 1, name: '企业申报' }).waitFor();
    await page.getByTestId('home-register').click();
    await page.waitForURL('**/register');
    await page.getByLabel('统一社会信用代码').fill(uscc);
    await page.getByLabel('企业名称').fill('武汉光谷示范智造有限公司');
    await page.getByLabel('联系人', { exact: true }).fill('陈晓华');
    await page.getByLabel('联系人手机号').fill('13971234567');
    await page.getByLabel('电子邮箱').fill('chen@example.com');
    await page.getByLabel('登录密码').fill('short');
    expect(await page.getByTestId('password-hints').locator('[data-state="unmet"]').count()).toBeGreaterThan(0);
    await page.getByLabel('登录密码').fill(password);
    expect(await page.getByTestId('password-hints').locator('[data-state="unmet"]').count()).toBe(0);
    await page.getByTestId('register-submit').click();

    await page.waitForURL('**/account');
    await page.getByRole('heading', { level: 1, name: '我的账户' }).waitFor();
    expect(await page.getByTestId('enterprise-uscc').textContent()).toBe(uscc);
    expect(await page.getByTestId('user-name').textContent()).toBe('陈晓华');
    expect(await page.getByTestId('user-role').textContent()).toBe('企业管理员');

    await signOut(page);
    expect(page.url()).toMatch(/\/sign-in$/);
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);

    await page.goto(`${portal.url}/account`);
    await page.waitForURL('**/sign-in');
    await page.getByText('请先登录').waitFor();
    expect(await submitSignIn(page, uscc.toLowerCase(), password)).toBe(200);
    await page.waitForURL('**/account');
    expect(await page.getByTestId('enterprise-uscc').textContent()).toBe(uscc);

    await page.goto(`${portal.url}/`);
    await page.getByTestId('home-my-account').waitFor();
    await signOut(page);
    await page.goto(`${portal.url}/`);
    await page.getByTestId('home-sign-in').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ends the other sessions on a password change; the other browser is sent to sign in and then back', async () => {
    const demo = { login: '91420100MAEC200T12', password: 'Shifan@2026', next: 'Changed#2026' };
    const first = await openPage(browser);
    const second = await openPage(browser);
    for (const { page } of [first, second]) {
      await page.goto(`${portal.url}/sign-in`);
      expect(await submitSignIn(page, demo.login, demo.password)).toBe(200);
      await page.waitForURL('**/account');
    }

    const form = second.page.getByTestId('change-password');
    await form.getByLabel('当前密码').fill(demo.password);
    await form.getByLabel('新密码').fill(demo.next);
    await second.page.getByTestId('change-password-submit').click();
    await second.page.getByTestId('password-changed').getByText('已结束您的其他 1 个登录会话').waitFor();

    // The first browser's session has ended: its next request lands it on the sign-in page with the reason.
    await first.page.getByTestId('user-menu').click();
    await first.page.getByRole('menuitem', { name: '企业用户' }).click();
    await first.page.waitForURL('**/sign-in');
    await first.page.getByTestId('session-notice').getByText('登录已过期，请重新登录').waitFor();
    expect(await submitSignIn(first.page, demo.login, demo.next)).toBe(200);
    await first.page.waitForURL('**/colleagues');
    await first.page.getByTestId('colleagues-table').waitFor();

    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  });

  it('lets the administrator invite a colleague, who accepts, signs in and sees the list read-only, and disable them', async () => {
    const uscc = validUscc(uniqueDigits());
    const registered = await fetch(`${portal.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ uscc, enterpriseName: '武汉江城精密制造有限公司', contactName: '周管理', mobile: '13871234567', email: 'zhou@example.com', password: 'Jiangcheng#2026' }),
    });
    expect(registered.status).toBe(201);

    const admin = await openPage(browser);
    await admin.page.goto(`${portal.url}/sign-in`);
    expect(await submitSignIn(admin.page, uscc, 'Jiangcheng#2026')).toBe(200);
    await admin.page.goto(`${portal.url}/colleagues`);
    await admin.page.getByTestId('invite-open').click();
    const dialog = admin.page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('li.shenbao');
    await dialog.getByLabel('姓名').fill('李申报');
    await dialog.getByLabel('手机号').fill('13912345678');
    await dialog.getByLabel('电子邮箱').fill('li@example');
    await admin.page.getByTestId('invite-submit').click();
    await dialog.getByTestId('email-help').getByText('请输入有效的电子邮箱').waitFor();
    await dialog.getByLabel('电子邮箱').fill('li@example.com');
    await admin.page.getByTestId('invite-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const invitedRow = admin.page.getByRole('row', { name: /li\.shenbao/ });
    await invitedRow.getByText('待激活').waitFor();

    const link = linkInMail(portal.dataDir, 'li@example.com', /https?:\/\/\S+\/accept-invitation\?token=[A-Za-z0-9_-]+/);
    expect(link).toBeDefined();
    expect(portal.stdout()).not.toContain(new URL(link ?? 'http://x/').search.slice(1));
    const colleague = await openPage(browser);
    await colleague.page.goto(`${portal.url}${new URL(link ?? '').pathname}${new URL(link ?? '').search}`);
    await colleague.page.getByRole('heading', { level: 1, name: '接受邀请' }).waitFor();
    await colleague.page.getByLabel('新密码').fill('Shenbao#2026');
    await colleague.page.getByRole('button', { name: '设置密码并激活账户' }).click();
    await colleague.page.waitForURL('**/sign-in');
    await colleague.page.getByTestId('session-notice').getByText('账户已激活').waitFor();
    expect(await submitSignIn(colleague.page, 'li.shenbao', 'Shenbao#2026')).toBe(200);
    await colleague.page.goto(`${portal.url}/colleagues`);
    await colleague.page.getByRole('row', { name: /周管理/ }).waitFor();
    expect(await colleague.page.getByTestId('invite-open').count()).toBe(0);
    expect(await colleague.page.getByRole('button', { name: '停用' }).count()).toBe(0);

    await admin.page.reload();
    await invitedRow.getByText('正常').waitFor();
    await invitedRow.getByRole('button', { name: '停用' }).click();
    await admin.page.locator('.ant-popconfirm:visible').getByRole('button', { name: '确定' }).click();
    await invitedRow.getByText('已停用').waitFor();

    // The disabled colleague's session ended with it.
    await colleague.page.reload();
    await colleague.page.waitForURL('**/sign-in');
    expect([...admin.errors, ...colleague.errors]).toEqual([]);
    await admin.page.context().close();
    await colleague.page.context().close();
  });

  it('points a staff account that signs in here to the review portal', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/sign-in`);
    expect(await submitSignIn(page, 'city.officer', 'Shifan@2026')).toBe(200);
    await page.getByTestId('wrong-portal').getByText('评审管理端').first().waitFor();
    expect(await page.getByTestId('other-portal-link').getAttribute('href')).toBe('/review/sign-in');
    expect(page.url()).toMatch(/\/sign-in$/);
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

import { LOCKOUT_POLICY } from '@shifan/domain';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { openPage, submitSignIn } from '../support/portal-ui';

/** Issue #4: five wrong passwords lock the account for 15 minutes, and the reviewer app says so plainly. */
describe('sign-in lockout in the reviewer app', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(freshDataDir()), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('reports wrong passwords, then the lock and until when, even for the right password', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/review/sign-in`);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();

    for (let attempt = 1; attempt < LOCKOUT_POLICY.maxFailures; attempt += 1) {
      expect(await submitSignIn(page, 'expert.demo', `Wrong#${attempt}pass`)).toBe(401);
      await page.locator('[data-testid="api-error"][data-code="INVALID_CREDENTIALS"]').waitFor();
    }
    expect(await submitSignIn(page, 'expert.demo', 'Wrong#5pass')).toBe(423);
    const notice = page.getByTestId('lockout-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(`连续${LOCKOUT_POLICY.maxFailures}次密码错误`);
    expect(text).toContain(`${LOCKOUT_POLICY.lockMinutes}分钟`);
    expect(text).toMatch(/北京时间 \d{2}:\d{2} 后再试/);
    expect(await page.getByTestId('locked-until').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // The right password does not open a locked account either.
    expect(await submitSignIn(page, 'expert.demo', 'Shifan@2026')).toBe(423);
    await notice.waitFor();
    expect(page.url()).toMatch(/\/review\/sign-in$/);

    // In English too.
    await page.getByTestId('language-switch').click();
    expect(await submitSignIn(page, 'expert.demo', 'Shifan@2026')).toBe(423);
    await notice.getByText(`${LOCKOUT_POLICY.maxFailures} wrong passwords in a row`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

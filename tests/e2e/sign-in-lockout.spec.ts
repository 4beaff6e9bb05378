import { SIGN_IN_THROTTLE_POLICY } from '@shifan/domain';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { openPage, submitSignIn } from '../support/portal-ui';

/**
 * Issue #12: wrong passwords throttle the (login, address) pair, never the account. The reviewer app says plainly
 * until when this browser must wait, while the owner at another address signs in as usual.
 */
describe('sign-in throttling in the reviewer app', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(freshDataDir()), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('reports wrong passwords, then the wait and until when, even for the right password, and lets the owner in from elsewhere', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/review/sign-in`);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();

    for (let attempt = 1; attempt < SIGN_IN_THROTTLE_POLICY.pairFreeFailures; attempt += 1) {
      expect(await submitSignIn(page, 'expert.demo', `Wrong#${attempt}pass`)).toBe(401);
      await page.locator('[data-testid="api-error"][data-code="INVALID_CREDENTIALS"]').waitFor();
    }
    expect(await submitSignIn(page, 'expert.demo', 'Wrong#5pass')).toBe(429);
    const notice = page.getByTestId('lockout-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('从当前网络地址登录该账户的密码错误次数过多');
    expect(text).toMatch(/北京时间 \d{2}:\d{2}:\d{2} 后再试/);
    expect(text).toContain('其他网络地址不受影响');
    expect(await page.getByTestId('locked-until').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // The right password is not even checked from this browser while it waits.
    expect(await submitSignIn(page, 'expert.demo', 'Shifan@2026')).toBe(429);
    await notice.waitFor();
    expect(page.url()).toMatch(/\/review\/sign-in$/);

    // The owner at another address (as the loopback proxy reports it) is not locked out.
    const elsewhere = await fetch(`${portal.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
      body: JSON.stringify({ login: 'expert.demo', password: 'Shifan@2026' }),
    });
    expect(elsewhere.status).toBe(200);

    // In English too.
    await page.getByTestId('language-switch').click();
    expect(await submitSignIn(page, 'expert.demo', 'Shifan@2026')).toBe(429);
    await notice.getByText('Too many wrong passwords for this account from your address').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

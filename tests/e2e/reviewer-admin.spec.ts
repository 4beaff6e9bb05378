import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { chooseOption, openPage, submitSignIn } from '../support/portal-ui';

/** Issue #4 in the reviewer app: navigation by role, user administration and the audit browser. */
describe('administration in the reviewer app', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(freshDataDir()), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function createDistrictOfficer(page: Page, username: string): Promise<void> {
    await page.getByTestId('create-staff-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('district.hongshan');
    await dialog.getByLabel('姓名').fill('刘武昌');
    await dialog.getByLabel('角色').click();
    await chooseOption(page, '推荐单位审核员');
    await dialog.getByLabel('初始密码').fill('Wuchang#2026');

    // The domain schema wants a 推荐单位 for a recommending-unit officer, before anything is sent.
    await page.getByTestId('create-staff-submit').click();
    await dialog.getByTestId('recommendingUnitCode-help').getByText('推荐单位审核员须指定所属推荐单位').waitFor();
    await dialog.getByLabel('所属推荐单位').click();
    await chooseOption(page, '武昌区（武昌区人民政府）');

    // The server's field detail (user name taken) lands next to the field.
    const [taken] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/admin/accounts') && r.request().method() === 'POST'), page.getByTestId('create-staff-submit').click()]);
    expect(taken.status()).toBe(409);
    await dialog.getByTestId('username-help').getByText('该用户名已被使用').waitFor();

    await dialog.getByLabel('用户名').fill(username);
    await page.getByTestId('create-staff-submit').click();
    await dialog.waitFor({ state: 'hidden' });
  }

  it('lets the administrator create a district officer, find it in the list, and browse, export and verify the audit trail', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/review/`);
    await page.getByRole('heading', { level: 1, name: '评审管理' }).waitFor();
    await page.getByTestId('home-sign-in').click();
    expect(await submitSignIn(page, 'admin', 'Shifan@2026')).toBe(200);
    await page.waitForURL('**/review/users');
    const nav = page.getByTestId('side-nav');
    await nav.getByText('用户管理').waitFor();
    await nav.getByText('审计日志').waitFor();

    await createDistrictOfficer(page, 'district.wuchang');
    await page.getByTestId('filter-q').locator('input').fill('wuchang');
    await page.getByTestId('filter-q').locator('input').press('Enter');
    await page.waitForURL(/q=wuchang/);
    const row = page.getByRole('row', { name: /district\.wuchang/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/刘武昌.*推荐单位审核员.*武昌区.*正常/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="users-table"] tbody tr.ant-table-row').length === 1);

    await page.reload();
    await row.waitFor();

    await nav.getByText('审计日志').click();
    await page.waitForURL('**/review/audit');
    const table = page.getByTestId('audit-table');
    await table.getByText('account.created').waitFor();
    await table.getByText('auth.signed_in').waitFor();

    await page.getByTestId('filter-action').locator('input').fill('account.');
    await page.getByTestId('audit-search').click();
    await page.waitForURL(/action=account\./);
    await table.getByText('创建账户').waitFor();
    await page.waitForFunction(() => {
      const actions = Array.from(document.querySelectorAll('[data-testid="audit-table"] tbody tr.ant-table-row code')).map((code) => code.textContent ?? '');
      return actions.length > 0 && actions.every((action) => action.startsWith('account.'));
    });

    const href = await page.getByTestId('audit-export').getAttribute('href');
    expect(href).toBe('/api/admin/audit/export?action=account.');
    const csv = await page.context().request.get(`${portal.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('account.created');

    await page.getByTestId('verify-chain').click();
    const verified = page.getByTestId('verify-result');
    await verified.waitFor();
    expect(await verified.getAttribute('data-ok')).toBe('true');
    expect(await verified.textContent()).toMatch(/哈希链完整：已校验 \d+ 条记录/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives the new district officer their own navigation, without user administration', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/review/sign-in`);
    expect(await submitSignIn(page, 'district.wuchang', 'Wuchang#2026')).toBe(200);
    // A district officer lands on their district's review queue.
    await page.waitForURL('**/review/district');
    const nav = page.getByTestId('side-nav');
    await nav.getByText('推荐单位初审').waitFor();
    await nav.getByText('我的账户').waitFor();
    expect(await nav.getByText('用户管理').count()).toBe(0);
    await page.goto(`${portal.url}/review/users`);
    await page.getByTestId('forbidden').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';

describe('the portal on embedded defaults (what `npm start` runs)', () => {
  let portal: Portal;
  let browser: Browser;
  const dataDir = freshDataDir();

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(dataDir), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('prints the URLs and the demo login of every role', () => {
    const out = portal.stdout();
    expect(out).toContain(`${portal.url}/review/`);
    for (const role of ['enterprise_admin', 'enterprise_user', 'district_officer', 'city_officer', 'expert', 'admin']) expect(out).toMatch(new RegExp(`${role}\\s+\\S+\\s+Shifan@2026`));
  });

  it('answers health, serves both apps and the OpenAPI document', async () => {
    const health = await fetch(`${portal.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { kind: 'sqlite' }, storage: { kind: 'embedded' } });
    for (const path of ['/', '/review/', '/review/some/client/route']) {
      const page = await fetch(`${portal.url}${path}`, { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
    }
    const docs = await fetch(`${portal.url}/api/docs-json`);
    expect((await docs.json()).paths['/api/health']).toBeDefined();
  });

  it.each([
    ['/', '企业申报', 'Enterprise applications'],
    ['/review/', '评审管理', 'Review and administration'],
  ])('opens %s in Chinese and switches it to English', async (path, chinese, english) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${portal.url}${path}`);
    await page.getByRole('heading', { level: 1, name: chinese }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByText('服务状态').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: english }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: english }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the public verification page a document’s QR code points to, and says plainly when a code is unknown', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/verify/ABCD-EF01-2345`);
    await page.getByRole('heading', { level: 1, name: '文件核验' }).waitFor();
    await page.getByTestId('verify-not-found').waitFor();
    expect(await page.getByTestId('verify-not-found').innerText()).toContain('未找到');
    await page.close();
  });

  it('keeps the first start’s data on a second start and does not seed again', async () => {
    await portal.stop();
    portal = await startPortal(dataDir, { LOG_LEVEL: 'info' });
    const out = portal.stdout();
    expect(out).not.toContain('seed sets applied');
    const migrationLines = out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; count?: number })
      .filter((line) => line.msg === 'migrations applied');
    expect(migrationLines).toEqual([expect.objectContaining({ count: 0 })]);
    expect(out).toContain('Shifan@2026');
    const catalogue = await (await fetch(`${portal.url}/api/catalogue`)).json();
    expect(catalogue.districts).toHaveLength(13);
    // The 18 推荐单位: the 13 districts and the functional zones, 东湖高新区 among them.
    expect(catalogue.recommendingUnits).toHaveLength(18);
    expect(catalogue.recommendingUnits).toContainEqual(expect.objectContaining({ code: 'DHGX', name: { zh: '东湖高新区', en: 'East Lake High-Tech Zone' } }));
    expect(out).toMatch(/district_officer\s+dhgx\.officer\s+Shifan@2026\s+（推荐单位 东湖高新区）/);
  });
});

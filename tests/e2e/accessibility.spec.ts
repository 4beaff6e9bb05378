import fs from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Rules left out, each because Ant Design's own markup trips it and no prop of ours reaches the element:
 * - scrollable-region-focusable: a wide table's scroll container (`.ant-table-content`) on a phone;
 * - aria-required-children: the Tabs overflow menu (`.ant-tabs-nav-operations`) on a phone.
 */
const ANTD_MARKUP_RULES = ['scrollable-region-focusable', 'aria-required-children'];

const WIDTHS = [1440, 390] as const;

interface Screen {
  name: string;
  /** The demo account signed in, or none for public pages. */
  login?: string;
  path: () => string;
  /** Text of a tab to open before the check. */
  tab?: string;
}

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

describe('accessibility: axe finds nothing on the portal’s main screens, at desktop and phone widths', () => {
  let portal: Portal;
  let browser: Browser;
  const states = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
  let draftId = 0;
  let openCallId = 0;

  beforeAll(async () => {
    portal = await startPortal(freshDataDir());
    browser = await launchBrowser();
    // One session per demo account, reused by every screen (sign-in is rate-limited per address).
    for (const login of ['91420100MAEC200T12', 'city.officer', 'dhgx.officer']) {
      const context = await browser.newContext();
      const response = await context.request.post(`${portal.url}/api/auth/sign-in`, { data: { login, password: 'Shifan@2026' } });
      expect(response.status()).toBe(200);
      states.set(login, await context.storageState());
      if (login === '91420100MAEC200T12') {
        const applications = await (await context.request.get(`${portal.url}/api/applications?pageSize=50`)).json();
        const items: { id: number; state: string }[] = Array.isArray(applications) ? applications : applications.items;
        draftId = items.find((application) => application.state === 'draft')!.id;
      }
      await context.close();
    }
    const open = await (await fetch(`${portal.url}/api/calls?status=open`)).json();
    openCallId = open.items[0].id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const screens: Screen[] = [
    { name: 'enterprise home', path: () => '/' },
    { name: 'public 公示 list', path: () => '/notices' },
    { name: 'public 认定名单', path: () => '/approved' },
    { name: 'enterprise profile', login: '91420100MAEC200T12', path: () => '/profile' },
    { name: 'enterprise application workspace', login: '91420100MAEC200T12', path: () => `/applications/${draftId}` },
    { name: 'enterprise documents area', login: '91420100MAEC200T12', path: () => `/applications/${draftId}`, tab: '申报文件' },
    { name: 'reviewer call form', login: 'city.officer', path: () => `/review/calls/${openCallId}` },
    { name: 'reviewer dashboard', login: 'city.officer', path: () => '/review/dashboard' },
    { name: 'reviewer upward outcomes', login: 'city.officer', path: () => '/review/dashboard', tab: '向省和国家推荐及认定结果' },
    { name: 'reviewer publication', login: 'city.officer', path: () => '/review/publication' },
    { name: 'reviewer 推荐单位初审 （东湖高新区）', login: 'dhgx.officer', path: () => '/review/district' },
  ];

  it.each(screens)('$name', async (screen) => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, storageState: screen.login ? states.get(screen.login) : undefined });
      const page = await context.newPage();
      await page.goto(`${portal.url}${screen.path()}`, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor();
      if (screen.tab) {
        await page.getByText(screen.tab, { exact: true }).first().click();
        await page.waitForLoadState('networkidle');
      }
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async (skipped: string[]) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
        const rules = Object.fromEntries(skipped.map((rule) => [rule, { enabled: false }]));
        return (await axe.run(document, { resultTypes: ['violations'], rules })).violations;
      }, ANTD_MARKUP_RULES);
      for (const violation of violations) found.push(`${width}px ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) found.push(`${width}px: the page is ${overflow}px wider than the screen`);
      await context.close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});

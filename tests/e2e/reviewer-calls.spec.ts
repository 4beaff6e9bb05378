import { beijingDate, CallViewSchema, pageSchema } from '@shifan/domain';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { smallPdf } from '../support/application-ui';
import { launchBrowser } from '../support/browser';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { chooseOption, openPage, submitSignIn } from '../support/portal-ui';

const CallPage = pageSchema(CallViewSchema, 'CallPageForTests');

/** The status of every row the calls table shows now (`data-status` of its status tags). */
function rowStatuses(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="calls-table"] tbody tr.ant-table-row [data-testid="call-status"]', (tags) => tags.map((tag) => tag.getAttribute('data-status') ?? ''));
}

async function waitForRows(page: Page, count: number, status?: string): Promise<void> {
  await page.waitForFunction(
    ([expected, wanted]) => {
      const tags = Array.from(document.querySelectorAll('[data-testid="calls-table"] tbody tr.ant-table-row [data-testid="call-status"]'));
      return tags.length === expected && (!wanted || tags.every((tag) => tag.getAttribute('data-status') === wanted));
    },
    [count, status] as const,
  );
}

/** The year column of every row shown. */
function rowYears(page: Page): Promise<number[]> {
  return page.$$eval('[data-testid="calls-table"] tbody tr.ant-table-row', (rows) => rows.map((row) => Number(row.querySelectorAll('td')[1]?.textContent)));
}

/** Issue #5 in the reviewer app: the city officer lists, exports, creates, opens, edits and closes calls. */
describe('calls in the reviewer app', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(freshDataDir()), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lists, filters and exports the seeded calls, then creates, opens, republishes and closes a call', async () => {
    const { page, errors } = await openPage(browser);
    const thisYear = Number(beijingDate(new Date()).slice(0, 4));

    // The city officer lands on the calls.
    await page.goto(`${portal.url}/review/`);
    await page.getByTestId('home-sign-in').click();
    expect(await submitSignIn(page, 'city.officer', 'Shifan@2026')).toBe(200);
    await page.waitForURL('**/review/calls');
    await page.getByTestId('side-nav').getByText('申报批次').waitFor();
    await page.getByRole('heading', { level: 1, name: '申报批次' }).waitFor();

    // 28 seeded calls: 4 open this year; closed in 2017–2019 the 12 municipal calls and the 12 provincial and national
    // calls the city recommended to (seeds/demo-history.json, demo-dashboard.json). A page holds 20.
    await waitForRows(page, 20);
    await page.getByText('共 28 条').waitFor();
    expect((await rowStatuses(page)).filter((status) => status === 'open')).toHaveLength(4);

    await page.getByTestId('filter-status').click();
    await chooseOption(page, '已开放');
    await page.waitForURL(/status=open/);
    await waitForRows(page, 4, 'open');
    expect(await rowYears(page)).toEqual([thisYear, thisYear, thisYear, thisYear]);
    // Open calls also show where they stand by the server's clock.
    expect(await page.locator('[data-testid="call-status"][data-phase="open"]').count()).toBe(4);

    await page.getByTestId('filter-status').click();
    await chooseOption(page, '已关闭');
    await page.waitForURL(/status=closed/);
    await waitForRows(page, 20, 'closed');
    await page.getByText('共 24 条').waitFor();
    expect(new Set(await rowYears(page))).toEqual(new Set([2017, 2018, 2019]));

    // The export fetches every page of the filtered list into a UTF-8 CSV with a byte-order mark.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calls-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(csv.startsWith('\uFEFF编号,年度,项目类别')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(25);
    expect(lines.slice(1).every((line) => line.includes(',已关闭,'))).toBe(true);
    expect(csv).toContain('2017年武汉市重大技术改造示范项目申报');

    // A new technical-transformation call: the category refills the thresholds with its defaults.
    await page.getByTestId('call-create').click();
    await page.waitForURL('**/review/calls/new');
    await page.getByRole('heading', { level: 1, name: '新建申报批次' }).waitFor();
    await page.getByLabel('项目类别', { exact: true }).click();
    await chooseOption(page, '重大技术改造示范项目');
    const floor = page.getByLabel('设备投资下限', { exact: true });
    expect(await floor.inputValue()).toBe('2,000');
    await page.getByTestId('settings.eligibility.minEquipmentInvestmentWanYuan-extra').getByText('Equipment investment at least this (以上, inclusive), default 2000 万元').waitFor();
    // Each threshold shows where its default comes from: a policy with its document, or an assumption without one.
    expect(await page.getByTestId('settings.eligibility.minEquipmentInvestmentWanYuan-source').textContent()).toContain('政策依据：武政规〔2021〕14号');
    const share = page.getByTestId('settings.eligibility.minEquipmentSharePercent-source');
    expect(await share.getAttribute('data-kind')).toBe('assumption');
    expect(await share.textContent()).toContain('假设值，无政策依据');
    await floor.fill('3000');
    await floor.blur();
    await page.getByTestId('settings.eligibility.minEquipmentInvestmentWanYuan-changed').waitFor();
    const title = `${thisYear}年武汉市重大技术改造示范项目申报（第二批）`;
    await page.getByTestId('call-title').fill(title);
    await page.getByTestId('call-notice').fill('现组织开展第二批重大技术改造示范项目申报工作。');
    // The formal checklist comes with its defaults and takes one more item.
    const checklist = page.getByTestId('formal-checklist-editor');
    expect(await checklist.locator('input[aria-label^="检查项（中文）"]').first().inputValue()).toBe('申报材料齐全');
    await page.getByTestId('formal-checklist-add').click();
    await checklist.getByLabel('检查项（中文） 5', { exact: true }).fill('项目已完成备案');
    await checklist.getByLabel('检查项（英文） 5', { exact: true }).fill('The project is registered');
    // 推荐单位 quotas: 东湖高新区 may recommend 8 while every other unit keeps the call's default.
    await page.getByTestId('unit-quota-editor').getByText('武汉东湖新技术开发区管理委员会').waitFor();
    await page.getByLabel('本单位上限 东湖高新区', { exact: true }).fill('8');

    // Weights that do not add up to 100: the problem shows as it is typed, and nothing is sent.
    await page.getByLabel('权重（%）（第 1 项）', { exact: true }).fill('40');
    await page.getByTestId('rubric-problems').getByText('各评分项权重之和应为100，当前为110').waitFor();
    expect(await page.getByTestId('rubric-weight-total').getAttribute('data-total')).toBe('110');
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/calls')) posted = true;
    });
    await page.getByTestId('call-save').click();
    await page.getByTestId('form-invalid').waitFor();
    expect(posted).toBe(false);
    await page.getByLabel('权重（%）（第 4 项）', { exact: true }).fill('10');
    await page.getByTestId('rubric-ok').waitFor();

    const [created] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/calls') && r.request().method() === 'POST'),
      page.getByTestId('call-save').click(),
    ]);
    expect(created.status()).toBe(201);
    const call = CallViewSchema.parse(await created.json());
    expect(call.status).toBe('draft');
    expect(call.settings.category).toBe('TECH_TRANSFORMATION');
    expect(call.settings.category === 'TECH_TRANSFORMATION' && call.settings.eligibility.minEquipmentInvestmentWanYuan).toBe(3000);
    expect(call.settings.review.formalChecklist.map((item) => item.label.zh)).toEqual(['申报材料齐全', '申报书已签字盖章', '投资、财务等数据前后一致', '信用承诺书等承诺材料已签署', '项目已完成备案']);
    expect(call.rubric.criteria.map((criterion) => criterion.weight)).toEqual([40, 25, 25, 10]);
    expect(call.settings.review.unitQuotaOverrides).toEqual({ DHGX: 8 });
    await page.waitForURL(`**/review/calls/${call.id}`);
    const form = page.getByTestId('call-form');
    await page.locator('[data-testid="call-form"][data-status="draft"]').waitFor();
    expect(await page.getByLabel('设备投资下限', { exact: true }).inputValue()).toBe('3,000');

    // Open: the confirmation says what opening publishes.
    await page.getByTestId('call-open').click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('开放即发布第 1 版').waitFor();
    await confirm.getByText('此后的每次修改都会发布为新版本').waitFor();
    const [opened] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/calls/${call.id}/open`)),
      confirm.getByRole('button', { name: '开放批次' }).click(),
    ]);
    expect(opened.status()).toBe(200);
    await page.locator('[data-testid="call-form"][data-status="open"]').waitFor();
    const notice = page.getByTestId('open-call-notice');
    await notice.getByText('企业当前看到的是第 1 版').waitFor();


    // Edit the notice of the open call: saving publishes version 2.
    await page.getByTestId('call-notice').fill('现组织开展第二批重大技术改造示范项目申报工作。截止时间顺延，请以本通知为准。');
    expect(await page.getByTestId('call-save').textContent()).toBe('保存并发布第 2 版');
    const [published] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/calls/${call.id}`) && r.request().method() === 'PUT'),
      page.getByTestId('call-save').click(),
    ]);
    expect(published.status()).toBe(200);
    await page.locator('[data-testid="open-call-notice"][data-version="2"]').waitFor();
    await notice.getByText('企业当前看到的是第 2 版').waitFor();
    expect(await page.getByTestId('call-published-version').getAttribute('data-version')).toBe('2');

    // A second tab saves first: this tab's save is refused as stale and offers to reload.
    const other = await page.context().newPage();
    other.on('pageerror', (error) => errors.push(error.message));
    await other.goto(`${portal.url}/review/calls/${call.id}`);
    await other.getByTestId('call-title').fill(`${title}（更正）`);
    await Promise.all([
      other.waitForResponse((r) => r.url().endsWith(`/api/calls/${call.id}`) && r.request().method() === 'PUT' && r.status() === 200),
      other.getByTestId('call-save').click(),
    ]);
    await other.locator('[data-testid="open-call-notice"][data-version="3"]').waitFor();
    await other.close();

    await page.getByLabel('名额', { exact: true }).fill('40');
    const [stale] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/calls/${call.id}`) && r.request().method() === 'PUT'),
      page.getByTestId('call-save').click(),
    ]);
    expect(stale.status()).toBe(409);
    await page.getByTestId('stale-version').getByText('该批次已被他人修改').waitFor();
    await page.getByTestId('stale-reload').click();
    await page.locator('[data-testid="open-call-notice"][data-version="3"]').waitFor();
    expect(await page.getByTestId('call-title').inputValue()).toBe(`${title}（更正）`);

    // Close, after confirming.
    await page.getByTestId('call-close').click();
    await page.getByRole('dialog').getByText('关闭后企业不能再提交该批次的申报').waitFor();
    const [closed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/calls/${call.id}/close`)),
      page.getByRole('dialog').getByRole('button', { name: '关闭批次' }).click(),
    ]);
    expect(closed.status()).toBe(200);
    await page.locator('[data-testid="call-form"][data-status="closed"]').waitFor();
    await page.getByTestId('closed-call-notice').waitFor();
    expect(await form.getByTestId('call-save').count()).toBe(0);

    // Back in the list, and public: anyone sees the closed call with its last published version.
    await page.getByRole('link', { name: '返回列表' }).click();
    await page.waitForURL(/\/review\/calls(\?|$)/);
    await page.getByTestId(`call-link-${call.id}`).waitFor();

    const answer = await fetch(`${portal.url}/api/calls?status=closed`);
    expect(answer.status).toBe(200);
    const closedCalls = CallPage.parse(await answer.json());
    const listed = closedCalls.items.find((item) => item.id === call.id);
    expect(listed).toMatchObject({ title: `${title}（更正）`, status: 'closed', publishedVersion: 3, category: 'TECH_TRANSFORMATION' });
    expect(listed?.notice).toContain('截止时间顺延');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replaces the 信用承诺书 template of an open call’s slot through the upload intake (issue #13)', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/review/`);
    await page.getByTestId('home-sign-in').click();
    expect(await submitSignIn(page, 'city.officer', 'Shifan@2026')).toBe(200);
    await page.waitForURL('**/review/calls');
    const open = CallPage.parse(await (await fetch(`${portal.url}/api/calls?status=open`)).json());
    const smart = open.items.find((item) => item.category === 'SMART_MFG_PILOT')!;
    await page.goto(`${portal.url}/review/calls/${smart.id}`);
    // The demo gives the slot a template; the scan slot has none and is marked 签字盖章件.
    const cell = page.locator('[data-testid="slot-template-credit_commitment"][data-has-template="true"]');
    await cell.getByText('信用承诺书（模板）.pdf').waitFor();
    expect(await page.getByTestId('slot-template-signed_application').getAttribute('data-has-template')).toBe('false');
    expect(await page.getByLabel('签字盖章件（第 2 项）', { exact: true }).isChecked()).toBe(true);
    const [uploaded] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/calls/${smart.id}/slots/credit_commitment/template`) && r.request().method() === 'POST'),
      page.getByTestId('slot-template-input-credit_commitment').setInputFiles({ name: '信用承诺书（2026版）.pdf', mimeType: 'application/pdf', buffer: smallPdf() }),
    ]);
    expect(uploaded.status()).toBe(201);
    await cell.getByText('信用承诺书（2026版）.pdf').waitFor();
    const templates = await page.evaluate(async (path) => (await (await fetch(path)).json()) as { slotKey: string; fileName: string }[], `/api/calls/${smart.id}/slot-templates`);
    expect(templates).toEqual([expect.objectContaining({ slotKey: 'credit_commitment', fileName: '信用承诺书（2026版）.pdf' })]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('validates the form in English before sending, and keeps calls away from a district officer', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${portal.url}/review/sign-in`);
    await page.getByTestId('language-switch').click();
    expect(await submitSignIn(page, 'city.officer', 'Shifan@2026')).toBe(200);
    await page.waitForURL('**/review/calls');
    await page.getByRole('heading', { level: 1, name: 'Calls' }).waitFor();
    await page.getByTestId('call-create').click();
    await page.getByLabel('Experts per panel', { exact: true }).fill('6');
    await page.getByTestId('call-save').click();
    await page.getByTestId('settings.review.panelSize-help').getByText('The panel size must be odd').waitFor();
    await page.getByTestId('title-help').getByText('The title needs at least 4 characters').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();

    // A district officer has no calls menu and may not open the page.
    const district = await openPage(browser);
    await district.page.goto(`${portal.url}/review/sign-in`);
    expect(await submitSignIn(district.page, 'district.hongshan', 'Shifan@2026')).toBe(200);
    await district.page.getByTestId('side-nav').getByText('我的账户').waitFor();
    expect(await district.page.getByTestId('side-nav').getByText('申报批次').count()).toBe(0);
    await district.page.goto(`${portal.url}/review/calls`);
    await district.page.getByTestId('forbidden').waitFor();
    expect(district.errors).toEqual([]);
    await district.page.context().close();
  });
});

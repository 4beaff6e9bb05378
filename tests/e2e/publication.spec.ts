import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, residentIdCheckCharacter, yearOf } from '@shifan/domain';
import type { Browser } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { launchBrowser } from '../support/browser';
import { clockOffsetTo, E2E_TODAY, ensureCalendarCovers } from '../support/clock';
import { shortlistDemoApplication } from '../support/pipeline';
import { freshDataDir, type Portal, startPortal } from '../support/portal';
import { chooseOption, openPage, submitSignIn } from '../support/portal-ui';

const PASSWORD = 'Shifan@2026';
const PERSON_ID = `42010619800101123${residentIdCheckCharacter('42010619800101123')}`;
const ENTERPRISE = '武汉示范智能装备有限公司';

/**
 * Issue #8 in the browser: the city publishes the 公示; a visitor files a valid objection and an anonymous one (refused);
 * the officer dismisses the first; after the notice (the portal restarted with a training clock 10 days ahead) the
 * officer publishes the approved list, read back from the public page, the PDF and the open-data JSON.
 */
describe('publication in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  let dataDir: string;
  let offset: string;

  beforeAll(async () => {
    dataDir = freshDataDir();
    // A fixed date (E2E_TODAY) for the portal and the browser, whatever the machine's date.
    offset = clockOffsetTo(E2E_TODAY);
    [portal, browser] = await Promise.all([startPortal(dataDir, { CLOCK_OFFSET_DAYS: offset }), launchBrowser()]);
    await ensureCalendarCovers(portal.url);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('publishes a notice, takes and decides objections, then publishes the approved list', async () => {
    const { callId, applicationId } = await shortlistDemoApplication(portal.url, E2E_TODAY);

    // The city officer publishes the 公示 starting today.
    const city = await openPage(browser, offset);
    await city.page.goto(`${portal.url}/review/sign-in`);
    expect(await submitSignIn(city.page, 'city.officer', PASSWORD)).toBe(200);
    await city.page.getByTestId('side-nav').waitFor();
    await city.page.goto(`${portal.url}/review/publication?callId=${callId}`);
    await city.page.getByTestId('notice-form').waitFor();
    await city.page.getByTestId('notice-end-preview').waitFor();
    await city.page.getByTestId('notice-contact-unit').fill('市经信局智能制造处');
    await city.page.getByTestId('notice-contact-person').fill('王老师');
    await city.page.getByTestId('notice-contact-phone').fill('027-85000000');
    await city.page.getByTestId('notice-publish').click();
    await city.page.locator('[data-testid="notice-view"][data-phase="open"]').waitFor();
    const cityApi = await ApiClient.signIn(portal.url, 'city.officer', PASSWORD);
    const notice = (await cityApi.get(`/api/notices?pageSize=100`)).body.items.find((entry: { callId: number }) => entry.callId === callId);
    expect(notice.startsOn).toBe(E2E_TODAY);

    // A visitor (not signed in) objects on the public page; an anonymous attempt is refused.
    const visitor = await openPage(browser, offset);
    await visitor.page.goto(`${portal.url}/notices`);
    await visitor.page.getByTestId(`notice-link-${notice.id}`).click();
    await visitor.page.getByTestId('notice-projects').getByText(ENTERPRISE).waitFor();
    await visitor.page.getByTestId('objection-form').waitFor();
    await visitor.page.getByTestId('objection-phone').fill('13912345678');
    await visitor.page.getByTestId('objection-project').click();
    await chooseOption(visitor.page, '智能装备数字化车间建设项目');
    await visitor.page.getByTestId('objection-statement').fill('该项目申报的设备投资额与实际采购合同不符，存在虚报情况，请核查。');
    await visitor.page.getByTestId('objection-evidence').fill('采购合同编号 HT-2025-001');
    await visitor.page.getByTestId('objection-submit').click();
    await visitor.page.getByTestId('name-help').waitFor();
    // The server refuses it too, naming the fields.
    const anonymous = await fetch(`${portal.url}/api/notices/${notice.id}/objections`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationId, objectorKind: 'person', name: '', identityNumber: '', phone: '13912345678', email: null, address: null, statement: '匿名举报：该项目申报的设备投资额与实际采购合同不符。', evidence: '' }),
    });
    expect(anonymous.status).toBe(400);
    expect(((await anonymous.json()) as { details: { path: string }[] }).details.map((detail) => detail.path)).toEqual(expect.arrayContaining(['name', 'identityNumber']));

    await visitor.page.getByTestId('objection-name').fill('李四');
    await visitor.page.getByTestId('objection-identity').fill(PERSON_ID);
    await visitor.page.getByTestId('objection-submit').click();
    await visitor.page.getByTestId('objection-receipt').waitFor();
    const caseNo = (await visitor.page.getByTestId('objection-case-no').textContent())!.trim();
    expect(caseNo).toMatch(/YY\d{4}-\d{4}/);
    expect(visitor.errors).toEqual([]);

    // The officer sees who objected and dismisses it with a written outcome.
    const [objection] = (await cityApi.get(`/api/notices/${notice.id}/objections`)).body;
    await city.page.reload();
    await city.page.getByTestId(`objection-identity-${objection.id}`).getByText(PERSON_ID).waitFor();
    await city.page.getByTestId(`objection-dismiss-${objection.id}`).click();
    await city.page.getByTestId('objection-outcome').fill('经核查，设备采购合同与申报材料一致，异议不成立。');
    await city.page.getByTestId('objection-decision-submit').click();
    await city.page.locator(`[data-testid="objection-row-${objection.id}"][data-status="dismissed"]`).waitFor();
    // While the notice runs, the approved list cannot be published.
    expect(await city.page.getByTestId('approved-publish').isDisabled()).toBe(true);
    expect(city.errors).toEqual([]);
    await city.page.context().close();
    await visitor.page.context().close();

    // Ten days later (a training clock on the same data): the notice has ended.
    await portal.stop();
    const laterOffset = clockOffsetTo(addDays(E2E_TODAY, 10));
    portal = await startPortal(dataDir, { CLOCK_OFFSET_DAYS: laterOffset });
    const later = await openPage(browser, laterOffset);
    await later.page.goto(`${portal.url}/review/sign-in`);
    expect(await submitSignIn(later.page, 'city.officer', PASSWORD)).toBe(200);
    await later.page.getByTestId('side-nav').waitFor();
    await later.page.goto(`${portal.url}/review/publication?callId=${callId}`);
    await later.page.locator('[data-testid="notice-view"][data-phase="ended"]').waitFor();
    // The list is published as a 通知: the officer enters its 文号 (a wrong form is refused in the form, brackets are read as 〔〕).
    const publishYear = yearOf(addDays(E2E_TODAY, 10));
    await later.page.getByTestId('approved-document-number-input').fill('第12号');
    await later.page.getByTestId('approved-publish').click();
    await later.page.getByText('文号格式应为').waitFor();
    await later.page.getByTestId('approved-document-number-input').fill(`武经信[${publishYear}]12号`);
    await later.page.getByTestId('approved-publish').click();
    await later.page.getByTestId('approved-published').waitFor();
    await later.page.getByTestId('approved-document-number').getByText(`武经信〔${publishYear}〕12号`).waitFor();

    // The dashboard: the 2017–2019 history (seeded: 22 + 27 + 29 municipal pilots against 80) as the 总计 and its
    // share of the same years; this approval in the current year's column, outside both.
    await later.page.goto(`${portal.url}/review/dashboard`);
    const pilots = later.page.getByTestId('target-SMART_MFG_PILOT-municipal');
    await pilots.waitFor();
    await pilots.getByText('97.5%').waitFor();
    expect(await pilots.getAttribute('data-total')).toBe('78');
    // The call's year is shown when it is the clock's current year (a call of a past year counts in its own year).
    if (yearOf(addDays(E2E_TODAY, 10)) === yearOf(E2E_TODAY)) {
      const row = later.page.getByTestId('target-SMART_MFG_PILOT-municipal-row');
      expect(await row.getByTestId(`target-SMART_MFG_PILOT-municipal-year-${yearOf(E2E_TODAY)}`).getAttribute('data-count')).toBe('1');
    }
    expect(later.errors).toEqual([]);

    // The public page, the PDF and the open data.
    const reader = await openPage(browser, laterOffset);
    await reader.page.goto(`${portal.url}/approved/${callId}`);
    await reader.page.getByTestId('approved-table').getByText(ENTERPRISE).waitFor();
    await reader.page.getByTestId('approved-notice-title').getByText(`关于公布${yearOf(E2E_TODAY)}年武汉市智能制造试点示范项目认定名单的通知`).waitFor();
    await reader.page.getByTestId('approved-document-number').getByText(`武经信〔${publishYear}〕12号`).waitFor();
    await reader.page.getByTestId('approved-pdf').waitFor();
    const pdf = Buffer.from(await (await fetch(`${portal.url}/api/approved-lists/${callId}/list.pdf`)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-pdf-')), 'list.pdf');
    fs.writeFileSync(file, pdf);
    const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(printed).toContain(ENTERPRISE);
    expect(printed).toContain(`武经信〔${publishYear}〕12号`);
    const year = yearOf(E2E_TODAY);
    const open = (await (await fetch(`${portal.url}/api/open-data/approved-lists/${year}.json`)).json()) as { lists: { callId: number; entries: { enterpriseName: string; uscc: string }[] }[] };
    expect(open.lists.find((list) => list.callId === callId)!.entries).toEqual([expect.objectContaining({ enterpriseName: ENTERPRISE, uscc: '91420100MAEC200T12' })]);
    expect(reader.errors).toEqual([]);

    // The enterprise sees its result.
    const enterprise = await ApiClient.signIn(portal.url, '91420100MAEC200T12', PASSWORD);
    expect((await enterprise.get(`/api/applications/${applicationId}`)).body.state).toBe('approved');
  });
});

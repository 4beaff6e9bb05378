import { residentIdCheckCharacter } from '@shifan/domain';
import { buildEnterpriseProfile, buildSmartMfgApplication } from '@shifan/domain/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, freshUscc, session, type Session, signIn, smartMfgCallBody, verifyEnterprise } from './auth-helpers';
import { binary, compact, pdfText, qpdfCheck } from './pdf-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const DAY = 24 * 3600 * 1000;
const PERSON_ID = `42010619800101123${residentIdCheckCharacter('42010619800101123')}`;
const EXPERTS = ['expert.demo', 'expert02', 'expert03', 'expert04', 'expert05', 'expert06', 'expert07', 'expert08', 'expert09'];
const POINTS = { technology: 25, demonstration: 21, benefits: 20, foundation: 17 };

describe('publication: 公示 with objections, the approved list and its open data, the dashboard', () => {
  let server: RunningServer;
  let city: Session;
  let demo: Session;
  let other: Session;
  let otherName: string;
  let otherUscc: string;
  let callId: number;
  let kept: number;
  let removed: number;
  let noticeId: number;
  /** The dashboard before this call's approval (the demo history is already counted). */
  let baseline: { byUnit: { unitCode: string; approved: number }[]; byKeyField: { keyFieldCode: string; count: number }[] };
  // Monday 2026-06-01, 10:00 Beijing time.
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.80.${Math.floor(++address / 250)}.${address % 250}`;
  const publicPost = (path: string, body: object) => request(http()).post(path).set('X-Forwarded-For', nextAddress()).send(body);
  const objection = (applicationId: number, overrides: object = {}) => ({
    applicationId,
    objectorKind: 'person',
    name: '李四',
    identityNumber: PERSON_ID,
    phone: '13912345678',
    email: null,
    address: null,
    statement: '该项目申报的设备投资额与实际采购合同不符，存在虚报情况，请核查。',
    evidence: '采购合同编号 HT-2025-001，可向供货方核实',
    ...overrides,
  });

  /** A submitted application of a session's enterprise, carried through the review to the shortlist. */
  async function apply(who: Session): Promise<number> {
    const started = await who.post(`/api/calls/${callId}/applications`);
    const saved = await who.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    expect(saved.body.eligibility.verdict).toBe('eligible');
    expect((await who.post(`/api/applications/${started.body.id}/submit`)).status).toBe(200);
    return started.body.id;
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
    const district = await signIn(http(), 'dhgx.officer', DEMO_PASSWORD, nextAddress());

    const uscc = freshUscc();
    otherUscc = uscc;
    // As short as the demo enterprise's name, so the notice's table never wraps it across lines (the text check below).
    otherName = `武汉测试${uscc.slice(-4)}有限公司`;
    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: otherName, contactName: '测试员', mobile: '13912345678', email: 'test@example.cn', password: 'Gugu#2026x' });
    other = session(registered.body.csrfToken, agent);
    expect((await other.put('/api/enterprise/profile', { version: 0, data: buildEnterpriseProfile({ uscc, name: otherName, financialYear: 2025 }) })).status).toBe(200);
    await verifyEnterprise(http(), other, city); // issue #12: only a verified enterprise submits

    const created = await city.post('/api/calls', smartMfgCallBody('2026年智能制造试点示范（公示测试批次）', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }, 2));
    callId = created.body.id;
    expect((await city.post(`/api/calls/${callId}/open`)).status).toBe(200);
    kept = await apply(demo);
    removed = await apply(other);

    for (const id of [kept, removed]) {
      const detail = (await district.get(`/api/review/applications/${id}`)).body;
      expect((await district.post(`/api/review/applications/${id}/district-decision`, { decision: 'recommend', version: detail.version })).status).toBe(200);
      const check = (await city.get(`/api/review/applications/${id}`)).body;
      const accepted = await city.post(`/api/review/applications/${id}/formal-check`, { version: check.version, outcome: 'accept', items: check.checklist.map((item: { key: string }) => ({ key: item.key, passed: true })) });
      expect(accepted.status).toBe(200);
    }
    const panel = await city.post(`/api/calls/${callId}/panels`, { name: '评审组', applicationIds: [], requiredFields: [] });
    const drawn = await city.post(`/api/panels/${panel.body.id}/draw`);
    expect(drawn.status).toBe(200);
    const pool = (await city.get('/api/experts?pageSize=50')).body.items as { id: number; accountUserName: string }[];
    const members = drawn.body.members.map((member: { expertId: number }) => pool.find((expert) => expert.id === member.expertId)!.accountUserName);
    for (const name of members.filter((member: string) => EXPERTS.includes(member))) {
      const expert = await signIn(http(), name, DEMO_PASSWORD, nextAddress());
      for (const id of [kept, removed]) {
        await expert.post(`/api/expert/applications/${id}/declaration`, { noConflict: true });
        const view = (await expert.get(`/api/expert/applications/${id}`)).body;
        expect((await expert.put(`/api/expert/applications/${id}/score`, { version: view.score.version, points: POINTS, comments: {}, submit: true })).status).toBe(200);
      }
    }
    baseline = (await city.get('/api/dashboard')).body;
    for (const id of [kept, removed]) {
      const version = (await city.get(`/api/review/applications/${id}`)).body.version;
      expect((await city.post(`/api/review/applications/${id}/shortlist`, { decision: 'shortlist', reason: '得分达到合格线，在名额内', version })).status).toBe(200);
    }
  });

  afterAll(() => server?.close());

  /** Moves the clock by whole days; sessions end after 12 h, so everyone signs in again. */
  async function daysLater(days: number): Promise<void> {
    clock.advance(days * DAY);
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
    other = await signIn(http(), otherUscc, 'Gugu#2026x', nextAddress());
  }

  it('publishes the notice with the end date from the working-day calendar; the projects enter the notice', async () => {
    const refused = await city.post(`/api/calls/${callId}/notice`, { startsOn: '2026-06-02', text: '', contact: { unit: '', person: '王', phone: 'x', email: null, address: null } });
    expect(refused.status).toBe(400);
    const published = await city.post(`/api/calls/${callId}/notice`, {
      startsOn: '2026-06-02',
      text: '',
      contact: { unit: '市经信局智能制造处', person: '王老师', phone: '027-85000000', email: 'zhizao@example.gov.cn', address: '武汉市江岸区' },
    });
    expect(published.status).toBe(201);
    noticeId = published.body.id;
    // Tue 06-02 … Mon 06-08: five working days; the notice is upcoming on Monday 06-01.
    expect(published.body).toMatchObject({ startsOn: '2026-06-02', endsOn: '2026-06-08', workingDays: 5, phase: 'upcoming' });
    expect(published.body.projects.map((project: { applicationId: number }) => project.applicationId).sort()).toEqual([kept, removed].sort());
    expect((await demo.get(`/api/applications/${kept}`)).body.state).toBe('in_public_notice');
    expect((await city.post(`/api/calls/${callId}/notice`, published.body)).status).toBe(400);

    const listed = await request(http()).get('/api/notices?year=2026');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((notice: { id: number }) => notice.id)).toContain(noticeId);
    const pdf = await request(http()).get(`/api/notices/${noticeId}/notice.pdf`).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    qpdfCheck(pdf.body as unknown as Buffer);
    const text = compact(pdfText(pdf.body as unknown as Buffer));
    expect(text).toContain('公示');
    expect(text).toContain(otherName);
    expect(text).toContain('2026年6月8日');
  });

  it('takes objections only during the notice, under a real name; the identity stays with the officers', async () => {
    expect((await publicPost(`/api/notices/${noticeId}/objections`, objection(kept))).body.code).toBe('NOTICE_NOT_OPEN');
    await daysLater(2); // Wednesday 06-03

    const anonymous = await publicPost(`/api/notices/${noticeId}/objections`, objection(kept, { name: '', identityNumber: '' }));
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.details.map((detail: { path: string }) => detail.path)).toEqual(expect.arrayContaining(['name', 'identityNumber']));
    const badId = await publicPost(`/api/notices/${noticeId}/objections`, objection(kept, { identityNumber: '420106198001011239' === PERSON_ID ? '420106198001011238' : '420106198001011239' }));
    expect(badId.status).toBe(400);
    expect(Number((await server.dataSource.query('SELECT COUNT(*) AS n FROM objection'))[0].n)).toBe(0);

    const filed = await publicPost(`/api/notices/${noticeId}/objections`, objection(kept));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ caseNo: expect.stringMatching(/^YY2026-\d{4}$/), sealedLetterRequired: false, uploadToken: null });

    const organisation = await publicPost(`/api/notices/${noticeId}/objections`, objection(removed, { objectorKind: 'organisation', name: '武汉某某装备有限公司', identityNumber: '91420100MAEC200T12' }));
    expect(organisation.status).toBe(201);
    expect(organisation.body.sealedLetterRequired).toBe(true);
    const letter = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(1024, 1)]);
    const wrongToken = await request(http()).post(`/api/objections/${organisation.body.caseNo}/sealed-letter`).set('X-Upload-Token', 'nope').set('X-File-Name', encodeURIComponent('盖章函.pdf')).set('Content-Type', 'application/pdf').send(letter);
    expect(wrongToken.body.code).toBe('TOKEN_INVALID');
    const uploaded = await request(http())
      .post(`/api/objections/${organisation.body.caseNo}/sealed-letter`)
      .set('X-Upload-Token', organisation.body.uploadToken)
      .set('X-File-Name', encodeURIComponent('盖章函.pdf'))
      .set('Content-Type', 'application/pdf')
      .send(letter);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.size).toBe(letter.length);
    const again = await request(http()).post(`/api/objections/${organisation.body.caseNo}/sealed-letter`).set('X-Upload-Token', organisation.body.uploadToken).set('Content-Type', 'application/pdf').send(letter);
    expect(again.body.code).toBe('TOKEN_INVALID');

    const notice = await request(http()).get(`/api/notices/${noticeId}`);
    expect(notice.body.objections).toEqual({ total: 2, open: 2 });
    expect(JSON.stringify(notice.body)).not.toContain(PERSON_ID);
    expect(JSON.stringify(notice.body)).not.toContain('李四');
    // The enterprise's view of its application does not name the objector either.
    expect(JSON.stringify((await demo.get(`/api/applications/${kept}/timeline`)).body)).not.toContain('李四');

    const cases = await city.get(`/api/notices/${noticeId}/objections`);
    expect(cases.status).toBe(200);
    expect(cases.body.find((entry: { applicationId: number }) => entry.applicationId === kept)).toMatchObject({ name: '李四', identityNumber: PERSON_ID, status: 'received' });
    expect((await demo.get(`/api/notices/${noticeId}/objections`)).status).toBe(403);
  });

  it('refuses the approved list during the notice; dismisses one case and upholds the other, taking that project off', async () => {
    expect((await city.post(`/api/calls/${callId}/approved-list`, { documentNumber: '武经信〔2026〕12号' })).body.code).toBe('NOTICE_PERIOD_NOT_ENDED');
    const cases = (await city.get(`/api/notices/${noticeId}/objections`)).body as { id: number; applicationId: number; version: number }[];
    const first = cases.find((entry) => entry.applicationId === kept)!;
    const second = cases.find((entry) => entry.applicationId === removed)!;
    const investigating = await city.post(`/api/objections/${first.id}/decision`, { status: 'investigating', version: first.version });
    expect(investigating.body.status).toBe('investigating');
    const stale = await city.post(`/api/objections/${first.id}/decision`, { status: 'dismissed', version: first.version, outcome: '经核查，设备采购合同与申报一致，异议不成立。' });
    expect(stale.status).toBe(409);
    const dismissed = await city.post(`/api/objections/${first.id}/decision`, { status: 'dismissed', version: investigating.body.version, outcome: '经核查，设备采购合同与申报一致，异议不成立。' });
    expect(dismissed.body).toMatchObject({ status: 'dismissed', decidedAt: expect.any(String) });
    expect((await city.post(`/api/objections/${first.id}/decision`, { status: 'investigating', version: dismissed.body.version })).body.code).toBe('ILLEGAL_TRANSITION');

    await daysLater(4); // Sunday 06-07: still in the notice period (ends Monday 06-08)
    expect((await city.post(`/api/calls/${callId}/approved-list`, { documentNumber: '武经信〔2026〕12号' })).body.code).toBe('NOTICE_PERIOD_NOT_ENDED');
    const upheld = await city.post(`/api/objections/${second.id}/decision`, { status: 'upheld', version: second.version, outcome: '经核查，该项目设备投资存在虚报，异议成立。', action: 'remove' });
    expect(upheld.body).toMatchObject({ status: 'upheld', upheldAction: 'remove' });
    expect((await other.get(`/api/applications/${removed}`)).body.state).toBe('not_approved');
    const notifications = JSON.stringify((await other.get('/api/notifications')).body);
    expect(notifications).toContain('异议经核查成立');
    expect(notifications).not.toContain('武汉某某装备有限公司');
    const notice = (await request(http()).get(`/api/notices/${noticeId}`)).body;
    expect(notice.projects.find((project: { applicationId: number }) => project.applicationId === removed).withdrawn).toBe(true);
  });

  it('after the notice: publishes the approved list, public as a page, PDF, Excel and open data; objections are closed', async () => {
    await daysLater(2); // Tuesday 06-09
    expect((await publicPost(`/api/notices/${noticeId}/objections`, objection(kept))).body.code).toBe('NOTICE_NOT_OPEN');
    // The 通知 needs its 文号 in the 〔year〕 form, of the year of publication: 400 with the field, nothing written.
    for (const body of [{}, { documentNumber: '' }, { documentNumber: '武经信2026年12号' }, { documentNumber: '武经信〔2025〕12号' }]) {
      const refused = await city.post(`/api/calls/${callId}/approved-list`, body);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'documentNumber' })] });
    }
    expect((await city.post(`/api/calls/${callId}/approved-list`, { documentNumber: '武经信〔2025〕12号' })).body.details[0].code).toBe('DOCUMENT_NUMBER_YEAR');
    expect((await request(http()).get(`/api/approved-lists/${callId}`)).status).toBe(404);
    expect((await demo.get(`/api/applications/${kept}`)).body.state).toBe('in_public_notice');
    // Typed with square brackets, stored and printed with 〔〕.
    const published = await city.post(`/api/calls/${callId}/approved-list`, { documentNumber: ' 武经信[2026]12号 ' });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      documentNumber: '武经信〔2026〕12号',
      noticeTitle: '关于公布2026年武汉市智能制造试点示范项目认定名单的通知',
      recipients: ['各区人民政府（含功能区管委会）', '有关单位'],
      issuer: '武汉市经济和信息化局',
      issuedOn: '2026-06-09',
      objectNoun: '项目',
    });
    expect(published.body.entries.map((entry: { enterpriseName: string }) => entry.enterpriseName)).toEqual(['武汉示范智能装备有限公司']);
    expect((await city.post(`/api/calls/${callId}/approved-list`, { documentNumber: '武经信〔2026〕13号' })).body.code).toBe('NOTICE_EXISTS');
    const [audit] = await server.dataSource.query("SELECT detail FROM audit_log WHERE action = 'approved_list.published' ORDER BY seq DESC LIMIT 1");
    expect(JSON.stringify(audit.detail)).toContain('武经信〔2026〕12号');
    expect((await demo.get(`/api/applications/${kept}`)).body.state).toBe('approved');

    const page = await request(http()).get(`/api/approved-lists/${callId}`);
    expect(page.body).toMatchObject({ year: 2026, title: '2026年武汉市智能制造试点示范项目认定名单' });
    const pdf = await request(http()).get(`/api/approved-lists/${callId}/list.pdf`).buffer(true).parse(binary);
    qpdfCheck(pdf.body as unknown as Buffer);
    const printed = compact(pdfText(pdf.body as unknown as Buffer));
    expect(printed).toContain('武汉示范智能装备有限公司');
    for (const expected of ['武经信〔2026〕12号', '关于公布2026年武汉市智能制造试点示范项目认定名单的通知', '各区人民政府（含功能区管委会），有关单位：', '武汉市经济和信息化局2026年6月9日']) expect(printed).toContain(expected);
    expect(printed.indexOf('武经信〔2026〕12号')).toBeLessThan(printed.indexOf('关于公布'));
    const xlsx = await request(http()).get(`/api/approved-lists/${callId}/list.xlsx`).buffer(true).parse(binary);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const cells = JSON.stringify(workbook.worksheets[0].getSheetValues());
    expect(cells).toContain('武汉示范智能装备有限公司');
    expect(cells).not.toContain(otherName);

    const open = await request(http()).get('/api/open-data/approved-lists/2026.json');
    expect(open.status).toBe(200);
    expect(open.headers['access-control-allow-origin']).toBe('*');
    expect(open.body).toMatchObject({ dataset: 'wuhan-mc2025-approved-lists', year: 2026 });
    expect(open.body.lists[0].entries[0]).toMatchObject({ uscc: '91420100MAEC200T12', recommendingUnitName: '东湖高新区' });
    // No list was published for 2020 (the demo history covers 2017–2019).
    expect((await request(http()).get('/api/open-data/approved-lists/2020.json')).body.lists).toEqual([]);
  });

  it('shows the demo history in the words the bureau printed: 拟推荐 and 推荐名单 for the province, 创新中心, the issuer of the year, a 文号', async () => {
    const lists = (await request(http()).get('/api/approved-lists').query({ pageSize: 100 })).body.items as { callId: number; year: number; level: string; category: string; title: string; documentNumber: string | null; issuer: string; objectNoun: string; noticeId: number }[];
    const provincial = lists.find((list) => list.year === 2018 && list.level === 'provincial' && list.category === 'SMART_MFG_PILOT')!;
    expect(provincial).toMatchObject({ title: '2018年湖北省智能制造试点示范项目推荐名单', issuer: '武汉市经济和信息化委员会', documentNumber: expect.stringMatching(/^武经信〔2018〕\d+号$/) });
    const notice = (await request(http()).get(`/api/notices/${provincial.noticeId}`)).body;
    expect(notice).toMatchObject({ title: '关于2018年湖北省智能制造试点示范项目拟推荐名单的公示', listName: '拟推荐名单', issuer: '武汉市经济和信息化委员会' });
    expect(notice.paragraphs[0]).toContain('拟推荐以下6个项目申报2018年湖北省智能制造试点示范项目');
    expect(notice.contact.unit).toContain('武汉市经济和信息化委员会');
    const centres = lists.find((list) => list.year === 2019 && list.level === 'municipal' && list.category === 'INNOVATION_CENTRE')!;
    expect(centres).toMatchObject({ title: '2019年武汉市制造业创新中心认定名单', objectNoun: '创新中心', issuer: '武汉市经济和信息化局' });
    const centreNotice = (await request(http()).get(`/api/notices/${centres.noticeId}`)).body;
    expect(`${centreNotice.title}${centreNotice.paragraphs.join('')}`).not.toContain('项目');
    const pdf = await request(http()).get(`/api/approved-lists/${provincial.callId}/list.pdf`).buffer(true).parse(binary);
    const printed = compact(pdfText(pdf.body as unknown as Buffer));
    expect(printed).toContain('关于公布2018年湖北省智能制造试点示范项目推荐名单的通知');
    expect(printed).toContain(provincial.documentNumber!);
    expect(printed).not.toContain('经济和信息化局');
  });

  it('counts the approval on the dashboard and records Annex 1 values', async () => {
    const dashboard = await city.get('/api/dashboard');
    expect(dashboard.status).toBe(200);
    // A municipal approval of this year: the current year's cell, not the plan period's 总计.
    const pilots = dashboard.body.targets.find((target: { key: string }) => target.key === 'SMART_MFG_PILOT.municipal');
    expect(pilots.byYear.find((cell: { year: number }) => cell.year === 2026).count).toBe(1);
    expect(pilots.planPeriod.total).toBe(78);
    // Grouped by the approved project's 推荐单位.
    const unitCode = (await request(http()).get(`/api/approved-lists/${callId}`)).body.entries[0].recommendingUnitCode as string;
    const approvedIn = (view: { byUnit: { unitCode: string; approved: number }[] }) => view.byUnit.find((entry) => entry.unitCode === unitCode)?.approved ?? 0;
    expect(approvedIn(dashboard.body)).toBe(approvedIn(baseline) + 1);
    // The approved project's sub-field (EQUIP_SMART) rolls up into its key field.
    const equipment = (view: { byKeyField: { keyFieldCode: string; count: number }[] }) => view.byKeyField.find((entry) => entry.keyFieldCode === 'EQUIP')?.count ?? 0;
    expect(equipment(dashboard.body)).toBe(equipment(baseline) + 1);
    const recorded = await city.put('/api/indicators/RD_TO_SALES/values', { year: 2019, value: 1.6, note: '统计年鉴' });
    expect(recorded.status).toBe(200);
    expect(recorded.body.indicators.find((indicator: { code: string }) => indicator.code === 'RD_TO_SALES').values).toEqual([expect.objectContaining({ year: 2019, value: 1.6 })]);
    expect((await city.put('/api/indicators/NOPE/values', { year: 2019, value: 1 })).status).toBe(404);
    const xlsx = await city.agent.get('/api/dashboard.xlsx').buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['目标进展', '按推荐单位', '按重点领域', '按细分领域', '指标']);
  });
});

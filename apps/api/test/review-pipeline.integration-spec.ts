import { buildSmartMfgApplication } from '@shifan/domain/testing';
import ExcelJS from 'exceljs';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, type Session, signIn, smartMfgCallBody } from './auth-helpers';
import { binary, compact, pdfText, qpdfCheck } from './pdf-tools';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

const DEMO_ENTERPRISE = '91420100MAEC200T12';
/** The seeded expert employed by the demo enterprise (seeds/demo-experts.json). */
const EMPLOYEE_EXPERT = 'expert07';
const EXPERTS = ['expert.demo', 'expert02', 'expert03', 'expert04', 'expert05', 'expert06', EMPLOYEE_EXPERT, 'expert08', 'expert09'];

describe('the review pipeline: district → formal check with a revision → panel draw with recusal → scoring → ranking', () => {
  let server: RunningServer;
  let district: Session;
  let city: Session;
  let demo: Session;
  const experts = new Map<string, Session>();
  let callId: number;
  let applicationId: number;
  let panelId: number;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const log = memoryLogger('warn');
  let address = 0;
  const http = () => server.app.getHttpServer();
  const nextAddress = () => `10.70.${Math.floor(++address / 250)}.${address % 250}`;
  const version = async () => (await city.get(`/api/review/applications/${applicationId}`)).body.version as number;
  const rows = (sql: string, params: unknown[]) => server.dataSource.query(sql, params);
  const panelMembers = async (): Promise<string[]> => {
    const panel = (await city.get(`/api/panels/${panelId}`)).body;
    const ids = new Set(panel.applications[0].assignments.filter((a: { status: string }) => a.status === 'pending' || a.status === 'confirmed').map((a: { expertId: number }) => a.expertId));
    const names = await rows(`SELECT e.id, a.username FROM expert e JOIN account a ON a.id = e.account_id`, []);
    return names.filter((row: { id: number }) => ids.has(Number(row.id))).map((row: { username: string }) => row.username);
  };

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: log.logger, clock });
    district = await signIn(http(), 'dhgx.officer', DEMO_PASSWORD, nextAddress());
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), DEMO_ENTERPRISE, DEMO_PASSWORD, nextAddress());
    for (const name of EXPERTS) experts.set(name, await signIn(http(), name, DEMO_PASSWORD, nextAddress()));
    const created = await city.post('/api/calls', smartMfgCallBody('2026年智能制造试点示范（评审测试批次）', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' }, 1));
    expect(created.status).toBe(201);
    callId = created.body.id;
    expect((await city.post(`/api/calls/${callId}/open`)).status).toBe(200);
    const started = await demo.post(`/api/calls/${callId}/applications`);
    applicationId = started.body.id;
    const draft = await demo.put(`/api/applications/${applicationId}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    expect(draft.status).toBe(200);
    expect((await demo.post(`/api/applications/${applicationId}/submit`)).status).toBe(200);
  });

  afterAll(() => server?.close());
  afterEach(() => {
    for (const line of log.lines().filter((entry) => entry.level === 'error')) console.log(JSON.stringify(line));
  });

  it('shows the submission to its 推荐单位 (东湖高新区) only, and the unit returns it with itemised reasons', async () => {
    const listed = await district.get(`/api/review/district/applications?callId=${callId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { id: number }) => item.id)).toEqual([applicationId]);
    expect(listed.body.items[0]).toMatchObject({ recommendingUnitCode: 'DHGX', state: 'submitted', eligibilityVerdict: 'eligible' });
    // The city does not see it before the district recommends it.
    expect((await city.get(`/api/review/applications/${applicationId}`)).status).toBe(404);

    const detail = (await district.get(`/api/review/applications/${applicationId}`)).body;
    const refused = await district.post(`/api/review/applications/${applicationId}/district-decision`, { decision: 'return', version: detail.version, items: [] });
    expect(refused.status).toBe(400);
    const returned = await district.post(`/api/review/applications/${applicationId}/district-decision`, {
      decision: 'return',
      version: detail.version,
      items: [{ key: 'data.summary', message: '项目简介过于简略，请补充智能化改造内容' }],
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned_by_district');
    const mine = (await demo.get(`/api/applications/${applicationId}`)).body;
    expect(mine.reviewNotice).toMatchObject({ kind: 'district_return', items: [{ key: 'data.summary', message: '项目简介过于简略，请补充智能化改造内容' }] });

    // A stale version is refused and nothing is written.
    const stale = await district.post(`/api/review/applications/${applicationId}/district-decision`, { decision: 'recommend', version: detail.version });
    expect(stale.status).toBe(409);

    const saved = await demo.put(`/api/applications/${applicationId}/draft`, { version: mine.version, data: { ...mine.data, summary: `${mine.data.summary}。补充:建设数字化车间,部署MES与机器视觉质检。` } });
    expect(saved.status).toBe(200);
    expect((await demo.post(`/api/applications/${applicationId}/submit`)).status).toBe(200);
    const again = (await district.get(`/api/review/applications/${applicationId}`)).body;
    const recommended = await district.post(`/api/review/applications/${applicationId}/district-decision`, { decision: 'recommend', version: again.version });
    expect(recommended.status).toBe(200);
    expect(recommended.body).toMatchObject({ state: 'district_recommended', unitPriority: 1 });

    const xlsx = await district.agent.get(`/api/review/district/recommended.xlsx?callId=${callId}`).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['推荐顺序', '受理编号', '申报单位']));
  });

  it('the formal check: a consolidated revision notice with a working-day deadline, then only the failed item is checked again, with the changes shown', async () => {
    const detail = (await city.get(`/api/review/applications/${applicationId}`)).body;
    expect(detail.checklist.map((item: { key: string }) => item.key)).toEqual(['attachments_complete', 'seals_present', 'figures_consistent', 'commitments_signed']);
    const items = detail.checklist.map((item: { key: string }) => ({ key: item.key, passed: item.key !== 'seals_present', ...(item.key === 'seals_present' ? { note: '申报书缺少法定代表人签字' } : {}) }));
    const inconsistent = await city.post(`/api/review/applications/${applicationId}/formal-check`, { version: detail.version, outcome: 'accept', items });
    expect(inconsistent.status).toBe(422);
    expect(inconsistent.body.code).toBe('CHECKLIST_INCOMPLETE');
    expect(Number((await rows('SELECT COUNT(*) AS n FROM formal_check WHERE application_id = ?', [applicationId]))[0].n)).toBe(0);

    const revision = await city.post(`/api/review/applications/${applicationId}/formal-check`, { version: detail.version, outcome: 'request_revision', items });
    expect(revision.status).toBe(200);
    expect(revision.body.state).toBe('returned_for_revision');
    // 2026-06-01 (Monday) + 5 working days; 2026-06-19 is the Dragon Boat Festival, not in range.
    expect(revision.body.revisionDueOn).toBe('2026-06-08');
    const mine = (await demo.get(`/api/applications/${applicationId}`)).body;
    expect(mine.reviewNotice).toMatchObject({ kind: 'formal_revision', dueOn: '2026-06-08', items: [{ key: 'seals_present', message: '申报书缺少法定代表人签字' }] });

    const saved = await demo.put(`/api/applications/${applicationId}/draft`, { version: mine.version, data: { ...mine.data, projectName: `${mine.data.projectName}（补正）` } });
    expect(saved.status).toBe(200);
    const resubmitted = await demo.post(`/api/applications/${applicationId}/submit`);
    expect(resubmitted.status).toBe(200);
    // A retried resubmission (the answer was lost) gets the same receipt, not an error.
    const retried = await demo.post(`/api/applications/${applicationId}/submit`);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(resubmitted.body);

    const recheck = (await city.get(`/api/review/applications/${applicationId}`)).body;
    expect(recheck.state).toBe('district_recommended');
    expect(recheck.carriedOverItems).toEqual(['attachments_complete', 'figures_consistent', 'commitments_signed']);
    expect(recheck.changesSinceLastCheck).toEqual([expect.objectContaining({ path: 'data.projectName', after: expect.stringContaining('（补正）') })]);
    const accepted = await city.post(`/api/review/applications/${applicationId}/formal-check`, {
      version: recheck.version,
      outcome: 'accept',
      items: recheck.checklist.map((item: { key: string }) => ({ key: item.key, passed: true })),
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('formally_accepted');
    expect(accepted.body.formalChecks.map((check: { outcome: string }) => check.outcome)).toEqual(['request_revision', 'accept']);
  });

  it('draws a 5-person panel from a committed seed, excluding the applicant’s employee and a declared relation with reasons; the replay matches', async () => {
    const created = await city.post(`/api/calls/${callId}/panels`, { name: '第一评审组', applicationIds: [], requiredFields: ['EQUIP_SMART'] });
    expect(created.status).toBe(201);
    panelId = created.body.id;
    expect(created.body).toMatchObject({ status: 'committed', seed: null, size: 5 });
    expect(created.body.seedHash).toMatch(/^[0-9a-f]{64}$/);

    const drawn = await city.post(`/api/panels/${panelId}/draw`);
    expect(drawn.status).toBe(200);
    expect(drawn.body.status).toBe('drawn');
    expect(drawn.body.members).toHaveLength(5);
    const excluded = Object.fromEntries(drawn.body.excluded.map((entry: { name: string; reasons: { code: string }[] }) => [entry.name, entry.reasons.map((reason) => reason.code)]));
    expect(excluded).toEqual({ 孙立新: ['EMPLOYER_IS_APPLICANT'], 周海涛: ['DECLARED_RELATION'] });
    expect(drawn.body.seedHash).toBe(created.body.seedHash);
    const replay = await city.get(`/api/panels/${panelId}/replay`);
    expect(replay.body).toMatchObject({ matches: true, seedHash: created.body.seedHash, recorded: replay.body.replayed });
    expect((await city.post(`/api/panels/${panelId}/draw`)).body.code).toBe('PANEL_ALREADY_DRAWN');
    expect((await city.get(`/api/review/applications/${applicationId}`)).body.state).toBe('in_expert_review');
  });

  it('keeps experts out of what is not theirs: the employee gets 404; the application needs a declaration; a conflict brings in a reserve', async () => {
    expect((await experts.get(EMPLOYEE_EXPERT)!.get(`/api/expert/applications/${applicationId}`)).status).toBe(404);
    const members = await panelMembers();
    expect(members).toHaveLength(5);
    const first = experts.get(members[0])!;
    expect((await first.get(`/api/expert/applications/${applicationId}`)).body.code).toBe('DECLARATION_REQUIRED');

    const stepping = experts.get(members[4])!;
    const declared = await stepping.post(`/api/expert/applications/${applicationId}/declaration`, { noConflict: false, note: '曾参与该企业项目论证' });
    expect(declared.status).toBe(200);
    expect((await stepping.get(`/api/expert/applications/${applicationId}`)).status).toBe(404);
    const after = await panelMembers();
    expect(after).toHaveLength(5);
    expect(after).not.toContain(members[4]);
    expect(after).not.toContain(EMPLOYEE_EXPERT);

    // A member who declines the panel is replaced by the next reserve too; the record names who replaced whom.
    const leaving = after[3];
    const leavingId = (await rows('SELECT e.id FROM expert e JOIN account a ON a.id = e.account_id WHERE a.username = ?', [leaving]))[0].id;
    const declined = await city.post(`/api/panels/${panelId}/members/${leavingId}/decline`, { reason: '出差无法参加评审' });
    expect(declined.status).toBe(200);
    const replaced = await panelMembers();
    expect(replaced).toHaveLength(5);
    expect(replaced).not.toContain(leaving);
    expect(declined.body.applications[0].assignments.find((a: { replacesExpertId: number | null }) => a.replacesExpertId === Number(leavingId))).toBeDefined();
    expect(declined.body.members.find((member: { expertId: number }) => member.expertId === Number(leavingId)).declined).toBe(true);
  });

  it('scores: others’ scores stay hidden until one’s own is submitted; a submitted score is locked; an outlier needs a reason; the ranking shows the trimmed mean', async () => {
    const members = await panelMembers();
    const points = [
      { technology: 27, demonstration: 22, benefits: 22, foundation: 18 },
      { technology: 25, demonstration: 20, benefits: 21, foundation: 17 },
      { technology: 26, demonstration: 21, benefits: 20, foundation: 16 },
      { technology: 24, demonstration: 20, benefits: 20, foundation: 16 },
      { technology: 10, demonstration: 8, benefits: 9, foundation: 6 },
    ];
    for (const [index, name] of members.entries()) {
      const expert = experts.get(name)!;
      expect((await expert.post(`/api/expert/applications/${applicationId}/declaration`, { noConflict: true })).status).toBe(200);
      const view = (await expert.get(`/api/expert/applications/${applicationId}`)).body;
      expect(view.enterpriseName).toBe('武汉示范智能装备有限公司');
      if (index === 0) expect((await expert.get(`/api/expert/applications/${applicationId}/application-form.pdf`)).status).toBe(200);
      expect((await expert.get(`/api/expert/applications/${applicationId}/panel-scores`)).body.code).toBe('SCORE_NOT_SUBMITTED');
      const draft = await expert.put(`/api/expert/applications/${applicationId}/score`, { version: view.score.version, points: { technology: points[index].technology }, comments: {}, submit: false });
      expect(draft.status).toBe(200);
      const body = { version: draft.body.version, points: points[index], comments: { technology: '技术方案先进' }, submit: true };
      if (index === 4) {
        const refused = await expert.put(`/api/expert/applications/${applicationId}/score`, body);
        expect(refused.status).toBe(422);
        expect(refused.body.code).toBe('OUTLIER_REASON_REQUIRED');
        expect((await expert.put(`/api/expert/applications/${applicationId}/score`, { ...body, outlierReason: '示范带动作用有限，投资效益测算依据不足' })).status).toBe(200);
      } else {
        expect((await expert.put(`/api/expert/applications/${applicationId}/score`, body)).status).toBe(200);
      }
      const locked = await expert.put(`/api/expert/applications/${applicationId}/score`, { ...body, version: body.version + 1 });
      expect(locked.body.code).toBe('SCORE_LOCKED');
      const seen = (await expert.get(`/api/expert/applications/${applicationId}/panel-scores`)).body;
      expect(seen.totals).toHaveLength(index + 1);
    }
    expect((await city.get(`/api/review/applications/${applicationId}`)).body.state).toBe('scored');

    const ranking = (await city.get(`/api/calls/${callId}/ranking`)).body;
    expect(ranking.rows).toHaveLength(1);
    // Totals 89, 83, 83, 80, 33 → drop 89 and 33 → (83 + 83 + 80) / 3 = 82.
    expect(ranking.rows[0]).toMatchObject({ applicationId, rank: 1, trimmedMean: 82, median: 83, spread: 56, outliers: 1, passed: true, withinQuota: true, decision: null });

    const reopened = await city.post(`/api/review/applications/${applicationId}/scores/${(await rows('SELECT e.id FROM expert e JOIN account a ON a.id = e.account_id WHERE a.username = ?', [members[0]]))[0].id}/reopen`, { reason: '评分项理解有误，请复核' });
    expect(reopened.status).toBe(200);
    expect((await city.get(`/api/review/applications/${applicationId}`)).body.state).toBe('in_expert_review');
    const expert = experts.get(members[0])!;
    const own = (await expert.get(`/api/expert/applications/${applicationId}`)).body.score;
    expect(own).toMatchObject({ status: 'draft', reopenReason: '评分项理解有误，请复核' });
    expect((await expert.put(`/api/expert/applications/${applicationId}/score`, { version: own.version, points: points[0], comments: {}, submit: true })).status).toBe(200);
    expect((await city.get(`/api/review/applications/${applicationId}`)).body.state).toBe('scored');

    const shortlisted = await city.post(`/api/review/applications/${applicationId}/shortlist`, { decision: 'shortlist', reason: '综合得分第一，在名额内', version: await version() });
    expect(shortlisted.status).toBe(200);
    expect(shortlisted.body.rows[0]).toMatchObject({ decision: 'shortlisted', decisionReason: '综合得分第一，在名额内' });
    expect((await demo.get(`/api/applications/${applicationId}`)).body.state).toBe('shortlisted');
  });

  it('prints the panel summary and score sheets, and exports the ranking', async () => {
    const summary = await city.agent.get(`/api/panels/${panelId}/summary.pdf`).buffer(true).parse(binary);
    expect(summary.status).toBe(200);
    qpdfCheck(summary.body as unknown as Buffer);
    const text = compact(pdfText(summary.body as unknown as Buffer));
    expect(text).toContain('第一评审组');
    expect(text).toContain('孙立新');
    const member = (await city.get(`/api/panels/${panelId}`)).body.members.find((entry: { declined: boolean }) => !entry.declined);
    const sheet = await city.agent.get(`/api/panels/${panelId}/experts/${member.expertId}/score-sheet.pdf`).buffer(true).parse(binary);
    expect(sheet.status).toBe(200);
    expect(compact(pdfText(sheet.body as unknown as Buffer))).toContain('专家评分表');
    // Reviewers read the submitted 申报书 as archived; an expert outside the panel cannot.
    const form = await city.agent.get(`/api/review/applications/${applicationId}/application-form.pdf`).buffer(true).parse(binary);
    expect(form.status).toBe(200);
    expect(compact(pdfText(form.body as unknown as Buffer))).toContain('申报书');
    expect((await experts.get(EMPLOYEE_EXPERT)!.get(`/api/expert/applications/${applicationId}/application-form.pdf`)).status).toBe(404);
    const xlsx = await city.agent.get(`/api/calls/${callId}/ranking.xlsx`).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['评审排名', '评分明细']);
  });
});

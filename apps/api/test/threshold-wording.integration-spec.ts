import { DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings } from '@shifan/domain';
import { buildInnovationCentreApplication } from '@shifan/domain/testing';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { ThresholdSettings1765425600000 } from '../src/database/migrations/1765425600000-threshold-settings';
import { DEMO_PASSWORD, type Session, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/**
 * Rules with a source (issue #13), end to end: the enterprise reads each threshold as what this call requires, with
 * the value the officer set (not the default, not as national policy), and the innovation centre's 公司+联盟 alliance
 * is counted against the call's minimum. Calls stored before the alliance setting existed get it from the migration.
 */
describe('thresholds worded as the call’s requirement', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const http = () => server.app.getHttpServer();
  let officer: Session;
  let demo: Session;
  const schedule = { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' };
  type Result = { ruleId: string; outcome: string; message: { zh: string; en: string } };
  const resultOf = (body: { eligibility: { results: Result[] } }, ruleId: string) => body.eligibility.results.find((result) => result.ruleId === ruleId)!;

  async function openCentreCall(minAllianceMembers: number): Promise<number> {
    const settings = defaultCallSettings('INNOVATION_CENTRE', schedule);
    const created = await officer.post('/api/calls', {
      category: 'INNOVATION_CENTRE',
      level: 'municipal',
      title: `2026年制造业创新中心（联盟${minAllianceMembers}家）`,
      notice: '测试',
      settings: { ...settings, eligibility: { ...settings.eligibility, minAllianceMembers } },
      attachmentSlots: defaultAttachmentSlots('INNOVATION_CENTRE').map((slot) => ({ ...slot, required: false })),
      rubric: DEFAULT_RUBRIC,
    });
    expect(created.status).toBe(201);
    expect((await officer.post(`/api/calls/${created.body.id}/open`)).status).toBe(200);
    return created.body.id;
  }

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
    officer = await signIn(http(), 'city.officer', DEMO_PASSWORD, '10.32.0.1');
    demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, '10.32.0.2');
  });

  afterAll(() => server.close());

  it('counts the alliance against the call’s own minimum and says so as 本批次要求', async () => {
    const callId = await openCentreCall(15);
    const started = await demo.post(`/api/calls/${callId}/applications`);
    expect(started.status).toBe(201);
    const short = await demo.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildInnovationCentreApplication({ allianceMemberCount: 14 }) });
    expect(short.status).toBe(200);
    expect(resultOf(short.body, 'centre.alliance')).toMatchObject({ outcome: 'fail', message: { zh: '联盟成员单位14家，不符合本批次要求：联盟成员单位 ≥ 15家' } });
    expect(short.body.eligibility.verdict).toBe('ineligible');
    const enough = await demo.put(`/api/applications/${started.body.id}/draft`, { version: short.body.version, data: buildInnovationCentreApplication({ allianceMemberCount: 15 }) });
    expect(resultOf(enough.body, 'centre.alliance')).toMatchObject({ outcome: 'pass', message: { zh: '联盟成员单位15家，符合本批次要求：联盟成员单位 ≥ 15家' } });
    // The assumed thresholds (shareholders, R&D staff) are worded the same way: the call's requirement, no policy claim.
    for (const ruleId of ['centre.shareholders', 'centre.rd-staff', 'centre.rd-spending']) expect(resultOf(enough.body, ruleId).message.zh).toContain('本批次要求：');
  });

  it('gives calls stored before the alliance setting the documented default, and renames the branch-output setting', async () => {
    const callId = await openCentreCall(20);
    const [row] = await server.dataSource.query('SELECT settings FROM `call` WHERE id = ?', [callId]);
    const stored = typeof row.settings === 'string' ? JSON.parse(row.settings) : row.settings;
    delete stored.eligibility.minAllianceMembers;
    stored.eligibility.gate.nonIndependentMinOutputWanYuan = stored.eligibility.gate.nonIndependentOutputAboveWanYuan;
    delete stored.eligibility.gate.nonIndependentOutputAboveWanYuan;
    await server.dataSource.query('UPDATE `call` SET settings = ? WHERE id = ?', [JSON.stringify(stored), callId]);

    const runner = server.dataSource.createQueryRunner();
    try {
      await new ThresholdSettings1765425600000().up(runner);
    } finally {
      await runner.release();
    }
    const [after] = await server.dataSource.query('SELECT settings FROM `call` WHERE id = ?', [callId]);
    const migrated = typeof after.settings === 'string' ? JSON.parse(after.settings) : after.settings;
    expect(migrated.eligibility.minAllianceMembers).toBe(10);
    expect(migrated.eligibility.gate).toMatchObject({ nonIndependentOutputAboveWanYuan: 1_000_000 });
    expect(migrated.eligibility.gate).not.toHaveProperty('nonIndependentMinOutputWanYuan');
  });
});

import { buildEnterpriseProfile, buildUscc } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { ManualClock } from '../src/common/clock';
import { type Session, session } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/**
 * GB 32100 positions 1–2 (issue #13): only a `91` enterprise code may register or stand in a profile; a `92`
 * 个体工商户, a `93` 农民专业合作社 or a non-工商 code is refused with a 400 naming what the code says, at field `uscc`,
 * and nothing is written. A pair outside the tables is an invalid code.
 */
describe('enterprise applicants by their credit code', () => {
  let server: RunningServer;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const http = () => server.app.getHttpServer();
  let address = 0;
  const nextAddress = () => `10.31.${Math.floor(++address / 250)}.${address % 250}`;
  const count = async (table: string) => Number((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const register = (uscc: string, language = 'zh-CN') =>
    request(http())
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .set('Accept-Language', language)
      .send({ uscc, enterpriseName: '武汉某某五金经营部', contactName: '周个体', mobile: '13912345678', email: 'zhou@test.example.cn', password: 'Gugu#2026x' });
  const usccDetail = (body: { details?: { path: string; code: string; message: string }[] }) => body.details?.find((detail) => detail.path === 'uscc');

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger, clock });
  });

  afterAll(() => server.close());

  it('refuses to register a 92 个体工商户 code with USCC_NOT_ENTERPRISE at uscc, and writes nothing', async () => {
    const [enterprises, accounts] = [await count('enterprise'), await count('account')];
    const response = await register(buildUscc({ type: '2', body: 'MA4L9201' }));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(usccDetail(response.body)).toEqual({ path: 'uscc', code: 'USCC_NOT_ENTERPRISE', message: expect.stringContaining('个体工商户') });
    expect(usccDetail(response.body)?.message).toContain('不是企业');
    expect(await count('enterprise')).toBe(enterprises);
    expect(await count('account')).toBe(accounts);
  });

  it('says it in English when asked, naming what the code is', async () => {
    const response = await register(buildUscc({ type: '2', body: 'MA4L9202' }), 'en');
    expect(usccDetail(response.body)?.message).toContain('an individual business registered with industry and commerce');
  });

  it.each([
    ['93', buildUscc({ type: '3', body: 'MA4L9301' }), '农民专业合作社'],
    ['12', buildUscc({ department: '1', type: '2', body: '4L001201' }), '事业单位'],
    ['52', buildUscc({ department: '5', type: '2', body: '4L005201' }), '民办非企业单位'],
  ])('refuses a %s code (%s)', async (_pair, uscc, kind) => {
    const response = await register(uscc);
    expect(response.status).toBe(400);
    expect(usccDetail(response.body)).toMatchObject({ code: 'USCC_NOT_ENTERPRISE', message: expect.stringContaining(kind) });
  });

  it('treats a pair outside the GB 32100 tables as an invalid code', async () => {
    const response = await register(buildUscc({ department: '9', type: '4', body: 'MA4L9401' }));
    expect(response.status).toBe(400);
    expect(usccDetail(response.body)).toMatchObject({ code: 'custom', message: expect.stringContaining('机构类别码') });
  });

  it('registers a 91 company code', async () => {
    const response = await register(buildUscc({ body: 'MA4L9101' }));
    expect(response.status).toBe(201);
  });

  it('refuses to save the profile of an enterprise whose stored code is not an enterprise code (registered before this check)', async () => {
    const uscc = buildUscc({ body: 'MA4L9102' });
    const agent = request.agent(http());
    const registered = await agent
      .post('/api/auth/register')
      .set('X-Forwarded-For', nextAddress())
      .send({ uscc, enterpriseName: '武汉某某五金经营部', contactName: '周个体', mobile: '13912345678', email: 'zhou@test.example.cn', password: 'Gugu#2026x' });
    expect(registered.status).toBe(201);
    const enterprise: Session = session(registered.body.csrfToken, agent);
    const legacy = buildUscc({ type: '2', body: 'MA4L9102' });
    await server.dataSource.query('UPDATE enterprise SET uscc = ? WHERE uscc = ?', [legacy, uscc]);
    const response = await enterprise.put('/api/enterprise/profile', { version: 0, data: buildEnterpriseProfile({ financialYear: 2025 }) });
    expect(response.status).toBe(400);
    expect(response.body.details).toContainEqual({ path: 'uscc', code: 'USCC_NOT_ENTERPRISE', message: expect.stringContaining('个体工商户') });
    expect((await enterprise.get('/api/enterprise/profile')).body.version).toBe(0);
  });
});

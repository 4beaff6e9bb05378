import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ROLES, type Role } from '@shifan/domain';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { collectEndpoints } from '../src/common/http/openapi';
import { DEMO_PASSWORD, type Session, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

type Caller = 'anonymous' | Role;
const EVERYONE: Caller[] = ['anonymous', ...ROLES];
const SIGNED_IN: Caller[] = [...ROLES];
const ENTERPRISE: Caller[] = ['enterprise_admin', 'enterprise_user'];
const DISTRICT: Caller[] = ['district_officer'];
const CITY: Caller[] = ['city_officer'];
const EXPERT: Caller[] = ['expert'];

/**
 * Who may call each route. Written out by hand, not derived from the contracts, so a change of access is a change
 * here too; a route that is missing from this table fails the test, so no route ships unguarded.
 */
const MATRIX: Record<string, Caller[]> = {
  'GET /api/health': EVERYONE,
  'GET /api/catalogue': EVERYONE,
  'POST /api/auth/register': EVERYONE,
  'POST /api/auth/sign-in': EVERYONE,
  'POST /api/auth/password-reset/request': EVERYONE,
  'POST /api/auth/password-reset/confirm': EVERYONE,
  'POST /api/auth/invitation/accept': EVERYONE,
  'POST /api/auth/sign-out': SIGNED_IN,
  'GET /api/auth/me': SIGNED_IN,
  'POST /api/auth/password': SIGNED_IN,
  'GET /api/enterprise/colleagues': ['enterprise_admin', 'enterprise_user'],
  'POST /api/enterprise/colleagues': ['enterprise_admin'],
  'POST /api/enterprise/colleagues/{id}/disable': ['enterprise_admin'],
  'POST /api/enterprise/colleagues/{id}/enable': ['enterprise_admin'],
  'GET /api/admin/accounts': ['admin'],
  'POST /api/admin/accounts': ['admin'],
  'PATCH /api/admin/accounts/{id}': ['admin'],
  'GET /api/admin/audit': ['admin'],
  'GET /api/admin/audit/export': ['admin'],
  'GET /api/admin/audit/verify': ['admin'],
  'GET /api/calls': EVERYONE,
  'GET /api/calls/{id}': EVERYONE,
  'POST /api/calls': ['city_officer', 'admin'],
  'PUT /api/calls/{id}': ['city_officer', 'admin'],
  'POST /api/calls/{id}/open': ['city_officer', 'admin'],
  'POST /api/calls/{id}/close': ['city_officer', 'admin'],
  'GET /api/enterprise/profile': ENTERPRISE,
  'PUT /api/enterprise/profile': ENTERPRISE,
  'GET /api/applications': ENTERPRISE,
  'POST /api/calls/{id}/applications': ENTERPRISE,
  'GET /api/applications/{id}': ENTERPRISE,
  'PUT /api/applications/{id}/draft': ENTERPRISE,
  'POST /api/applications/{id}/submit': ENTERPRISE,
  'POST /api/applications/{id}/withdraw': ENTERPRISE,
  'GET /api/applications/{id}/receipt': ENTERPRISE,
  'GET /api/applications/{id}/timeline': ENTERPRISE,
  'POST /api/applications/{id}/slots/{slot}/attachments': ENTERPRISE,
  'GET /api/applications/{id}/attachments/{attachmentId}': ENTERPRISE,
  'DELETE /api/applications/{id}/attachments/{attachmentId}': ENTERPRISE,
  'GET /api/notifications': ENTERPRISE,
  'POST /api/notifications/read': ENTERPRISE,
  'GET /api/applications/{id}/documents/application-form.pdf': ENTERPRISE,
  'GET /api/applications/{id}/documents/receipt.pdf': ENTERPRISE,
  'GET /api/applications/{id}/documents': ENTERPRISE,
  'GET /api/applications/{id}/documents/signing-copy.pdf': ENTERPRISE,
  'GET /api/applications/{id}/templates/{slot}': ENTERPRISE,
  'GET /api/calls/{id}/slot-templates': ['city_officer', 'admin'],
  'POST /api/calls/{id}/slots/{slot}/template': ['city_officer', 'admin'],
  'DELETE /api/calls/{id}/slots/{slot}/template': ['city_officer', 'admin'],
  'GET /api/calls/{id}/slots/{slot}/template': ['city_officer', 'admin'],
  'GET /api/calls/{id}/applications.xlsx': ['city_officer', 'admin'],
  'GET /api/verify/{code}': EVERYONE,
  'GET /api/review/district/applications': DISTRICT,
  'POST /api/review/applications/{id}/district-decision': DISTRICT,
  'PUT /api/review/district/priority': DISTRICT,
  'GET /api/review/district/recommended.xlsx': DISTRICT,
  'GET /api/review/applications/{id}': ['district_officer', 'city_officer'],
  'GET /api/review/applications/{id}/attachments/{attachmentId}': ['district_officer', 'city_officer'],
  'GET /api/review/applications/{id}/application-form.pdf': ['district_officer', 'city_officer'],
  'GET /api/expert/applications/{id}/application-form.pdf': EXPERT,
  'GET /api/review/city/applications': CITY,
  'POST /api/review/applications/{id}/formal-check': CITY,
  'GET /api/experts': CITY,
  'POST /api/experts': CITY,
  'PUT /api/experts/{id}': CITY,
  'GET /api/calls/{id}/panels': CITY,
  'POST /api/calls/{id}/panels': CITY,
  'GET /api/panels/{id}': CITY,
  'POST /api/panels/{id}/draw': CITY,
  'GET /api/panels/{id}/replay': CITY,
  'POST /api/panels/{id}/reminders': CITY,
  'POST /api/panels/{id}/members/{expertId}/decline': CITY,
  'GET /api/panels/{id}/summary.pdf': CITY,
  'GET /api/panels/{id}/experts/{expertId}/score-sheet.pdf': CITY,
  'GET /api/expert/assignments': EXPERT,
  'POST /api/expert/applications/{id}/declaration': EXPERT,
  'GET /api/expert/applications/{id}': EXPERT,
  'GET /api/expert/applications/{id}/attachments/{attachmentId}': EXPERT,
  'PUT /api/expert/applications/{id}/score': EXPERT,
  'GET /api/expert/applications/{id}/panel-scores': EXPERT,
  'GET /api/review/applications/{id}/scores': CITY,
  'POST /api/review/applications/{id}/scores/{expertId}/reopen': CITY,
  'GET /api/calls/{id}/ranking': CITY,
  'GET /api/calls/{id}/ranking.xlsx': CITY,
  'POST /api/review/applications/{id}/shortlist': CITY,
  'GET /api/notices': EVERYONE,
  'GET /api/notices/{id}': EVERYONE,
  'GET /api/notices/{id}/notice.pdf': EVERYONE,
  'POST /api/notices/{id}/objections': EVERYONE,
  'POST /api/objections/{caseNo}/sealed-letter': EVERYONE,
  'GET /api/approved-lists': EVERYONE,
  'GET /api/approved-lists/{id}': EVERYONE,
  'GET /api/approved-lists/{id}/list.pdf': EVERYONE,
  'GET /api/approved-lists/{id}/list.xlsx': EVERYONE,
  'GET /api/open-data/approved-lists/{year}.json': EVERYONE,
  'POST /api/calls/{id}/notice': CITY,
  'GET /api/notices/{id}/objections': CITY,
  'POST /api/objections/{id}/decision': CITY,
  'GET /api/objections/{id}/sealed-letter': CITY,
  'POST /api/calls/{id}/approved-list': CITY,
  'GET /api/dashboard': ['city_officer', 'admin'],
  'GET /api/dashboard.xlsx': ['city_officer', 'admin'],
  'PUT /api/indicators/{code}/values': CITY,
  'GET /api/upward-recommendations': ['city_officer', 'admin'],
  'GET /api/upward-recommendations.xlsx': ['city_officer', 'admin'],
  'POST /api/upward-outcomes': CITY,
  'PUT /api/upward-outcomes/{id}': CITY,
  'GET /api/calendar': EVERYONE,
  'GET /api/calendar/status': ['city_officer', 'admin'],
  'GET /api/admin/calendar/years': ['city_officer', 'admin'],
  'GET /api/admin/calendar/years/{year}': ['city_officer', 'admin'],
  'PUT /api/admin/calendar/years/{year}': ['admin'],
  'DELETE /api/admin/calendar/years/{year}': ['admin'],
  // Issue #12: 企业认证 (enterprise verification).
  'GET /api/enterprise/verification': ENTERPRISE,
  'POST /api/enterprise/verification/documents/{kind}': ['enterprise_admin'],
  'GET /api/enterprise/verification/documents/{kind}': ENTERPRISE,
  'GET /api/review/verifications': ['district_officer', 'city_officer'],
  'GET /api/review/verifications/{enterpriseId}': ['district_officer', 'city_officer'],
  'GET /api/review/verifications/{enterpriseId}/documents/{kind}': ['district_officer', 'city_officer'],
  'POST /api/review/verifications/{enterpriseId}/decision': ['district_officer', 'city_officer'],
  // Issue #12: USCC disputes.
  'POST /api/disputes': EVERYONE,
  'POST /api/disputes/{caseNo}/documents/{kind}': EVERYONE,
  'GET /api/admin/disputes': ['admin'],
  'GET /api/admin/disputes/{id}': ['admin'],
  'GET /api/admin/disputes/{id}/documents/{kind}': ['admin'],
  'POST /api/admin/disputes/{id}/decision': ['admin'],
};

const DEMO_LOGINS: Record<Role, string> = {
  enterprise_admin: '91420100MAEC200T12',
  enterprise_user: 'declarant.demo',
  district_officer: 'district.hongshan',
  city_officer: 'city.officer',
  expert: 'expert.demo',
  admin: 'admin',
};

describe('the authorisation matrix: every route, as every role', () => {
  let server: RunningServer;
  let routes: string[];
  const sessions = new Map<Role, Session>();
  let address = 0;

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('warn').logger });
    routes = collectEndpoints(server.app.get(DiscoveryService), server.app.get(MetadataScanner)).map((c) => `${c.method.toUpperCase()} ${c.path}`);
  });

  afterAll(() => server.close());

  async function sessionOf(role: Role): Promise<Session> {
    let session = sessions.get(role);
    if (!session || (await session.get('/api/auth/me')).status !== 200) {
      session = await signIn(server.app.getHttpServer(), DEMO_LOGINS[role], DEMO_PASSWORD, `10.7.0.${++address}`);
      sessions.set(role, session);
    }
    return session;
  }

  async function call(route: string, caller: Caller): Promise<number> {
    const [method, template] = route.split(' ');
    const path = template.replace('{id}', '999999');
    if (caller === 'anonymous') {
      const anonymous = request(server.app.getHttpServer());
      const test =
        method === 'GET' ? anonymous.get(path) : method === 'PATCH' ? anonymous.patch(path).send({}) : method === 'PUT' ? anonymous.put(path).send({}) : method === 'DELETE' ? anonymous.delete(path) : anonymous.post(path).send({});
      return (await test.set('X-Forwarded-For', `10.8.0.${++address % 250}`)).status;
    }
    const session = await sessionOf(caller);
    const response =
      method === 'GET'
        ? await session.get(path)
        : method === 'PATCH'
          ? await session.patch(path, {})
          : method === 'PUT'
            ? await session.put(path, {})
            : method === 'DELETE'
              ? await session.delete(path)
              : await session.post(path, {});
    return response.status;
  }

  it('has an entry for every route and a route for every entry', () => {
    expect([...routes].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('lets exactly the listed callers through: others get 401 (not signed in) or 403 (signed in, wrong role)', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const allowed = MATRIX[route] ?? [];
      for (const caller of EVERYONE) {
        const status = await call(route, caller);
        const expected = allowed.includes(caller) ? 'allowed' : caller === 'anonymous' ? 401 : 403;
        const ok = expected === 'allowed' ? status !== 401 && status !== 403 : status === expected;
        if (!ok) mismatches.push(`${route} as ${caller}: got ${status}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('hides another tenant’s records behind 404', async () => {
    const declarant = (await server.dataSource.query("SELECT id FROM account WHERE username = 'declarant.demo'"))[0].id;
    const outsider = request.agent(server.app.getHttpServer());
    const registered = await outsider
      .post('/api/auth/register')
      .set('X-Forwarded-For', '10.6.0.1')
      .send({ uscc: '91350100M000100Y43', enterpriseName: '福州外地示范有限公司', contactName: '陈外地', mobile: '13600001234', email: 'chen@outside.example.cn', password: 'Outside#2026' });
    expect(registered.status).toBe(201);
    for (const action of ['disable', 'enable']) {
      const response = await outsider.post(`/api/enterprise/colleagues/${declarant}/${action}`).set('X-CSRF-Token', registered.body.csrfToken).send({});
      expect(response.status).toBe(404);
    }
    const owner = await sessionOf('enterprise_admin');
    expect((await owner.post(`/api/enterprise/colleagues/${declarant}/disable`)).status).toBe(200);
    expect((await owner.post(`/api/enterprise/colleagues/${declarant}/enable`)).status).toBe(200);
  });
});

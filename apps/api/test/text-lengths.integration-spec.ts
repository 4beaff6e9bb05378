import { CallInputSchema, DEFAULT_RUBRIC, FormalChecklistItemSchema, defaultAttachmentSlots, defaultCallSettings } from '@shifan/domain';
import { buildSmartMfgApplication } from '@shifan/domain/testing';
import request from 'supertest';
import { type RunningServer, startServer } from '../src/bootstrap';
import { CallEntity } from '../src/calls/call.entity';
import { ManualClock } from '../src/common/clock';
import { DEMO_PASSWORD, type Session, signIn } from './auth-helpers';
import { memoryLogger, resetDatabase, testConfig } from './test-env';

/** n characters of Chinese text, every seventh one outside the Basic Multilingual Plane (4 bytes in UTF-8). */
function chinese(n: number): string {
  const pieces = '武汉市智能制造试点示范项目申报通知𠀀'.match(/./gu) as string[];
  return Array.from({ length: n }, (_, i) => (i % 7 === 6 ? '𠀀' : pieces[i % (pieces.length - 1)])).join('');
}

const maxOf = (schema: unknown): number => {
  const max = (schema as { maxLength?: number | null }).maxLength;
  if (typeof max !== 'number') throw new Error('no maximum length');
  return max;
};

/**
 * The longest texts the contracts allow must be stored, on SQLite and on MySQL/MariaDB in strict mode alike; one
 * character more is a 400 naming the field, with nothing written. (It used to be possible to create a call whose
 * texts passed validation but could not be opened on MariaDB: its published version did not fit its column.)
 */
describe('text lengths: what validation accepts fits the database', () => {
  let server: RunningServer;
  let city: Session;
  let demo: Session;
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  const http = () => server.app.getHttpServer();
  let address = 0;
  const nextAddress = () => `10.60.0.${++address}`;
  const calls = () => server.dataSource.getRepository(CallEntity).count();

  const longestCall = () => {
    const settings = defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' });
    const labelMax = maxOf(FormalChecklistItemSchema.shape.label.shape.zh);
    return {
      category: 'SMART_MFG_PILOT',
      level: 'municipal',
      title: chinese(maxOf(CallInputSchema.shape.title)),
      notice: chinese(maxOf(CallInputSchema.shape.notice)),
      settings: {
        ...settings,
        review: { ...settings.review, formalChecklist: settings.review.formalChecklist.map((item) => ({ ...item, label: { zh: chinese(labelMax), en: 'x'.repeat(labelMax) } })) },
      },
      attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
      rubric: DEFAULT_RUBRIC,
    };
  };

  beforeAll(async () => {
    const config = testConfig();
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('error').logger, clock });
    city = await signIn(http(), 'city.officer', DEMO_PASSWORD, nextAddress());
    demo = await signIn(http(), '91420100MAEC200T12', DEMO_PASSWORD, nextAddress());
  });

  afterAll(() => server?.close());

  it('creates, opens, republishes and takes applications for a call with the longest texts allowed', async () => {
    const body = longestCall();
    const created = await city.post('/api/calls', body);
    expect(created.status).toBe(201);
    expect(created.body.notice).toBe(body.notice);
    const opened = await city.post(`/api/calls/${created.body.id}/open`);
    expect(opened.status).toBe(200);
    const edited = await city.put(`/api/calls/${created.body.id}`, { version: opened.body.version, call: { ...body, notice: `${body.notice.slice(0, -2)}修订` } });
    expect(edited.status).toBe(200);
    expect(edited.body.publishedVersion).toBe(2);

    // An application to it: the enterprise's notification names the call (its title is cut to fit, never an error).
    const started = await demo.post(`/api/calls/${created.body.id}/applications`);
    expect(started.status).toBe(201);
    const saved = await demo.put(`/api/applications/${started.body.id}/draft`, { version: started.body.version, data: buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' }) });
    expect(saved.status).toBe(200);
    expect((await demo.post(`/api/applications/${started.body.id}/submit`)).status).toBe(200);
  });

  it.each([
    ['title', (call: ReturnType<typeof longestCall>) => ({ ...call, title: `${call.title}长` })],
    ['notice', (call: ReturnType<typeof longestCall>) => ({ ...call, notice: `${call.notice}长` })],
    ['settings.review.formalChecklist.0.label.zh', (call: ReturnType<typeof longestCall>) => {
      const [first, ...rest] = call.settings.review.formalChecklist;
      return { ...call, settings: { ...call.settings, review: { ...call.settings.review, formalChecklist: [{ ...first, label: { ...first.label, zh: `${first.label.zh}长` } }, ...rest] } } };
    }],
    ['rubric.criteria.0.name.zh', (call: ReturnType<typeof longestCall>) => ({ ...call, rubric: { ...call.rubric, criteria: call.rubric.criteria.map((criterion, i) => (i === 0 ? { ...criterion, name: { ...criterion.name, zh: chinese(10_000) } } : criterion)) } })],
  ])('refuses a call one character too long in %s with 400 naming the field, writing nothing', async (field, make) => {
    const before = await calls();
    const response = await city.post('/api/calls', make(longestCall()));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { path: string }) => detail.path)).toContain(field);
    expect(await calls()).toBe(before);
  });

  (process.env.DB_URL ? it : it.skip)('runs every MySQL/MariaDB session in strict SQL mode: too long is an error, never cut', async () => {
    const sessions = await Promise.all(Array.from({ length: 4 }, () => server.dataSource.query('SELECT @@SESSION.sql_mode AS mode, SLEEP(0.05) AS pause')));
    for (const [row] of sessions as { mode: string }[][]) {
      expect(row.mode.split(',')).toEqual(expect.arrayContaining(['STRICT_ALL_TABLES', 'NO_ZERO_IN_DATE', 'NO_ZERO_DATE', 'ERROR_FOR_DIVISION_BY_ZERO', 'NO_ENGINE_SUBSTITUTION']));
    }
    await expect(server.dataSource.query("INSERT INTO district (code, name_zh, name_en) VALUES ('999999', ?, 'Too long')", ['区'.repeat(51)])).rejects.toThrow(/too long/i);
    expect(Number((await server.dataSource.query("SELECT COUNT(*) AS n FROM district WHERE code = '999999'"))[0].n)).toBe(0);
  });

  it('signs in a browser whose User-Agent is longer than the session column', async () => {
    const response = await request(http()).post('/api/auth/sign-in').set('X-Forwarded-For', nextAddress()).set('User-Agent', `Mozilla/5.0 ${'(compatible; X) '.repeat(40)}`).send({ login: 'city.officer', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
  });
});

/**
 * The generic checks, from the OpenAPI document (generated from the very zod contracts that validate requests) and
 * TypeORM's entity metadata: every string a client can send is bounded, and every bound fits the column it lands in.
 */
describe('text lengths: contracts against columns', () => {
  type JsonSchema = { [key: string]: unknown };
  let server: RunningServer;
  let document: { paths: Record<string, Record<string, JsonSchema>>; components: { schemas: Record<string, JsonSchema> } };

  /** A TEXT column holds 65,535 bytes: this many characters of four bytes each. */
  const TEXT_COLUMN_CHARS = Math.floor(65_535 / 4);

  beforeAll(async () => {
    const config = testConfig({ SEED_DEMO: 'false' });
    await resetDatabase(config);
    server = await startServer(config, { logger: memoryLogger('error').logger });
    document = (await request(server.app.getHttpServer()).get('/api/docs-json')).body;
  });

  afterAll(() => server?.close());

  /** Every string leaf of a schema with its dotted path. */
  function strings(schema: JsonSchema, path: string, seen: Set<string> = new Set()): { path: string; schema: JsonSchema }[] {
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').pop() as string;
      if (seen.has(name)) return [];
      return strings(document.components.schemas[name], path, new Set([...seen, name]));
    }
    const found: { path: string; schema: JsonSchema }[] = [];
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const part of (schema[key] as JsonSchema[] | undefined) ?? []) found.push(...strings(part, path, seen));
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('string')) found.push({ path, schema });
    for (const [name, property] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) found.push(...strings(property, `${path}.${name}`, seen));
    if (schema.items && typeof schema.items === 'object') found.push(...strings(schema.items as JsonSchema, `${path}[]`, seen));
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') found.push(...strings(schema.additionalProperties as JsonSchema, `${path}{}`, seen));
    return found;
  }

  /** Anchored, and without an unbounded repetition (`*`, `+`, `{n,}`): the pattern itself bounds the length. */
  const boundedPattern = (pattern: string) => pattern.startsWith('^') && pattern.endsWith('$') && !/[*+]|\{\d+,\}/.test(pattern.replace(/\\./g, ''));
  const bounded = (schema: JsonSchema) =>
    typeof schema.maxLength === 'number' || 'enum' in schema || 'const' in schema || ['date', 'date-time', 'binary'].includes(schema.format as string) || (typeof schema.pattern === 'string' && boundedPattern(schema.pattern));

  it('gives every string a client can send (bodies, paths, queries) a maximum length', () => {
    const unbounded: string[] = [];
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const body = (operation.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content?.['application/json']?.schema;
        const leaves = body ? strings(body, 'body') : [];
        for (const parameter of (operation.parameters as { in: string; name: string; schema: JsonSchema }[] | undefined) ?? []) leaves.push(...strings(parameter.schema, `${parameter.in}.${parameter.name}`));
        for (const leaf of leaves) if (!bounded(leaf.schema)) unbounded.push(`${method.toUpperCase()} ${route} ${leaf.path}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  /**
   * Which request schemas write which table: the fields directly under `at` (default: the top level), with `renamed`
   * mapping a request field to the column's property when the names differ.
   */
  const WRITES: { table: string; schema: string; at?: string; renamed?: Record<string, string> }[] = [
    { table: 'account', schema: 'CreateStaff' },
    { table: 'account', schema: 'UpdateStaff' },
    { table: 'account', schema: 'InviteColleague' },
    { table: 'enterprise', schema: 'RegisterEnterprise', renamed: { enterpriseName: 'name' } },
    { table: 'call', schema: 'CallInput' },
    { table: 'expert', schema: 'ExpertInput' },
    { table: 'objection', schema: 'ObjectionInput' },
    { table: 'objection', schema: 'ObjectionDecision' },
    { table: 'review_panel', schema: 'CreatePanel' },
    { table: 'review_assignment', schema: 'ConflictDeclaration', renamed: { note: 'declarationNote' } },
    { table: 'review_assignment', schema: 'SaveScore' },
    { table: 'review_assignment', schema: 'ReopenScore', renamed: { reason: 'reopenReason' } },
    { table: 'formal_check', schema: 'FormalCheckInput' },
    { table: 'indicator_value', schema: 'IndicatorValueInput' },
    { table: 'upward_outcome', schema: 'UpwardOutcomeCreate' },
    { table: 'upward_outcome', schema: 'UpwardOutcomeUpdate' },
    { table: 'calendar_year', schema: 'CalendarYearInput' },
    { table: 'calendar_day', schema: 'CalendarYearInput', at: '.days[]' },
    { table: 'sign_in_failure', schema: 'SignIn' },
    { table: 'enterprise', schema: 'VerificationDecision', renamed: { reason: 'verificationReason' } },
    { table: 'uscc_dispute', schema: 'FileDispute', renamed: { enterpriseName: 'claimedName' } },
    { table: 'uscc_dispute', schema: 'DisputeDecision' },
  ];

  /** USCC fields accept spaces and hyphens and store the normalised, validated 18-character code. */
  const NORMALISED: Record<string, number> = { uscc: 18, employerUscc: 18 };

  /** The longest value a string schema accepts: its maxLength, its longest enum value or constant, 10 for a date. */
  function longest(schema: JsonSchema): number {
    if (typeof schema.maxLength === 'number') return schema.maxLength;
    if (Array.isArray(schema.enum)) return Math.max(...schema.enum.map((value) => String(value).length));
    if (typeof schema.const === 'string') return schema.const.length;
    if (schema.format === 'date') return 10;
    return Infinity;
  }

  it('keeps every maximum within the column it is stored in (VARCHAR characters; TEXT in four-byte characters)', () => {
    const problems: string[] = [];
    for (const { table, schema, at = '', renamed = {} } of WRITES) {
      const entity = server.dataSource.entityMetadatas.find((metadata) => metadata.tableName === table);
      expect({ table, found: Boolean(entity) }).toEqual({ table, found: true });
      const component = document.components.schemas[schema];
      expect({ schema, found: Boolean(component) }).toEqual({ schema, found: true });
      let matched = 0;
      for (const leaf of strings(component, schema)) {
        const field = leaf.path.slice(`${schema}${at}.`.length);
        if (!leaf.path.startsWith(`${schema}${at}.`) || /[.[]/.test(field)) continue;
        const column = entity!.columns.find((candidate) => candidate.propertyName === (renamed[field] ?? field));
        if (!column || !['varchar', 'text', String].includes(column.type as never)) continue;
        matched++;
        const limit = column.type === 'text' ? TEXT_COLUMN_CHARS : Number(column.length);
        const max = NORMALISED[field] ?? longest(leaf.schema);
        if (!(max <= limit) && !(typeof leaf.schema.pattern === 'string' && boundedPattern(leaf.schema.pattern))) problems.push(`${leaf.path} (max ${max}) → ${table}.${column.databaseName} (${column.type} ${column.length || ''})`);
      }
      expect({ schema, table, matched: matched > 0 }).toEqual({ schema, table, matched: true });
    }
    expect(problems).toEqual([]);
  });
});

#!/usr/bin/env node
// LOAD-TEST GENERATOR FOR A THROWAWAY DATABASE. NEVER POINT IT AT PRODUCTION OR SHARED DATA.
//
// Writes N synthetic enterprises straight into a Shifan MySQL/MariaDB database, bypassing the API, so a benchmark
// can make thousands of enterprises ready to submit in seconds (bench/deadline-burst.bench.mjs). For each one:
//   - an `enterprise` row with a valid, unique USCC (91420100 + 'MA' + 6 digits, both check characters computed by
//     @shifan/domain) and a made-up name and contact;
//   - an `enterprise_admin` account (username = the USCC) whose password hash is a placeholder no password matches:
//     these accounts never sign in, they act only through the sessions written here;
//   - a complete enterprise profile (parsed by the domain's EnterpriseProfileDraftSchema, as the API would store it);
//   - a draft application to the given open call, holding a complete, eligible smart-manufacturing form (parsed by
//     the category's draft schema) and the eligibility report a draft save would have stored, checked against the
//     version of the call the application keeps — the generator refuses to write anything if it is not eligible;
//   - a session (12 h, like a sign-in) with a random token and CSRF token, stored as their SHA-256 hashes.
// It writes no audit records, no timeline events and no notifications: it is not the application journey.
// Rows go in with multi-row INSERTs, one transaction per batch. The tokens are written to a JSON file (--out) as
// [{ applicationId, token, csrf }, ...] for the load generator; that file is a set of live credentials for the
// database it names, so it goes to a temporary folder and is deleted with it.
//
// To keep it off real data it refuses a database whose name does not contain "bench", "test" or "load"
// (override with --force only for another throwaway database).
//
//   node seeds/generate-enterprises.mjs --db mysql://root@127.0.0.1:3306/shifan_bench --count 2000 --call 15 \
//        [--out /tmp/shifan-burst.json] [--batch 500]
// or, from a script:
//   import { generateEnterprises } from './seeds/generate-enterprises.mjs';
//   const items = await generateEnterprises({ db, count, callId, out });
//
// Needs the built domain library (libs/domain/dist) and the mysql2 package.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mysql from 'mysql2/promise';

const require = createRequire(import.meta.url);
const domain = require(path.join(import.meta.dirname, '../libs/domain/dist'));

const HOUR = 3_600_000;
const SESSION_HOURS = 12; // SESSION_POLICY.absoluteHours
const USCC_PREFIX = '91420100'; // 9 = 工商, 1 = 企业, 420100 = 武汉市
const BODY_PREFIX = 'MA';
const MAX_BODY = 1_000_000; // 'MA' + 6 digits

const sha256Hex = (value) => createHash('sha256').update(value, 'utf8').digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

/** The USCC for body number n (0 ≤ n < 1,000,000): both check characters computed by the domain library. */
export function usccFor(n) {
  const body8 = `${BODY_PREFIX}${String(n).padStart(6, '0')}`;
  const first17 = `${USCC_PREFIX}${body8}${domain.computeOrgCodeCheckDigit(body8)}`;
  const uscc = `${first17}${domain.computeUsccCheckCharacter(first17)}`;
  if (!domain.isValidUscc(uscc)) throw new Error(`generated an invalid USCC ${uscc}`);
  return uscc;
}

/** A complete profile (the fields of apps/api/test/applications.integration-spec.ts), for the given financial year. */
export function completeProfile(uscc, name, financialYear) {
  return {
    name,
    uscc,
    legalForm: 'limited_liability_company',
    legalRepresentativeName: '王示范',
    establishedOn: '2012-05-18',
    industryDivisionCode: '34',
    registeredDistrictCode: '420111',
    devZone: 'DHGX',
    recommendingUnitCode: 'DHGX',
    registeredAddress: '武汉市洪山区关山大道1号',
    financialYear,
    employees: 420,
    revenueWanYuan: 36000,
    rdExpenseWanYuan: 1800,
    declaredAboveDesignatedSize: true,
    paysTaxInWuhan: true,
    hasMajorAccidentRecord: false,
    listedAsDishonest: false,
    contactName: '张经理',
    contactPhone: '13800138000',
    contactEmail: 'contact@example.cn',
  };
}

/**
 * A complete, eligible smart-manufacturing application, dated relative to `today` (Beijing): started about ten
 * months ago (inside the two-year window), completed a month ago.
 */
export function completeApplication(today) {
  return {
    projectName: '智能装备数字化车间建设项目',
    subFieldCode: 'EQUIP_SMART',
    projectDistrictCode: '420111',
    projectDevZone: 'DHGX',
    summary: '建设柔性化智能产线,实现设备联网、数据采集与生产过程可视化管理。',
    pilotTier: 'demonstration',
    startDate: domain.addDays(today, -300),
    completionDate: domain.addDays(today, -30),
    inProduction: true,
    inInvestmentStatistics: true,
    totalInvestmentWanYuan: 3000,
    equipmentInvestmentWanYuan: 1800,
    rdInvestmentWanYuan: 300,
    softwareInvestmentWanYuan: 200,
    cncRatePercent: 82,
    hasErp: true,
    hasMes: true,
    erpMesDataExchange: true,
    hasProductionDataTracking: true,
    hasVisualManagementPlatform: true,
    hasProductInfoPlatform: true,
    noDoubleFundingDeclared: true,
    truthfulnessPledged: true,
  };
}

function connectionOptions(db) {
  const url = new URL(db.replace(/^mariadb:/, 'mysql:'));
  if (url.protocol !== 'mysql:' || url.pathname.length < 2) throw new Error(`--db must look like mysql://user@host:3306/database, not ${db}`);
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    timezone: 'Z', // as the API's TypeORM connection: datetimes are UTC
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
  };
}

/**
 * Generates `count` enterprises with an account, a profile, a draft application to `callId` and a session each.
 * Returns [{ applicationId, enterpriseId, accountId, uscc, token, csrf }] and, when `out` is given, writes
 * [{ applicationId, token, csrf }] there (mode 0600).
 */
export async function generateEnterprises({ db, count, callId, out, batchSize = 500, force = false, log = () => {} }) {
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error('count must be an integer from 1 to 100000');
  if (!Number.isInteger(callId) || callId < 1) throw new Error('callId must be a call id');
  const options = connectionOptions(db);
  if (!force && !/bench|test|load/i.test(options.database)) {
    throw new Error(`refusing to write load-test data into "${options.database}": the name has no bench/test/load in it (this generator is for throwaway databases; --force overrides)`);
  }
  const connection = await mysql.createConnection(options);
  try {
    const [[call]] = await connection.query('SELECT id, category, status, published_version AS publishedVersion, settings FROM `call` WHERE id = ?', [callId]);
    if (!call) throw new Error(`no call ${callId}`);
    if (call.status !== 'open') throw new Error(`call ${callId} is ${call.status}, not open`);
    if (call.category !== 'SMART_MFG_PILOT') throw new Error(`call ${callId} is ${call.category}; the generator writes smart-manufacturing applications only`);
    const [[version]] = await connection.query('SELECT snapshot FROM call_version WHERE call_id = ? AND version_no = ?', [callId, call.publishedVersion]);
    // JSON columns come back as text (MariaDB's LONGTEXT) or already parsed (MySQL's JSON type).
    const json = (value) => (typeof value === 'string' ? JSON.parse(value) : value);
    const settings = version ? json(version.snapshot).settings : json(call.settings);

    // Continue after the highest generated body number already in the database, so a second batch does not clash.
    const [existing] = await connection.query('SELECT uscc FROM enterprise WHERE uscc LIKE ?', [`${USCC_PREFIX}${BODY_PREFIX}%`]);
    let first = 0;
    for (const { uscc } of existing) {
      const match = /^\d{8}MA(\d{6})/.exec(uscc);
      if (match) first = Math.max(first, Number(match[1]) + 1);
    }
    if (first + count > MAX_BODY) throw new Error(`only ${MAX_BODY - first} generated USCCs left under ${USCC_PREFIX}${BODY_PREFIX}`);

    const now = new Date();
    const today = domain.beijingDate(now);
    const financialYear = Number(today.slice(0, 4)) - 1;
    const data = domain.APPLICATION_DRAFT_SCHEMAS.SMART_MFG_PILOT.parse(completeApplication(today));
    const dataJson = JSON.stringify(data);
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * HOUR);
    const passwordHash = 'load-test$no-password'; // not a scrypt hash: no password verifies against it

    // Check the first enterprise against the call's rules before writing anything.
    const sampleProfile = domain.EnterpriseProfileDraftSchema.parse(completeProfile(usccFor(first), '样本', financialYear));
    const sampleReport = domain.evaluateEligibility(settings.category, settings, sampleProfile, data, { otherApplicationsInCall: 0 });
    if (sampleReport.verdict !== 'eligible') {
      const failing = sampleReport.results.filter((r) => r.outcome !== 'pass').map((r) => `${r.ruleId}: ${r.outcome}`);
      throw new Error(`the generated application would not be eligible for call ${callId}: ${failing.join('; ')}`);
    }

    const items = [];
    const started = performance.now();
    for (let offset = 0; offset < count; offset += batchSize) {
      const size = Math.min(batchSize, count - offset);
      const batch = Array.from({ length: size }, (_, i) => {
        const n = first + offset + i;
        const uscc = usccFor(n);
        const name = `武汉压测制造${String(n).padStart(6, '0')}有限公司`;
        const profile = domain.EnterpriseProfileDraftSchema.parse(completeProfile(uscc, name, financialYear));
        const report = domain.evaluateEligibility(settings.category, settings, profile, data, { otherApplicationsInCall: 0 });
        return { n, uscc, name, profile, report, token: randomToken(), csrf: randomToken() };
      });
      await connection.beginTransaction();
      try {
        // Verified (企业认证 accepted), so they may submit.
        await connection.query('INSERT INTO enterprise (uscc, name, contact_name, mobile, email, created_at, version, verification_status) VALUES ?', [
          batch.map((e) => [e.uscc, e.name, '压测联系人', '13800138000', `load${e.n}@example.cn`, now, 1, 'verified']),
        ]);
        const [enterprises] = await connection.query('SELECT id, uscc FROM enterprise WHERE uscc IN (?)', [batch.map((e) => e.uscc)]);
        const enterpriseIds = new Map(enterprises.map((row) => [row.uscc, row.id]));
        for (const e of batch) e.enterpriseId = enterpriseIds.get(e.uscc);

        await connection.query(
          'INSERT INTO account (username, role, display_name, password_hash, recommending_unit_code, created_at, version, enterprise_id, status, mobile, email) VALUES ?',
          [batch.map((e) => [e.uscc, 'enterprise_admin', `${e.name} · 管理员`, passwordHash, null, now, 1, e.enterpriseId, 'active', '13800138000', `load${e.n}@example.cn`])],
        );
        const [accounts] = await connection.query('SELECT id, username FROM account WHERE username IN (?)', [batch.map((e) => e.uscc)]);
        const accountIds = new Map(accounts.map((row) => [row.username, row.id]));
        for (const e of batch) e.accountId = accountIds.get(e.uscc);

        await connection.query('INSERT INTO enterprise_profile (enterprise_id, data, updated_at, version) VALUES ?', [
          batch.map((e) => [e.enterpriseId, JSON.stringify(e.profile), now, 1]),
        ]);
        await connection.query(
          'INSERT INTO application (call_id, enterprise_id, call_version_no, state, data, eligibility, receipt_no, submitted_at, created_by, created_at, updated_at, version) VALUES ?',
          [batch.map((e) => [callId, e.enterpriseId, call.publishedVersion, 'draft', dataJson, JSON.stringify(e.report), null, null, e.accountId, now, now, 1])],
        );
        const [applications] = await connection.query('SELECT id, enterprise_id AS enterpriseId FROM application WHERE call_id = ? AND enterprise_id IN (?)', [
          callId,
          batch.map((e) => e.enterpriseId),
        ]);
        const applicationIds = new Map(applications.map((row) => [row.enterpriseId, row.id]));
        for (const e of batch) e.applicationId = applicationIds.get(e.enterpriseId);

        await connection.query('INSERT INTO session (token_hash, account_id, csrf_hash, created_at, last_seen_at, expires_at, ended_at, address, user_agent) VALUES ?', [
          batch.map((e) => [sha256Hex(e.token), e.accountId, sha256Hex(e.csrf), now, now, expiresAt, null, '127.0.0.1', 'generate-enterprises.mjs']),
        ]);
        await connection.commit();
      } catch (error) {
        await connection.rollback().catch(() => undefined);
        throw error;
      }
      for (const e of batch) {
        if (!e.enterpriseId || !e.accountId || !e.applicationId) throw new Error(`lost track of the rows of ${e.uscc}`);
        items.push({ applicationId: e.applicationId, enterpriseId: e.enterpriseId, accountId: e.accountId, uscc: e.uscc, token: e.token, csrf: e.csrf });
      }
      log(`  ${items.length}/${count} enterprises written`);
    }
    log(`  generated ${count} enterprises (USCC bodies MA${String(first).padStart(6, '0')}…) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (out) {
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(items.map(({ applicationId, token, csrf }) => ({ applicationId, token, csrf }))), { mode: 0o600 });
    }
    return items;
  } finally {
    await connection.end();
  }
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') args.force = true;
    else if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2);
      args[key] = inline ?? argv[++i];
    } else throw new Error(`unexpected argument ${arg}`);
  }
  return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = parseArgs(process.argv.slice(2));
  if (!args.db || !args.call) {
    process.stderr.write('Usage: node seeds/generate-enterprises.mjs --db mysql://root@127.0.0.1:3306/shifan_bench --count 2000 --call <id> [--out file.json] [--batch 500] [--force]\n');
    process.exit(2);
  }
  const out = args.out ?? path.join(os.tmpdir(), `shifan-enterprises-call${args.call}.json`);
  generateEnterprises({ db: args.db, count: Number(args.count ?? 2000), callId: Number(args.call), out, batchSize: Number(args.batch ?? 500), force: args.force, log: (line) => process.stdout.write(`${line}\n`) }).then(
    (items) => process.stdout.write(`${items.length} enterprises, accounts, profiles, draft applications and sessions; tokens in ${out}\n`),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

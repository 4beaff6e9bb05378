import { computeOrgCodeCheckDigit, computeUsccCheckCharacter, DEFAULT_RUBRIC, defaultAttachmentSlots, defaultCallSettings, isValidUscc } from '@shifan/domain';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { MailMessage, MailPort } from '../src/auth/mail.port';

/** A signed-in browser: keeps the cookies and sends the CSRF token on every state-changing request. */
export interface Session {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

export function session(csrf: string, agent: ReturnType<typeof request.agent>): Session {
  return {
    agent,
    csrf,
    get: (path) => agent.get(path),
    post: (path, body) => agent.post(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    patch: (path, body) => agent.patch(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    put: (path, body) => agent.put(path).set('X-CSRF-Token', csrf).send(body ?? {}),
    delete: (path) => agent.delete(path).set('X-CSRF-Token', csrf),
  };
}

export async function signIn(app: App, login: string, password: string, address = '10.0.0.1'): Promise<Session> {
  const agent = request.agent(app);
  const response = await agent.post('/api/auth/sign-in').set('X-Forwarded-For', address).send({ login, password });
  if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return session(response.body.csrfToken, agent);
}

/** Catches outgoing mail so tests can follow the links in it. */
export class CapturingMailer implements MailPort {
  readonly sent: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }

  lastTokenFor(to: string): string {
    const message = [...this.sent].reverse().find((m) => m.to === to);
    const token = message?.link ? new URL(message.link).searchParams.get('token') : null;
    if (!token) throw new Error(`no mail with a token to ${to}`);
    return token;
  }
}

export const DEMO_PASSWORD = 'Shifan@2026';

let counter = 0;
/** A valid, unused USCC for a test enterprise: Wuhan-registered company, fresh organisation code, both check characters. */
export function freshUscc(): string {
  counter++;
  const body8 = `MA${String((process.pid * 7919 + Date.now() + counter * 104729) % 1_000_000).padStart(6, '0')}`;
  const first17 = `91420100${body8}${computeOrgCodeCheckDigit(body8)}`;
  const code = `${first17}${computeUsccCheckCharacter(first17)}`;
  if (!isValidUscc(code)) throw new Error(`generated an invalid USCC ${code}`);
  return code;
}

/** A small file that is a PDF by its magic bytes (a scan, as far as the upload can tell). */
export const SCAN_PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1')]);

/** Uploads one verification document (营业执照 or 授权书) as the enterprise administrator. */
export function uploadVerificationDocument(enterprise: Session, kind: 'business_licence' | 'authorisation_letter', body: Buffer = SCAN_PDF, fileName = `${kind}.pdf`): request.Test {
  return enterprise.agent
    .post(`/api/enterprise/verification/documents/${kind}`)
    .set('X-CSRF-Token', enterprise.csrf)
    .set('Content-Type', 'application/octet-stream')
    .set('X-File-Name', encodeURIComponent(fileName))
    .send(body);
}

let officerAddress = 0;
/**
 * Issue #12: a newly registered enterprise submits only once verified. This does it through the real API: the
 * enterprise administrator uploads the 营业执照 and the 授权书, and a city officer (or the officer given) accepts them.
 */
export async function verifyEnterprise(app: App, enterprise: Session, officer?: Session): Promise<void> {
  for (const kind of ['business_licence', 'authorisation_letter'] as const) {
    const uploaded = await uploadVerificationDocument(enterprise, kind);
    if (uploaded.status !== 201) throw new Error(`verification upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  }
  const own = await enterprise.get('/api/enterprise/verification');
  if (own.body.status !== 'pending') throw new Error(`verification not pending: ${JSON.stringify(own.body)}`);
  officerAddress++;
  const city = officer ?? (await signIn(app, 'city.officer', DEMO_PASSWORD, `10.254.${Math.floor(officerAddress / 250) % 250}.${(officerAddress % 250) + 1}`));
  const decided = await city.post(`/api/review/verifications/${own.body.enterpriseId}/decision`, { decision: 'accept' });
  if (decided.status !== 200 || decided.body.status !== 'verified') throw new Error(`verification not accepted: ${decided.status} ${JSON.stringify(decided.body)}`);
}

/**
 * The body of POST /api/calls for a municipal smart-manufacturing test call, every attachment slot optional: the default
 * settings, or with a `quota` given, that many places and panels of 5.
 */
export function smartMfgCallBody(title: string, dates: { opensOn: string; applicationDeadline: string }, quota?: number) {
  const settings = defaultCallSettings('SMART_MFG_PILOT', dates);
  return {
    category: 'SMART_MFG_PILOT',
    level: 'municipal',
    title,
    notice: '测试',
    settings: quota === undefined ? settings : { ...settings, quota, review: { ...settings.review, panelSize: 5 } },
    attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT').map((slot) => ({ ...slot, required: false })),
    rubric: DEFAULT_RUBRIC,
  };
}

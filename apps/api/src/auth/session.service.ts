import { Injectable } from '@nestjs/common';
import { isRole, SESSION_POLICY } from '@shifan/domain';
import type { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AccountsRepository } from '../accounts/accounts.repository';
import { Clock } from '../common/clock';
import type { Actor } from './actor';
import { SessionRepository } from './session.repository';
import { randomToken, sha256Hex } from './tokens';

const MINUTE = 60_000;
/** last_seen_at is written at most this often per session, so reads do not all become writes. */
const TOUCH_INTERVAL_MS = MINUTE;

export interface IssuedSession {
  token: string;
  csrfToken: string;
  tokenHash: string;
  expiresAt: Date;
}

export type SessionLookup = { actor: Actor; csrfHash: string; idleExpiresAt: Date; expiresAt: Date } | { ended: true } | null;

/** Creates, resolves and ends server-side sessions (idle and absolute time-outs from SESSION_POLICY). */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountsRepository,
    private readonly clock: Clock,
  ) {}

  async issue(manager: EntityManager, account: AccountEntity, meta: { address: string | null; userAgent: string | null }): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = randomToken();
    const csrfToken = randomToken();
    const tokenHash = sha256Hex(token);
    const expiresAt = new Date(now.getTime() + SESSION_POLICY.absoluteHours * 60 * MINUTE);
    await this.sessions.insert(manager, {
      tokenHash,
      accountId: account.id,
      csrfHash: sha256Hex(csrfToken),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      endedAt: null,
      address: meta.address,
      userAgent: meta.userAgent ? meta.userAgent.slice(0, 255) : null,
    });
    return { token, csrfToken, tokenHash, expiresAt };
  }

  /**
   * The actor behind a session token; `{ ended: true }` for a session that existed but has ended (signed out, idle,
   * past its absolute end, or its account disabled), so the caller can say so; null for an unknown token.
   */
  async resolve(token: string): Promise<SessionLookup> {
    const tokenHash = sha256Hex(token);
    const session = await this.sessions.find(tokenHash);
    if (!session) return null;
    const now = this.clock.now();
    const idleExpiresAt = new Date(session.lastSeenAt.getTime() + SESSION_POLICY.idleMinutes * MINUTE);
    if (session.endedAt || now >= idleExpiresAt || now >= session.expiresAt) return { ended: true };
    const account = await this.accounts.findById(session.accountId);
    if (!account || account.status !== 'active' || !isRole(account.role)) return { ended: true };
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) await this.sessions.touch(tokenHash, now);
    return {
      actor: {
        accountId: account.id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        enterpriseId: account.enterpriseId,
        recommendingUnitCode: account.recommendingUnitCode,
        sessionHash: tokenHash,
      },
      csrfHash: session.csrfHash,
      idleExpiresAt: new Date(now.getTime() + SESSION_POLICY.idleMinutes * MINUTE),
      expiresAt: session.expiresAt,
    };
  }

  end(manager: EntityManager, tokenHash: string): Promise<void> {
    return this.sessions.end(manager, tokenHash, this.clock.now());
  }

  endAllFor(manager: EntityManager, accountId: number, except?: string): Promise<number> {
    return this.sessions.endAllFor(manager, accountId, this.clock.now(), except);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { OneTimeTokenEntity } from './one-time-token.entity';
import { SessionEntity } from './session.entity';

/** The only code that touches sessions and one-time tokens. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, session: SessionEntity): Promise<unknown> {
    return manager.getRepository(SessionEntity).insert(session);
  }

  find(tokenHash: string): Promise<SessionEntity | null> {
    return this.dataSource.getRepository(SessionEntity).findOneBy({ tokenHash });
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ tokenHash, endedAt: IsNull() }, { lastSeenAt: at });
  }

  async end(manager: EntityManager, tokenHash: string, at: Date): Promise<void> {
    await manager.getRepository(SessionEntity).update({ tokenHash, endedAt: IsNull() }, { endedAt: at });
  }

  /** Ends every open session of an account, except one (the caller's own, on a password change). */
  async endAllFor(manager: EntityManager, accountId: number, at: Date, except?: string): Promise<number> {
    const result = await manager
      .getRepository(SessionEntity)
      .update(except ? { accountId, endedAt: IsNull(), tokenHash: Not(except) } : { accountId, endedAt: IsNull() }, { endedAt: at });
    return result.affected ?? 0;
  }

  insertToken(manager: EntityManager, token: OneTimeTokenEntity): Promise<unknown> {
    return manager.getRepository(OneTimeTokenEntity).insert(token);
  }

  findToken(manager: EntityManager, tokenHash: string): Promise<OneTimeTokenEntity | null> {
    return manager.getRepository(OneTimeTokenEntity).findOneBy({ tokenHash });
  }

  /** Revokes (marks used) every unused token of an account, of one purpose or all; answers how many. */
  async revokeTokens(manager: EntityManager, accountId: number, at: Date, purpose?: 'reset' | 'invitation'): Promise<number> {
    const result = await manager.getRepository(OneTimeTokenEntity).update(purpose ? { accountId, usedAt: IsNull(), purpose } : { accountId, usedAt: IsNull() }, { usedAt: at });
    return result.affected ?? 0;
  }

  /** Marks a token used; false when it was already used (a concurrent second use loses). */
  async useToken(manager: EntityManager, tokenHash: string, at: Date): Promise<boolean> {
    const result = await manager.getRepository(OneTimeTokenEntity).update({ tokenHash, usedAt: IsNull() }, { usedAt: at });
    return (result.affected ?? 0) === 1;
  }
}

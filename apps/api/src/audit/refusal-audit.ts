import { AsyncResource } from 'node:async_hooks';
import { Inject, Injectable, type NestMiddleware, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { RequestWithActor } from '../auth/actor';
import { RateLimitEntity } from '../auth/rate-limit.entity';
import { Clock } from '../common/clock';
import { collectEndpoints } from '../common/http/openapi';
import { JsonLogger } from '../common/logging/json-logger';
import { currentAddress } from '../common/logging/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { AuditService } from './audit.service';

const REFUSED = new Set([403, 404]);
const WINDOW_MS = 60_000;

/**
 * Audits refused requests: a 403 or 404 answered on a route that needs a sign-in is recorded as `access.refused`
 * (route pattern, method, status, actor or anonymous, address), in its own small transaction after the answer has
 * gone, and never fails it. At most AUDIT_REFUSALS_PER_MINUTE refusals per actor (or per address, when anonymous) are
 * recorded each minute; the rest are counted, and the next record of that actor or address carries the count
 * (`detail.unrecordedBefore`). The counters live in the shared rate_limit table, so the limit holds across instances.
 */
@Injectable()
export class RefusalAuditor implements OnApplicationBootstrap {
  private protectedRoutes = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const contract of collectEndpoints(this.discovery, this.scanner)) {
      if (contract.access.kind !== 'public') this.protectedRoutes.add(routeKey(contract.method, contract.path.replace(/\{(\w+)\}/g, ':$1')));
    }
  }

  /** Whether an answer is a refusal worth recording: 403/404 on a matched route that is not public. */
  isProtectedRefusal(method: string, routePath: string | undefined, status: number): routePath is string {
    return REFUSED.has(status) && routePath !== undefined && this.protectedRoutes.has(routeKey(method, routePath));
  }

  async record(refusal: { method: string; route: string; status: number; actor: RequestWithActor['actor'] | null; address: string | null }): Promise<boolean> {
    const limit = this.config.audit.refusalsPerMinute;
    if (limit === 0) return false;
    const subject = refusal.actor ? `account:${refusal.actor.accountId}` : `address:${refusal.address ?? 'unknown'}`;
    const key = `audit.refusal:${subject}`.slice(0, 191);
    const attempt = () =>
      inTransaction(this.dataSource, async (manager) => {
        const now = this.clock.now();
        const counters = manager.getRepository(RateLimitEntity);
        const counter =
          manager.connection.options.type === 'better-sqlite3'
            ? await counters.findOneBy({ bucketKey: key })
            : await counters.findOne({ where: { bucketKey: key }, lock: { mode: 'pessimistic_write' } });
        let unrecordedBefore = 0;
        if (!counter || now.getTime() - counter.windowStart.getTime() >= WINDOW_MS) {
          if (counter) {
            unrecordedBefore = Math.max(0, counter.hits - limit);
            await counters.update({ bucketKey: key }, { windowStart: now, hits: 1 });
          } else {
            await counters.insert({ bucketKey: key, windowStart: now, hits: 1 });
          }
        } else {
          await counters.update({ bucketKey: key }, { hits: counter.hits + 1 });
          if (counter.hits + 1 > limit) return false;
        }
        await this.audit.record(manager, {
          action: 'access.refused',
          actor: refusal.actor ?? null,
          detail: { method: refusal.method, route: refusal.route, status: refusal.status, ...(refusal.actor ? {} : { anonymous: true }), ...(unrecordedBefore ? { unrecordedBefore } : {}) },
        });
        return true;
      });
    try {
      return await attempt();
    } catch (error) {
      // Two first refusals at once both insert the counter; the loser goes again against the winner's row.
      if (isDuplicateKey(error)) return attempt();
      throw error;
    }
  }
}

/** Hooks every request's end; the record is written after the answer, so a refusal never waits for it. */
@Injectable()
export class RefusalAuditMiddleware implements NestMiddleware {
  constructor(
    private readonly auditor: RefusalAuditor,
    private readonly logger: JsonLogger,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    response.on(
      'finish',
      // Bound to the request's context, so the record carries its request id and client address.
      AsyncResource.bind(() => {
        const route = (request as Request & { route?: { path?: unknown } }).route?.path;
        const routePath = typeof route === 'string' ? route : undefined;
        if (!this.auditor.isProtectedRefusal(request.method, routePath, response.statusCode)) return;
        this.auditor
          .record({ method: request.method, route: routePath, status: response.statusCode, actor: (request as RequestWithActor).actor ?? null, address: currentAddress() })
          .catch((error: unknown) => this.logger.event('error', 'audit', 'could not record a refused request', { error: (error as Error).message, route: routePath }));
      }),
    );
    next();
  }
}

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

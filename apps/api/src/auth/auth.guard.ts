import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can } from '@shifan/domain';
import { AppError } from '../common/errors/app-error';
import { ENDPOINT_METADATA, type EndpointContract } from '../common/http/endpoint';
import type { RequestWithActor } from './actor';
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from './cookies';
import { RateLimiter } from './rate-limiter';
import { SessionService } from './session.service';
import { sha256Hex } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RequestWithSession = RequestWithActor & { sessionTimes?: { idleExpiresAt: Date; expiresAt: Date } };

/**
 * The one policy gate in front of every route. It finds the actor from the session cookie, refuses cross-site and
* CSRF-less state changes, counts per-address rate limits, and applies the route's declared access: public, signed-in, or a permission from
 * @shifan/domain's PERMISSIONS. Ownership is enforced where the records are read (404 for another tenant's).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const contract = this.reflector.get<EndpointContract | undefined>(ENDPOINT_METADATA, context.getHandler());
    if (!contract) throw new AppError('FORBIDDEN'); // unreachable: start-up refuses routes without a contract
    const request = context.switchToHttp().getRequest<RequestWithSession>();
    const stateChanging = !SAFE_METHODS.has(request.method);

    if (stateChanging) this.assertSameOrigin(request);
    for (const limit of contract.rateLimits ?? []) await this.rateLimiter.hit(limit, request.ip ?? 'unknown');

    const token = readCookie(request, SESSION_COOKIE);
    let ended = false;
    if (token) {
      const lookup = await this.sessions.resolve(token);
      if (lookup && 'actor' in lookup) {
        if (stateChanging) {
          const header = request.headers[CSRF_HEADER];
          const sent = Array.isArray(header) ? header[0] : header;
          if (!sent || sha256Hex(sent) !== lookup.csrfHash) throw new AppError('CSRF_FAILED');
        }
        request.actor = lookup.actor;
        request.sessionTimes = { idleExpiresAt: lookup.idleExpiresAt, expiresAt: lookup.expiresAt };
      } else if (lookup) {
        ended = true;
      }
    }

    const access = contract.access;
    if (access.kind === 'public') return true;
    if (!request.actor) throw new AppError(ended ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (access.kind === 'permission' && !can(request.actor.role, access.permission)) throw new AppError('FORBIDDEN');
    return true;
  }

  /** A browser sends Origin on cross-site writes; refuse any that is not this site. */
  private assertSameOrigin(request: RequestWithSession): void {
    const origin = request.headers.origin;
    if (!origin) return;
    // Express's req.host takes X-Forwarded-Host only from a trusted proxy (TRUST_PROXY), else the Host header.
    const host = request.host;
    try {
      if (new URL(origin).host !== host) throw new AppError('CSRF_FAILED');
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('CSRF_FAILED');
    }
  }
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@shifan/domain';
import type { Request } from 'express';

/** Who is calling, as the AuthGuard found them from the session cookie. */
export interface Actor {
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  enterpriseId: number | null;
  recommendingUnitCode: string | null;
  sessionHash: string;
}

export type RequestWithActor = Request & { actor?: Actor };

/** Injects the signed-in actor; only on routes whose access requires a sign-in, so it is always there. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route that does not require sign-in');
  return actor;
});

/** The actor when a valid session came with the request, else null (public routes that show more to staff). */
export const OptionalActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => {
  return context.switchToHttp().getRequest<RequestWithActor>().actor ?? null;
});

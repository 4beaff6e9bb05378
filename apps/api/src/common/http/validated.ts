import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export interface ValidatedInput {
  params?: unknown;
  query?: unknown;
  body?: unknown;
}

export type RequestWithInput = Request & { validated?: ValidatedInput };

/** Injects the part of the request that the endpoint's contract validated: `@Validated('body') body: TCreateCall`. */
export const Validated = createParamDecorator((part: keyof ValidatedInput, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<RequestWithInput>();
  return request.validated?.[part];
});

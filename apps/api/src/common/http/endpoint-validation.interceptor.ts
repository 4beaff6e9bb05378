import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type ErrorDetail, resolveLocale } from '@shifan/domain';
import type { Observable } from 'rxjs';
import type { ZodType } from 'zod';
import { AppError } from '../errors/app-error';
import { issuesToDetails, zodErrorMap } from '../errors/zod-issues';
import { ENDPOINT_METADATA, type EndpointContract } from './endpoint';
import type { RequestWithInput, ValidatedInput } from './validated';

/** Validates params, query and body against the endpoint's zod schemas before the handler runs. */
@Injectable()
export class EndpointValidationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = this.reflector.get<EndpointContract | undefined>(ENDPOINT_METADATA, context.getHandler());
    if (contract?.request) {
      const request = context.switchToHttp().getRequest<RequestWithInput>();
      const locale = resolveLocale(request.headers['accept-language']);
      const validated: ValidatedInput = {};
      const details: ErrorDetail[] = [];
      const parts: [keyof ValidatedInput, ZodType | undefined, unknown, string | undefined][] = [
        ['params', contract.request.params, request.params, 'params'],
        ['query', contract.request.query, request.query, 'query'],
        ['body', contract.request.body, request.body, undefined],
      ];
      for (const [part, schema, value, prefix] of parts) {
        if (!schema) continue;
        const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}), { error: zodErrorMap(locale) });
        if (result.success) validated[part] = result.data;
        else details.push(...issuesToDetails(result.error.issues, locale, prefix));
      }
      if (details.length) throw new AppError('VALIDATION_FAILED', details);
      request.validated = validated;
    }
    return next.handle();
  }
}

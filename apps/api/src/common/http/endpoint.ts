import { SetMetadata } from '@nestjs/common';
import type { Permission, RateLimitName } from '@shifan/domain';
import type { ZodObject, ZodType } from 'zod';

/**
 * Every route declares its contract once: method, path, who may call it, the zod schemas of its inputs and
 * outputs. The same object validates requests (EndpointValidationInterceptor) and generates the OpenAPI document
 * (openapi.ts); a controller method without one stops the API at start-up.
 */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call a route: anyone; anyone signed in; or the roles that hold a permission (PERMISSIONS in
 * @shifan/domain). The global AuthGuard enforces it; ownership is checked where the records are read.
 */
export type EndpointAccess = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permission: Permission };

export interface EndpointResponse {
  description: string;
  schema?: ZodType;
  /** Content type when it is not JSON (e.g. a PDF download). */
  contentType?: string;
}

export interface EndpointContract {
  method: HttpMethod;
  /** The full path in OpenAPI form, with the `/api` prefix: `/api/calls/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  access: EndpointAccess;
  /** Per-address limits (RATE_LIMITS in @shifan/domain), counted before the input is even validated. */
  rateLimits?: RateLimitName[];
  request?: { params?: ZodObject; query?: ZodObject; body?: ZodType };
  responses: Record<number, EndpointResponse>;
}

export const ENDPOINT_METADATA = 'shifan:endpoint';

export function defineEndpoint<T extends EndpointContract>(contract: T): T {
  return contract;
}

/** Attaches a contract to a controller method. */
export const Endpoint = (contract: EndpointContract): MethodDecorator => SetMetadata(ENDPOINT_METADATA, contract);

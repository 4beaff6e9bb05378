import { SetMetadata } from '@nestjs/common';
import type { ZodObject, ZodType } from 'zod';

/**
 * Every route declares its contract once: method, path, who may call it, the zod schemas of its inputs and
 * outputs. The same object validates requests (EndpointValidationInterceptor) and generates the OpenAPI document
 * (openapi.ts); a controller method without one stops the API at start-up.
 */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route. Sign-in and roles arrive with the accounts feature; until then every route is public. */
export type EndpointAccess = { kind: 'public' };

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
  request?: { params?: ZodObject; query?: ZodObject; body?: ZodType };
  responses: Record<number, EndpointResponse>;
}

export const ENDPOINT_METADATA = 'shifan:endpoint';

export function defineEndpoint<T extends EndpointContract>(contract: T): T {
  return contract;
}

/** Attaches a contract to a controller method. */
export const Endpoint = (contract: EndpointContract): MethodDecorator => SetMetadata(ENDPOINT_METADATA, contract);

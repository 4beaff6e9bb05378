import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ErrorBodySchema } from '@shifan/domain';
import { ENDPOINT_METADATA, type EndpointContract } from './endpoint';

/** Finds every controller method; a route without a contract is a programming error and stops start-up. */
export function collectEndpoints(discovery: DiscoveryService, scanner: MetadataScanner): EndpointContract[] {
  const contracts: EndpointContract[] = [];
  const missing: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const isRoute = Reflect.getMetadata(PATH_METADATA, handler) !== undefined && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined;
      if (!isRoute) continue;
      const contract = Reflect.getMetadata(ENDPOINT_METADATA, handler) as EndpointContract | undefined;
      if (contract) contracts.push(contract);
      else missing.push(`${wrapper.name}.${name}`);
    }
  }
  if (missing.length) throw new Error(`Routes without an @Endpoint contract: ${missing.join(', ')}`);
  return contracts.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

const JSON_TYPE = 'application/json';

export function buildOpenApiDocument(contracts: EndpointContract[], version: string): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  for (const contract of contracts) {
    const responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }> = {};
    for (const [status, response] of Object.entries(contract.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { [response.contentType ?? JSON_TYPE]: { schema: response.schema } } } : {}),
      };
    }
    if (contract.request) responses['400'] ??= { description: 'Invalid input (VALIDATION_FAILED)', content: { [JSON_TYPE]: { schema: ErrorBodySchema } } };
    responses['500'] ??= { description: 'Unexpected error (INTERNAL_ERROR), with a request id', content: { [JSON_TYPE]: { schema: ErrorBodySchema } } };
    registry.registerPath({
      method: contract.method,
      path: contract.path,
      operationId: contract.operationId,
      summary: contract.summary,
      description: contract.description,
      tags: contract.tags,
      request: {
        params: contract.request?.params,
        query: contract.request?.query,
        body: contract.request?.body ? { content: { [JSON_TYPE]: { schema: contract.request.body } } } : undefined,
      },
      responses: responses as never,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Shifan 示范 API',
      version,
      description: "API of the application portal for Wuhan's Made in China 2025 demonstration programmes. Errors share one shape: `{ code, message, requestId?, details? }`; messages follow `Accept-Language` (zh-CN by default, or en).",
    },
  });
}

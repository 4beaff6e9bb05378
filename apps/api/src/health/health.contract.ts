import { ErrorBodySchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const ComponentSchema = z.object({
  status: z.enum(['up', 'down']),
  kind: z.string().describe('mysql or sqlite; s3 or embedded'),
  latencyMs: z.number(),
});

export const HealthSchema = z
  .object({ status: z.literal('ok'), database: ComponentSchema, storage: ComponentSchema })
  .meta({ id: 'Health' });

export const getHealth = defineEndpoint({
  method: 'get',
  path: '/api/health',
  operationId: 'getHealth',
  summary: 'Database and storage status',
  description: '200 when the database and the object storage both answer; 503 with `SERVICE_UNAVAILABLE` and a detail naming each component that does not.',
  tags: ['system'],
  access: { kind: 'public' },
  responses: {
    200: { description: 'Both components answer', schema: HealthSchema },
    503: { description: 'A component does not answer; `details[].path` names it (database or storage)', schema: ErrorBodySchema },
  },
});

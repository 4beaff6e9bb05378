import { CallInputSchema, CallListQuerySchema, CallViewSchema, pageSchema, UpdateCallSchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['calls'];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const manage = { kind: 'permission', permission: 'calls.manage' } as const;

export const listCalls = defineEndpoint({
  method: 'get',
  path: '/api/calls',
  operationId: 'listCalls',
  summary: 'Calls, newest deadline first: open and closed ones for everyone, drafts too for bureau staff',
  tags,
  access: { kind: 'public' },
  request: { query: CallListQuerySchema },
  responses: { 200: { description: 'A page of calls', schema: pageSchema(CallViewSchema, 'CallPage') } },
});

export const getCall = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}',
  operationId: 'getCall',
  summary: 'One call with its settings, attachment slots and rubric',
  tags,
  access: { kind: 'public' },
  request: { params: IdParams },
  responses: { 200: { description: 'The call', schema: CallViewSchema } },
});

export const createCall = defineEndpoint({
  method: 'post',
  path: '/api/calls',
  operationId: 'createCall',
  summary: 'Create a call as a draft (thresholds prefilled from @shifan/domain defaults by the app)',
  tags,
  access: manage,
  request: { body: CallInputSchema },
  responses: { 201: { description: 'Created', schema: CallViewSchema } },
});

export const updateCall = defineEndpoint({
  method: 'put',
  path: '/api/calls/{id}',
  operationId: 'updateCall',
  summary: 'Edit a call (optimistic version); once open, the edit is published as a new version',
  tags,
  access: manage,
  request: { params: IdParams, body: UpdateCallSchema },
  responses: { 200: { description: 'Updated', schema: CallViewSchema } },
});

export const openCall = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/open',
  operationId: 'openCall',
  summary: 'Open a draft call (publishes version 1)',
  tags,
  access: manage,
  request: { params: IdParams },
  responses: { 200: { description: 'Opened', schema: CallViewSchema } },
});

export const closeCall = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/close',
  operationId: 'closeCall',
  summary: 'Close an open call early (its deadline closes it anyway)',
  tags,
  access: manage,
  request: { params: IdParams },
  responses: { 200: { description: 'Closed', schema: CallViewSchema } },
});

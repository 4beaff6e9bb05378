import { AccountViewSchema, InviteColleagueSchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['enterprise'];
const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const listColleagues = defineEndpoint({
  method: 'get',
  path: '/api/enterprise/colleagues',
  operationId: 'listColleagues',
  summary: 'The accounts of the caller’s enterprise',
  tags,
  access: { kind: 'permission', permission: 'enterprise.colleagues.read' },
  responses: { 200: { description: 'Accounts', schema: z.array(AccountViewSchema) } },
});

export const inviteColleague = defineEndpoint({
  method: 'post',
  path: '/api/enterprise/colleagues',
  operationId: 'inviteColleague',
  summary: 'Invite a declarant into the enterprise (a one-time link lets them set a password)',
  tags,
  access: { kind: 'permission', permission: 'enterprise.colleagues.manage' },
  request: { body: InviteColleagueSchema },
  responses: { 201: { description: 'Invited', schema: AccountViewSchema } },
});

export const disableColleague = defineEndpoint({
  method: 'post',
  path: '/api/enterprise/colleagues/{id}/disable',
  operationId: 'disableColleague',
  summary: 'Disable a colleague’s account (their sessions end); 404 for an account of another enterprise',
  tags,
  access: { kind: 'permission', permission: 'enterprise.colleagues.manage' },
  request: { params: IdParams },
  responses: { 200: { description: 'Disabled', schema: AccountViewSchema } },
});

export const enableColleague = defineEndpoint({
  method: 'post',
  path: '/api/enterprise/colleagues/{id}/enable',
  operationId: 'enableColleague',
  summary: 'Enable a colleague’s account again',
  tags,
  access: { kind: 'permission', permission: 'enterprise.colleagues.manage' },
  request: { params: IdParams },
  responses: { 200: { description: 'Enabled', schema: AccountViewSchema } },
});

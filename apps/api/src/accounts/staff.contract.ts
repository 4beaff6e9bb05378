import { AccountListQuerySchema, AccountPageSchema, AccountViewSchema, CreateStaffSchema, UpdateStaffSchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['admin'];

export const listAccounts = defineEndpoint({
  method: 'get',
  path: '/api/admin/accounts',
  operationId: 'listAccounts',
  summary: 'Every account, filtered by role, status and name, a page at a time',
  tags,
  access: { kind: 'permission', permission: 'staff.manage' },
  request: { query: AccountListQuerySchema },
  responses: { 200: { description: 'A page of accounts', schema: AccountPageSchema } },
});

export const createStaff = defineEndpoint({
  method: 'post',
  path: '/api/admin/accounts',
  operationId: 'createStaffAccount',
  summary: 'Create a staff account (recommending-unit officer bound to one of the 18 推荐单位, city officer, expert, administrator)',
  tags,
  access: { kind: 'permission', permission: 'staff.manage' },
  request: { body: CreateStaffSchema },
  responses: { 201: { description: 'Created', schema: AccountViewSchema } },
});

export const updateAccount = defineEndpoint({
  method: 'patch',
  path: '/api/admin/accounts/{id}',
  operationId: 'updateAccount',
  summary: 'Change a staff account’s name, role or 推荐单位, or disable/enable any account (optimistic version)',
  tags,
  access: { kind: 'permission', permission: 'staff.manage' },
  request: { params: z.object({ id: z.coerce.number().int().positive() }), body: UpdateStaffSchema },
  responses: { 200: { description: 'Updated', schema: AccountViewSchema } },
});

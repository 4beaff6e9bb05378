import {
  ApplicationSummarySchema,
  ApplicationViewSchema,
  NotificationViewSchema,
  ProfileViewSchema,
  ReceiptSchema,
  SaveDraftSchema,
  SaveProfileSchema,
  TimelineEventSchema,
} from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['applications'];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const apply = { kind: 'permission', permission: 'applications.apply' } as const;

export const getProfile = defineEndpoint({
  method: 'get',
  path: '/api/enterprise/profile',
  operationId: 'getEnterpriseProfile',
  summary: 'The enterprise profile, with size class and 规上 computed by @shifan/domain',
  tags: ['enterprise'],
  access: { kind: 'permission', permission: 'enterprise.profile' },
  responses: { 200: { description: 'The profile (version 0 before the first save)', schema: ProfileViewSchema } },
});

export const saveProfile = defineEndpoint({
  method: 'put',
  path: '/api/enterprise/profile',
  operationId: 'saveEnterpriseProfile',
  summary: 'Save the profile (partial saves allowed); a stale version answers 409',
  tags: ['enterprise'],
  access: { kind: 'permission', permission: 'enterprise.profile' },
  request: { body: SaveProfileSchema },
  responses: { 200: { description: 'Saved', schema: ProfileViewSchema } },
});

export const listApplications = defineEndpoint({
  method: 'get',
  path: '/api/applications',
  operationId: 'listMyApplications',
  summary: 'The applications of the caller’s enterprise',
  tags,
  access: apply,
  responses: { 200: { description: 'Applications', schema: z.array(ApplicationSummarySchema) } },
});

export const startApplication = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/applications',
  operationId: 'startApplication',
  summary: 'Start the enterprise’s application to an open call (one per enterprise per call: 409 ALREADY_APPLIED)',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: { 201: { description: 'A new draft', schema: ApplicationViewSchema } },
});

export const getApplication = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}',
  operationId: 'getApplication',
  summary: 'One application with its live eligibility report and attachments (404 for another enterprise’s)',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: { 200: { description: 'The application', schema: ApplicationViewSchema } },
});

export const saveDraft = defineEndpoint({
  method: 'put',
  path: '/api/applications/{id}/draft',
  operationId: 'saveApplicationDraft',
  summary: 'Save the form (autosave); a save from a stale version answers 409 CONFLICT with the current version',
  tags,
  access: apply,
  request: { params: IdParams, body: SaveDraftSchema },
  responses: { 200: { description: 'Saved', schema: ApplicationViewSchema } },
});

export const submitApplication = defineEndpoint({
  method: 'post',
  path: '/api/applications/{id}/submit',
  operationId: 'submitApplication',
  summary: 'Submit before the deadline: full validation, eligibility and required attachments; gap-free receipt; idempotent',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: { 200: { description: 'The receipt (the same one on a retry)', schema: ReceiptSchema } },
});

export const withdrawApplication = defineEndpoint({
  method: 'post',
  path: '/api/applications/{id}/withdraw',
  operationId: 'withdrawApplication',
  summary: 'Withdraw; before the deadline it can be edited and submitted again, keeping its receipt number',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: { 200: { description: 'Withdrawn', schema: ApplicationViewSchema } },
});

export const getReceipt = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/receipt',
  operationId: 'getReceipt',
  summary: 'The submission receipt (回执)',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: { 200: { description: 'The receipt', schema: ReceiptSchema } },
});

export const getTimeline = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/timeline',
  operationId: 'getApplicationTimeline',
  summary: 'The status timeline of an application',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: { 200: { description: 'Events, oldest first', schema: z.array(TimelineEventSchema) } },
});

export const listNotifications = defineEndpoint({
  method: 'get',
  path: '/api/notifications',
  operationId: 'listNotifications',
  summary: 'In-app notifications of the caller’s enterprise, newest first',
  tags,
  access: apply,
  responses: { 200: { description: 'Notifications', schema: z.array(NotificationViewSchema) } },
});

export const readNotifications = defineEndpoint({
  method: 'post',
  path: '/api/notifications/read',
  operationId: 'markNotificationsRead',
  summary: 'Mark every notification read',
  tags,
  access: apply,
  responses: { 200: { description: 'How many were marked', schema: z.object({ marked: z.number().int() }) } },
});

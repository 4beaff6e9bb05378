import {
  ChangePasswordSchema,
  PasswordResetRequestSchema,
  RegisterEnterpriseSchema,
  SessionViewSchema,
  SignInSchema,
  TokenPasswordSchema,
} from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['auth'];

export const register = defineEndpoint({
  method: 'post',
  path: '/api/auth/register',
  operationId: 'registerEnterprise',
  summary: 'An enterprise registers itself; its first account is the administrator, signed in at once',
  description: 'Sets the `shifan_session` (httpOnly) and `shifan_csrf` cookies. 409 `CONFLICT` with detail `uscc`/`USCC_TAKEN` when the enterprise exists. 400 `VALIDATION_FAILED` with detail `uscc`/`USCC_NOT_ENTERPRISE` when the code is valid but not a `91` enterprise code (92 个体工商户, 93 农民专业合作社, non-工商 codes).',
  tags,
  access: { kind: 'public' },
  rateLimits: ['registerPerAddress'],
  request: { body: RegisterEnterpriseSchema },
  responses: { 201: { description: 'Registered and signed in', schema: SessionViewSchema } },
});

export const signIn = defineEndpoint({
  method: 'post',
  path: '/api/auth/sign-in',
  operationId: 'signIn',
  summary: 'Sign in with the USCC (enterprises) or user name (staff) and password',
  description: `401 INVALID_CREDENTIALS; 429 SIGN_IN_THROTTLED (same for unknown and known logins) once this (login, address) pair has had too many wrong passwords, or the login too many from all addresses (SIGN_IN_THROTTLE_POLICY), with the retry time in details[RETRY_AT]; 403 ACCOUNT_DISABLED; 429 RATE_LIMITED.`,
  tags,
  access: { kind: 'public' },
  rateLimits: ['signInPerAddress'],
  request: { body: SignInSchema },
  responses: { 200: { description: 'Signed in', schema: SessionViewSchema } },
});

export const signOut = defineEndpoint({
  method: 'post',
  path: '/api/auth/sign-out',
  operationId: 'signOut',
  summary: 'End this session on the server',
  tags,
  access: { kind: 'signed-in' },
  responses: { 204: { description: 'Signed out' } },
});

export const me = defineEndpoint({
  method: 'get',
  path: '/api/auth/me',
  operationId: 'getSession',
  summary: 'The signed-in account, its enterprise and the session’s time-outs',
  tags,
  access: { kind: 'signed-in' },
  responses: { 200: { description: 'The session', schema: SessionViewSchema } },
});

export const changePassword = defineEndpoint({
  method: 'post',
  path: '/api/auth/password',
  operationId: 'changePassword',
  summary: 'Change the password; every other session of the account ends',
  tags,
  access: { kind: 'signed-in' },
  request: { body: ChangePasswordSchema },
  responses: { 200: { description: 'Changed', schema: z.object({ endedSessions: z.number().int() }) } },
});

export const requestPasswordReset = defineEndpoint({
  method: 'post',
  path: '/api/auth/password-reset/request',
  operationId: 'requestPasswordReset',
  summary: 'Send a one-time password-reset link (always 202, whether or not the account exists)',
  tags,
  access: { kind: 'public' },
  rateLimits: ['passwordResetPerAddress'],
  request: { body: PasswordResetRequestSchema },
  responses: { 202: { description: 'Accepted' } },
});

export const confirmPasswordReset = defineEndpoint({
  method: 'post',
  path: '/api/auth/password-reset/confirm',
  operationId: 'confirmPasswordReset',
  summary: 'Set a new password with a reset token; every session of the account ends',
  tags,
  access: { kind: 'public' },
  request: { body: TokenPasswordSchema },
  responses: { 204: { description: 'Password set' } },
});

export const acceptInvitation = defineEndpoint({
  method: 'post',
  path: '/api/auth/invitation/accept',
  operationId: 'acceptInvitation',
  summary: 'A colleague invited into an enterprise sets a password with the invitation token',
  tags,
  access: { kind: 'public' },
  request: { body: TokenPasswordSchema },
  responses: { 204: { description: 'Account activated' } },
});

import { z } from 'zod';
import type { Locale, LocalizedText } from '../i18n/localized-text';
import { pickText } from '../i18n/localized-text';

/**
 * The one error shape of the API: `{ code, message, requestId?, details? }`. Codes are stable strings that clients
 * may branch on; messages are for people, in the language the request asked for.
 */
export const ErrorDetailSchema = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. `profile.employees`'),
  code: z.string(),
  message: z.string(),
});

export const ErrorBodySchema = z
  .object({
    code: z.string().describe('Stable error code, e.g. VALIDATION_FAILED'),
    message: z.string().describe('Human-readable message in the requested language (zh-CN by default)'),
    requestId: z.string().optional().describe('The request id, also written to the server log'),
    details: z.array(ErrorDetailSchema).optional(),
  })
  .meta({ id: 'Error' });

export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

interface ErrorDefinition {
  status: number;
  message: LocalizedText;
}

/** Every error code the API can answer with. Later features add their own codes here. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: { zh: '提交的数据有误,请按提示修改', en: 'The request has invalid fields' } },
  BAD_REQUEST: { status: 400, message: { zh: '请求格式不正确', en: 'The request is malformed' } },
  UNAUTHENTICATED: { status: 401, message: { zh: '请先登录', en: 'Please sign in first' } },
  FORBIDDEN: { status: 403, message: { zh: '无权执行此操作', en: 'You are not allowed to do this' } },
  NOT_FOUND: { status: 404, message: { zh: '请求的资源不存在', en: 'The requested resource does not exist' } },
  ROUTE_NOT_FOUND: { status: 404, message: { zh: '接口不存在', en: 'No such API route' } },
  METHOD_NOT_ALLOWED: { status: 405, message: { zh: '不支持该请求方法', en: 'Method not allowed' } },
  CONFLICT: { status: 409, message: { zh: '数据已被他人修改,请刷新后重试', en: 'The record was changed by someone else; reload and try again' } },
  PAYLOAD_TOO_LARGE: { status: 413, message: { zh: '提交的内容过大', en: 'The request body is too large' } },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: { zh: '不支持的内容类型', en: 'Unsupported content type' } },
  RATE_LIMITED: { status: 429, message: { zh: '操作过于频繁,请稍后再试', en: 'Too many requests; please try again later' } },
  INTERNAL_ERROR: { status: 500, message: { zh: '服务器内部错误,请联系管理员并提供请求编号', en: 'Internal server error; please quote the request id to support' } },
  SERVICE_UNAVAILABLE: { status: 503, message: { zh: '服务暂不可用', en: 'Service unavailable' } },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

export function errorStatus(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return pickText(ERROR_CODES[code].message, locale);
}

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
  VALIDATION_FAILED: { status: 400, message: { zh: '提交的数据有误，请按提示修改', en: 'The request has invalid fields' } },
  BAD_REQUEST: { status: 400, message: { zh: '请求格式不正确', en: 'The request is malformed' } },
  UNAUTHENTICATED: { status: 401, message: { zh: '请先登录', en: 'Please sign in first' } },
  FORBIDDEN: { status: 403, message: { zh: '无权执行此操作', en: 'You are not allowed to do this' } },
  NOT_FOUND: { status: 404, message: { zh: '请求的资源不存在', en: 'The requested resource does not exist' } },
  ROUTE_NOT_FOUND: { status: 404, message: { zh: '接口不存在', en: 'No such API route' } },
  METHOD_NOT_ALLOWED: { status: 405, message: { zh: '不支持该请求方法', en: 'Method not allowed' } },
  CONFLICT: { status: 409, message: { zh: '数据已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and try again' } },
  PAYLOAD_TOO_LARGE: { status: 413, message: { zh: '提交的内容过大', en: 'The request body is too large' } },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: { zh: '不支持的内容类型', en: 'Unsupported content type' } },
  RATE_LIMITED: { status: 429, message: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests; please try again later' } },
  INVALID_CREDENTIALS: { status: 401, message: { zh: '统一社会信用代码/用户名或密码错误', en: 'Wrong USCC/user name or password' } },
  SESSION_EXPIRED: { status: 401, message: { zh: '登录已过期，请重新登录', en: 'Your session has ended; please sign in again' } },
  CSRF_FAILED: { status: 403, message: { zh: '请求校验失败，请刷新页面后重试', en: 'The request could not be verified; reload the page and try again' } },
  ACCOUNT_DISABLED: { status: 403, message: { zh: '账户已停用，请联系管理员', en: 'This account is disabled; contact your administrator' } },
  ACCOUNT_NOT_ACTIVATED: { status: 403, message: { zh: '账户尚未激活，请通过邀请链接设置密码', en: 'This account is not activated yet; set a password through the invitation link' } },
  SIGN_IN_THROTTLED: { status: 429, message: { zh: '从此网络地址登录该账户失败次数过多，请稍后再试或重置密码', en: 'Too many failed sign-ins to this account from this address; try again later or reset the password' } },
  ENTERPRISE_NOT_VERIFIED: { status: 409, message: { zh: '企业尚未通过认证：请上传营业执照和授权书，经所在区或市经信局审核通过后才能提交申报', en: 'Your enterprise is not verified yet: upload the business licence and the authorisation letter; once your district or the city accepts them you can submit' } },
  TOKEN_INVALID: { status: 400, message: { zh: '链接无效或已过期，请重新申请', en: 'The link is invalid or has expired; request a new one' } },
  CALL_NOT_OPEN: { status: 409, message: { zh: '该批次当前不在申报期内', en: 'This call is not open for applications now' } },
  ALREADY_APPLIED: { status: 409, message: { zh: '本企业已在该批次提交过申报，每个批次限报一项', en: 'Your enterprise already has an application in this call (one per call)' } },
  NOT_EDITABLE: { status: 409, message: { zh: '申报已提交或已办结，当前不能修改', en: 'The application cannot be edited in its current state' } },
  SIGNED_COPY_OUTDATED: { status: 409, message: { zh: '申报内容在打印签字盖章用申报书之后已修改：请重新打印签字盖章用申报书，签字盖章后上传新的扫描件', en: 'The application changed after the copy for signature and seal was printed: print it again, sign and seal it, and upload the new scan' } },
  SIGNING_COPY_NOT_PRINTED: { status: 409, message: { zh: '请先打印签字盖章用申报书，签字盖章后再上传扫描件', en: 'Print the copy for signature and seal first, then upload its signed and sealed scan' } },
  ATTACHMENTS_MISSING: { status: 422, message: { zh: '必备附件未上传齐全', en: 'Required attachments are missing' } },
  LENGTH_REQUIRED: { status: 411, message: { zh: '上传需要提供文件大小（Content-Length）', en: 'Uploads need a Content-Length' } },
  FILE_TOO_LARGE: { status: 413, message: { zh: '文件超过该材料允许的大小', en: 'The file is larger than this slot allows' } },
  FILE_TYPE_NOT_ALLOWED: { status: 415, message: { zh: '文件类型不符合该材料的要求', en: 'This file type is not accepted for this slot' } },
  INTERNAL_ERROR: { status: 500, message: { zh: '服务器内部错误，请联系管理员并提供请求编号', en: 'Internal server error; please quote the request id to support' } },
  SERVICE_UNAVAILABLE: { status: 503, message: { zh: '服务暂不可用', en: 'Service unavailable' } },
  // Workflow (libs/domain/src/workflow): an illegal move of an application returns one of these.
  ILLEGAL_TRANSITION: { status: 409, message: { zh: '当前状态下不能执行此操作', en: 'This action is not possible in the application’s current state' } },
  ROLE_NOT_ALLOWED: { status: 403, message: { zh: '您的角色不能执行此操作', en: 'Your role may not perform this action' } },
  APPLICATION_CLOSED: { status: 409, message: { zh: '申报已办结，不能再操作', en: 'The application is closed' } },
  APPLICATION_DEADLINE_PASSED: { status: 409, message: { zh: '已过申报截止日期', en: 'The application deadline has passed' } },
  REVISION_DEADLINE_PASSED: { status: 409, message: { zh: '已过补正修改截止日期', en: 'The revision deadline has passed' } },
  QUOTA_REACHED: { status: 409, message: { zh: '入围数量已达本批次名额', en: 'The call’s quota is already filled' } },
  NOTICE_PERIOD_NOT_ENDED: { status: 409, message: { zh: '公示期尚未结束', en: 'The public notice period has not ended' } },
  ELIGIBILITY_NOT_MET: { status: 422, message: { zh: '不符合申报条件', en: 'The eligibility conditions are not met' } },
  // Review pipeline (issue #7)
  UNIT_QUOTA_REACHED: { status: 409, message: { zh: '本推荐单位推荐数量已达本批次限额', en: 'The recommending unit has already recommended as many applications as this call allows' } },
  CHECKLIST_INCOMPLETE: { status: 422, message: { zh: '形式审查清单未逐项填写，或结论与清单不符', en: 'The checklist is incomplete or does not match the outcome' } },
  PANEL_ALREADY_DRAWN: { status: 409, message: { zh: '该专家组已抽取', en: 'This panel has already been drawn' } },
  PANEL_DRAW_FAILED: { status: 422, message: { zh: '无法按要求抽取专家组', en: 'No panel can be drawn as required' } },
  NO_RESERVE_EXPERT: { status: 409, message: { zh: '备选专家已用完，请补充专家库后重新抽取', en: 'No reserve expert is left; add experts to the pool and draw again' } },
  DECLARATION_REQUIRED: { status: 409, message: { zh: '请先签署无利益冲突声明', en: 'Confirm the no-conflict declaration first' } },
  SCORE_LOCKED: { status: 409, message: { zh: '评分已提交，不能修改', en: 'The score has been submitted and is locked' } },
  SCORE_NOT_SUBMITTED: { status: 409, message: { zh: '提交本人评分后才能查看专家组评分', en: 'Submit your own score before seeing the panel’s scores' } },
  OUTLIER_REASON_REQUIRED: { status: 422, message: { zh: '您的总分偏离专家组去极值平均分较多，请填写理由', en: 'Your total is far from the panel’s trimmed mean; give a reason' } },
  // Publication (issue #8)
  NOTICE_EXISTS: { status: 409, message: { zh: '该批次已发布公示（或认定名单）', en: 'This call’s notice (or approved list) is already published' } },
  NOTICE_NOT_OPEN: { status: 409, message: { zh: '不在公示期内，不受理异议', en: 'Objections are accepted during the notice period only' } },
  OBJECTIONS_OPEN: { status: 409, message: { zh: '仍有未办结的异议，不能发布认定名单', en: 'Objections are still open; the approved list cannot be published' } },
  // Upward recommendations and their outcomes (issue #13)
  NOT_A_RECOMMENDATION: { status: 422, message: { zh: '该项目不是本市向省或国家推荐的项目（须为已发布名单的省级或国家级批次项目）', en: 'This project is not one the city recommended to the province or the ministry (an entry of a published provincial or national list)' } },
  UPWARD_OUTCOME_EXISTS: { status: 409, message: { zh: '该推荐项目已录入上级结果，请在原记录上修改', en: 'An outcome is already recorded for this recommended project; edit that record' } },
  // The working-day calendar (issue #12): a date in a year not entered yet is a state the officers can fix, not a crash.
  CALENDAR_OUT_OF_RANGE: { status: 422, message: { zh: '工作日历未覆盖该日期，请管理员先录入该年度的节假日安排', en: 'The working-day calendar does not cover this date; an administrator must enter that year first' } },
  CALENDAR_YEAR_STARTED: { status: 409, message: { zh: '该年度已开始或已过去，不能删除', en: 'This year has already started; it cannot be deleted' } },
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

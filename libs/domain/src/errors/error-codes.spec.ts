import { ERROR_CODES, ErrorBodySchema, errorMessage, errorStatus, isErrorCode } from './error-codes';

describe('error codes', () => {
  it('knows its codes, their statuses and messages in both languages', () => {
    expect(isErrorCode('QUOTA_REACHED')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(errorStatus('ROLE_NOT_ALLOWED')).toBe(403);
    expect(errorMessage('APPLICATION_DEADLINE_PASSED', 'zh-CN')).toBe('已过申报截止日期');
    expect(errorMessage('APPLICATION_DEADLINE_PASSED', 'en')).toBe('The application deadline has passed');
    for (const definition of Object.values(ERROR_CODES)) expect(definition.status).toBeGreaterThanOrEqual(400);
  });
  it('describes the one error body shape', () => {
    expect(ErrorBodySchema.safeParse({ code: 'ILLEGAL_TRANSITION', message: '当前状态下不能执行此操作' }).success).toBe(true);
  });
});

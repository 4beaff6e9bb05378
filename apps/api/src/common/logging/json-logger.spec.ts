import { JsonLogger } from './json-logger';
import { redactText } from './redact';
import { requestContext } from './request-context';

describe('JsonLogger (pino) and its redaction layer', () => {
  const capture = (level: 'debug' | 'info' | 'warn' | 'error' = 'debug') => {
    const lines: string[] = [];
    const logger = new JsonLogger(level, { write: (line) => lines.push(line) });
    return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
  };

  it('writes one JSON object per line with time, level, context, message, request id and fields', () => {
    const { logger, lines, parsed } = capture('info');
    requestContext.run({ requestId: 'req-0123456789', locale: 'zh-CN', address: null }, () => logger.event('info', 'http', 'request', { status: 200 }));
    logger.event('debug', 'http', 'hidden below the level');
    logger.log('Nest says hello', 'RoutesResolver');
    logger.error(new Error('went wrong'));
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const [first, second, third] = parsed();
    expect(first).toEqual({ time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), level: 'info', context: 'http', msg: 'request', requestId: 'req-0123456789', status: 200 });
    expect(second).toMatchObject({ level: 'info', context: 'RoutesResolver', msg: 'Nest says hello' });
    expect(second).not.toHaveProperty('requestId');
    expect(third).toMatchObject({ level: 'error', context: 'app', msg: 'went wrong', stack: expect.stringContaining('Error: went wrong') });
    expect(lines).toHaveLength(3);
  });

  it('redacts secret fields by name at any depth, and secret-looking values in any string', () => {
    const { logger, lines } = capture();
    const token = 'Qm9vdHN0cmFwLXRva2VuLW9mLTMyLWJ5dGVzLWxvbmch'.slice(0, 43);
    const residentId = '42010619800101123X';
    logger.event('info', 'mail', `password-reset: http://portal.example/reset?token=${token}&lang=zh`, {
      password: 'Gugu#2026x',
      body: { login: 'someone', newPassword: 'Gugu#2026y', csrfToken: 'abc', nested: [{ identityNumber: residentId, 'X-Upload-Token': 'u' }] },
      headers: { cookie: 'shifan_session=s3cr3t; shifan_csrf=c5rf', authorization: 'Bearer abc.def.ghi' },
      detail: `Duplicate entry '${residentId}' for key 'UQ'`,
      raw: `Cookie: shifan_session=s3cr3t-too; Authorization: Bearer eyJhbGciOi.eyJzdWIi.sig`,
      loose: `token ${token} seen`,
      upload: 'upload token Zk3mQ9vX2bL7pR4tW8yA1cE5gH0jN6sD in a sentence',
    });
    logger.error(new Error(`query failed for 420106198001011239 with shifan_session=zzzzzz`));
    const text = lines.join('');
    for (const secret of ['Gugu#2026x', 'Gugu#2026y', token, residentId, '420106198001011239', 's3cr3t', 'c5rf', 'abc.def.ghi', 'eyJhbGciOi', 'zzzzzz', 'Zk3mQ9vX2bL7pR4tW8yA1cE5gH0jN6sD']) {
      expect(text).not.toContain(secret);
    }
    const [line] = lines.map((l) => JSON.parse(l));
    expect(line.msg).toBe('password-reset: http://portal.example/reset?token=[REDACTED]&lang=zh');
    expect(line.body).toEqual({ login: 'someone', newPassword: '[REDACTED]', csrfToken: '[REDACTED]', nested: [{ identityNumber: '[REDACTED]', 'X-Upload-Token': '[REDACTED]' }] });
    expect(line.headers).toEqual({ cookie: '[REDACTED]', authorization: '[REDACTED]' });
    expect(line.detail).toBe("Duplicate entry '[REDACTED-ID]' for key 'UQ'");
  });

  it('keeps what is not secret: request ids, USCCs, hashes, case numbers, ordinary numbers', () => {
    for (const kept of ['a7f3c1de-5b2a-4c8e-9f10-2b3c4d5e6f70', '91420100MAEC200T12', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'YY2026-0001', '123456789012345678', '/api/notices/12/objections', 'CallsAndApplications1764518400000', 'd41d8cd98f00b204e9800998ecf8427e']) {
      expect(redactText(kept)).toBe(kept);
    }
  });
});

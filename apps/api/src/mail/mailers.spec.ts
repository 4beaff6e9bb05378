import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JsonLogger } from '../common/logging/json-logger';
import { loadConfig } from '../config/app-config';
import { createMailer, FileMailer, SmtpMailer } from './mailers';

function capture() {
  const lines: string[] = [];
  return { logger: new JsonLogger('debug', { write: (line) => lines.push(line) }), lines };
}

describe('mailers', () => {
  it('chooses SMTP when SMTP_URL is set, else the .eml files under DATA_DIR/mail', () => {
    const { logger } = capture();
    expect(createMailer(loadConfig({ SMTP_URL: 'smtp://u:p@127.0.0.1:2525' }), logger)).toBeInstanceOf(SmtpMailer);
    expect(createMailer(loadConfig({}), logger)).toBeInstanceOf(FileMailer);
  });

  it('writes a UTF-8 message with its headers to a file and logs the file, never the link', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-mail-'));
    const { logger, lines } = capture();
    const link = 'https://portal.example.gov.cn/reset-password?token=abcdefghijklmnopqrstuvwxyz012345';
    await new FileMailer(directory, '示范 Shifan <no-reply@shifan.localhost>', logger).send({ to: 'a@example.cn', subject: '示范 · 重置密码 / Reset', text: `请打开：${link}`, kind: 'password-reset', link });
    const [file] = fs.readdirSync(directory);
    expect(file).toMatch(/^\d{8}T\d{9}Z-password-reset-[0-9a-f]{8}\.eml$/);
    const raw = fs.readFileSync(path.join(directory, file), 'utf8');
    expect(raw).toMatch(/^To: a@example\.cn$/m);
    expect(raw).toMatch(/^X-Shifan-Kind: password-reset$/m);
    expect(raw).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ context: 'mail', file: path.join(directory, file) });
    expect(lines[0]).not.toContain('token');
    fs.rmSync(directory, { recursive: true, force: true });
  });
});

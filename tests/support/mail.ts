import fs from 'node:fs';
import path from 'node:path';

/** A mail the portal wrote under DATA_DIR/mail (its embedded default without SMTP_URL), decoded. */
export interface WrittenMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=\s*/g, (_all, encoding: string, data: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function parse(file: string): WrittenMail {
  const raw = fs.readFileSync(file, 'utf8');
  const split = raw.search(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
        : body;
  return { file, to: headers.to ?? '', subject: headers.subject ?? '', text };
}

/** Every mail written so far, oldest first (the file names start with the time they were written). */
export function writtenMail(dataDir: string): WrittenMail[] {
  const directory = path.join(dataDir, 'mail');
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => parse(path.join(directory, name)));
}

/** The first link in the newest mail to `to` that matches `pattern`. */
export function linkInMail(dataDir: string, to: string, pattern: RegExp): string | undefined {
  const mail = writtenMail(dataDir)
    .filter((message) => message.to === to)
    .at(-1);
  return mail?.text.match(pattern)?.[0];
}

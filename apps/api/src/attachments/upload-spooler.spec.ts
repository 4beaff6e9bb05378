import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { SpoolRefusal, spoolUpload } from './upload-spooler';

const PDF_HEAD = Buffer.from('%PDF-1.7\n');

describe('spooling an upload to disk', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-spool-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  const leftovers = () => fs.readdirSync(directory);

  it('writes every byte, hashes them and sniffs the kind', async () => {
    const body = Buffer.concat([PDF_HEAD, randomBytes(300_000)]);
    const source = new PassThrough();
    const spooled = spoolUpload(source, { directory, maxBytes: 1_000_000, accept: ['pdf'] });
    for (let offset = 0; offset < body.length; offset += 7_000) source.write(body.subarray(offset, offset + 7_000));
    source.end();
    const result = await spooled;
    expect(result).toMatchObject({ size: body.length, kind: 'pdf', sha256: createHash('sha256').update(body).digest('hex') });
    expect(fs.readFileSync(result.path).equals(body)).toBe(true);
    expect(fs.statSync(result.path).mode & 0o777).toBe(0o600);
  });

  it('stops reading as soon as the count passes the cap, and leaves no file', async () => {
    const source = new PassThrough();
    const spooled = spoolUpload(source, { directory, maxBytes: 100_000, accept: ['pdf'] });
    source.write(PDF_HEAD);
    let written = PDF_HEAD.length;
    while (written <= 150_000) {
      source.write(randomBytes(10_000));
      written += 10_000;
    }
    await expect(spooled).rejects.toMatchObject({ reason: 'too-large' });
    expect(source.isPaused()).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a kind the slot does not accept from the first bytes, whatever follows', async () => {
    const source = new PassThrough();
    const spooled = spoolUpload(source, { directory, maxBytes: 10_000_000, accept: ['pdf'] });
    source.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const refusal = await spooled.catch((error: SpoolRefusal) => error);
    expect(refusal).toBeInstanceOf(SpoolRefusal);
    expect(refusal).toMatchObject({ reason: 'type-not-allowed', detected: 'png' });
    expect(leftovers()).toEqual([]);
  });

  it('refuses plain text named anything, once the stream ends short of a signature', async () => {
    const source = new PassThrough();
    const spooled = spoolUpload(source, { directory, maxBytes: 1000, accept: ['pdf', 'docx'] });
    source.end('%PD');
    await expect(spooled).rejects.toMatchObject({ reason: 'type-not-allowed', detected: null });
    expect(leftovers()).toEqual([]);
  });

  it('refuses an empty body and an aborted one', async () => {
    const empty = new PassThrough();
    const first = spoolUpload(empty, { directory, maxBytes: 1000, accept: ['pdf'] });
    empty.end();
    await expect(first).rejects.toMatchObject({ reason: 'empty' });

    const aborted = new PassThrough();
    const second = spoolUpload(aborted, { directory, maxBytes: 1_000_000, accept: ['pdf'] });
    aborted.write(Buffer.concat([PDF_HEAD, randomBytes(1000)]));
    await new Promise((resolve) => setImmediate(resolve));
    aborted.destroy();
    await expect(second).rejects.toMatchObject({ reason: 'aborted' });

    const failing = new PassThrough();
    const third = spoolUpload(failing, { directory, maxBytes: 1_000_000, accept: ['pdf'] });
    failing.write(PDF_HEAD);
    await new Promise((resolve) => setImmediate(resolve));
    failing.destroy(new Error('socket hang up'));
    await expect(third).rejects.toThrow('socket hang up');
    expect(leftovers()).toEqual([]);
  });
});

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { type EmbeddedS3, startEmbeddedS3 } from '../src/storage/embedded-s3';
import { MinioObjectStorage } from '../src/storage/minio-object-storage';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('the storage port over the embedded S3 server', () => {
  let s3: EmbeddedS3;
  let storage: MinioObjectStorage;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'shifan-s3-'));

  beforeAll(async () => {
    s3 = await startEmbeddedS3(directory);
    storage = new MinioObjectStorage({ ...s3, bucket: 'shifan-test', region: 'us-east-1' });
    await storage.ensureBucket('us-east-1');
    await storage.ensureBucket('us-east-1');
  });

  afterAll(() => s3.close());

  it('stores, reads back, describes and removes an object with a Chinese key and metadata', async () => {
    const body = Buffer.from('武汉市智能制造试点示范申报书', 'utf8');
    const key = '附件/2026/营业执照 副本.txt';
    await storage.put(key, body, body.length, 'text/plain; charset=utf-8', { sha256: createHash('sha256').update(body).digest('hex') });
    expect((await readAll(await storage.get(key))).toString('utf8')).toBe('武汉市智能制造试点示范申报书');
    const info = await storage.stat(key);
    expect(info).toMatchObject({ size: body.length, contentType: 'text/plain; charset=utf-8' });
    expect(info?.metadata.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    await storage.remove(key);
    expect(await storage.stat(key)).toBeNull();
  });

  it('streams a 12 MB upload of known size and keeps every byte', async () => {
    const body = randomBytes(12 * 1024 * 1024);
    await storage.put('large.bin', Readable.from([body.subarray(0, 5_000_000), body.subarray(5_000_000)]), body.length, 'application/octet-stream');
    const back = await readAll(await storage.get('large.bin'));
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it('keeps objects on disk under the data folder', () => {
    expect(fs.readdirSync(directory)).toContain('shifan-test');
  });

  it('refuses a client that signs with the wrong secret', async () => {
    const intruder = new MinioObjectStorage({ ...s3, secretKey: 'not-the-secret', bucket: 'shifan-test', region: 'us-east-1' });
    await expect(intruder.put('x.txt', Buffer.from('x'), 1, 'text/plain')).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
    await expect(intruder.ping()).rejects.toBeDefined();
  });
});

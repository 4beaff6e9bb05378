import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Client, CopyDestinationOptions, CopySourceOptions } from 'minio';
import { ObjectStorage, type PutFileOptions, type StoredObjectInfo, type StoredObjectSummary } from './object-storage';

export interface S3Endpoint {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
}

/** Objects up to 5 GiB go up in one PUT (no multipart), which every S3 server here understands. */
const SINGLE_PUT_PART_SIZE = 5 * 1024 ** 3;

export class MinioObjectStorage extends ObjectStorage {
  readonly bucket: string;
  private readonly region: string;
  private readonly client: Client;

  constructor(settings: S3Endpoint) {
    super();
    const url = new URL(settings.endpoint);
    const useSSL = url.protocol === 'https:';
    this.bucket = settings.bucket;
    this.region = settings.region;
    this.client = new Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : useSSL ? 443 : 80,
      useSSL,
      accessKey: settings.accessKey,
      secretKey: settings.secretKey,
      region: settings.region,
      pathStyle: true,
      partSize: SINGLE_PUT_PART_SIZE,
    });
  }

  /** Creates the bucket when it is missing (idempotent). */
  async ensureBucket(region: string): Promise<void> {
    if (!(await this.client.bucketExists(this.bucket))) await this.client.makeBucket(this.bucket, region);
  }

  async put(key: string, body: Buffer | Readable, size: number, contentType: string, metadata: Record<string, string> = {}): Promise<{ etag: string }> {
    const result = await this.client.putObject(this.bucket, key, body, size, { 'Content-Type': contentType, ...prefixMeta(metadata) });
    return { etag: result.etag };
  }

  /**
   * One signed PUT whose body is the file streamed from disk. The minio client's `putObject` reads a stream whole
   * into memory before a single PUT, so this goes one level down to its signed streaming request: over plain HTTP the
   * payload's SHA-256 is part of the signature (the server checks what arrived), over HTTPS it is UNSIGNED-PAYLOAD.
   */
  async putFile(key: string, filePath: string, options: PutFileOptions): Promise<{ etag: string }> {
    const body = fs.createReadStream(filePath);
    try {
      const headers = { 'Content-Length': options.size, 'Content-Type': options.contentType, ...prefixMeta(options.metadata ?? {}) };
      const response = await this.client.makeRequestStreamAsync(
        { method: 'PUT', bucketName: this.bucket, objectName: key, headers },
        body,
        this.client.enableSHA256 ? options.sha256 : '',
        [200],
        this.region,
      );
      response.resume();
      await finished(response);
      return { etag: String(response.headers.etag ?? '').replace(/^"|"$/g, '') };
    } finally {
      body.destroy();
    }
  }

  async copy(sourceKey: string, targetKey: string): Promise<void> {
    await this.client.copyObject(new CopySourceOptions({ Bucket: this.bucket, Object: sourceKey }), new CopyDestinationOptions({ Bucket: this.bucket, Object: targetKey }));
  }

  get(key: string): Promise<Readable> {
    return this.client.getObject(this.bucket, key);
  }

  async *list(prefix: string): AsyncIterable<StoredObjectSummary> {
    for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
      if (item.name) yield { key: item.name, size: item.size, lastModified: item.lastModified };
    }
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const info = await this.client.statObject(this.bucket, key);
      const meta = info.metaData as Record<string, string>;
      const metadata: Record<string, string> = {};
      for (const [name, value] of Object.entries(meta)) if (name !== 'content-type') metadata[name] = value;
      return { size: info.size, etag: info.etag, contentType: meta['content-type'] ?? 'application/octet-stream', metadata };
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFound' || (error as { code?: string }).code === 'NoSuchKey') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.removeObject(this.bucket, key);
  }

  async removeMany(keys: string[]): Promise<void> {
    if (!keys.length) return;
    // The client answers the server's <Error> entries (quiet mode lists only failures).
    const failures = (await this.client.removeObjects(this.bucket, keys)).filter((result) => result);
    if (failures.length) throw new Error(`could not remove ${failures.length} object(s): ${JSON.stringify(failures.slice(0, 5))}`);
  }

  async ping(): Promise<void> {
    if (!(await this.client.bucketExists(this.bucket))) throw new Error(`bucket ${this.bucket} does not exist`);
  }
}

function prefixMeta(metadata: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(metadata)) out[`X-Amz-Meta-${name}`] = value;
  return out;
}

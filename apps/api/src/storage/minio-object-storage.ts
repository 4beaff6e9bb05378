import type { Readable } from 'node:stream';
import { Client } from 'minio';
import { ObjectStorage, type StoredObjectInfo } from './object-storage';

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
  private readonly client: Client;

  constructor(settings: S3Endpoint) {
    super();
    const url = new URL(settings.endpoint);
    const useSSL = url.protocol === 'https:';
    this.bucket = settings.bucket;
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

  get(key: string): Promise<Readable> {
    return this.client.getObject(this.bucket, key);
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

  async ping(): Promise<void> {
    if (!(await this.client.bucketExists(this.bucket))) throw new Error(`bucket ${this.bucket} does not exist`);
  }
}

function prefixMeta(metadata: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(metadata)) out[`X-Amz-Meta-${name}`] = value;
  return out;
}

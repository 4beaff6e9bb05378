import type { Readable } from 'node:stream';

export interface StoredObjectInfo {
  size: number;
  contentType: string;
  etag: string;
  metadata: Record<string, string>;
}

/**
 * The storage port. The application only ever talks to this; the one adapter speaks S3 through the minio client,
 * whether the endpoint is MinIO, another S3 service or the embedded loopback server.
 */
export abstract class ObjectStorage {
  abstract readonly bucket: string;
  /** Stores an object. The size is required: the loopback S3 server has no multipart upload. */
  abstract put(key: string, body: Buffer | Readable, size: number, contentType: string, metadata?: Record<string, string>): Promise<{ etag: string }>;
  abstract get(key: string): Promise<Readable>;
  /** Object facts, or null when there is no such object. */
  abstract stat(key: string): Promise<StoredObjectInfo | null>;
  abstract remove(key: string): Promise<void>;
  /** Throws unless the bucket answers. */
  abstract ping(): Promise<void>;
}

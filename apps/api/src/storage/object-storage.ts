import type { Readable } from 'node:stream';

export interface StoredObjectInfo {
  size: number;
  contentType: string;
  etag: string;
  metadata: Record<string, string>;
}

/** One entry of a listing. */
export interface StoredObjectSummary {
  key: string;
  size: number;
  lastModified: Date;
}

export interface PutFileOptions {
  size: number;
  contentType: string;
  /** Hex SHA-256 of the file; over plain HTTP it is signed as the payload hash, which S3 and MinIO check on arrival. */
  sha256: string;
  metadata?: Record<string, string>;
}

/**
 * The storage port. The application only ever talks to this; the one adapter speaks S3 through the minio client,
 * whether the endpoint is MinIO, another S3 service or the embedded loopback server.
 */
export abstract class ObjectStorage {
  abstract readonly bucket: string;
  /** Stores an object. The size is required: the loopback S3 server has no multipart upload. */
  abstract put(key: string, body: Buffer | Readable, size: number, contentType: string, metadata?: Record<string, string>): Promise<{ etag: string }>;
  /**
   * Streams a file on local disk into one object with a single PUT of known size: never more than a stream buffer
   * of it in memory (the client's own `put` reads a stream whole before a single PUT).
   */
  abstract putFile(key: string, filePath: string, options: PutFileOptions): Promise<{ etag: string }>;
  /** Server-side copy within the bucket (content type and metadata are kept). */
  abstract copy(sourceKey: string, targetKey: string): Promise<void>;
  abstract get(key: string): Promise<Readable>;
  /** Every object whose key starts with `prefix`, in key order, fetched page by page. */
  abstract list(prefix: string): AsyncIterable<StoredObjectSummary>;
  /** Object facts, or null when there is no such object. */
  abstract stat(key: string): Promise<StoredObjectInfo | null>;
  abstract remove(key: string): Promise<void>;
  /** Removes several objects (missing ones are not an error); throws naming the keys the server refused. */
  abstract removeMany(keys: string[]): Promise<void>;
  /** Throws unless the bucket answers. */
  abstract ping(): Promise<void>;
}

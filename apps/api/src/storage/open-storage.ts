import type { AppConfig } from '../config/app-config';
import { startEmbeddedS3 } from './embedded-s3';
import { MinioObjectStorage } from './minio-object-storage';

/**
 * The object storage for a command-line tool: the configured S3 service, or the embedded server started on
 * DATA_DIR/objects (as `npm start` does). `close` stops the embedded server.
 */
export async function openStorage(config: AppConfig): Promise<{ storage: MinioObjectStorage; close(): Promise<void> }> {
  if (config.storage.kind === 's3') {
    const storage = new MinioObjectStorage(config.storage);
    await storage.ensureBucket(config.storage.region);
    return { storage, close: async () => undefined };
  }
  const embedded = await startEmbeddedS3(config.storage.directory);
  const storage = new MinioObjectStorage({ ...embedded, bucket: config.storage.bucket, region: config.storage.region });
  await storage.ensureBucket(config.storage.region);
  return { storage, close: () => embedded.close() };
}

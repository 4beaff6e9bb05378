import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';

/**
 * The embedded S3 server for `npm start` and the tests: @20minutes/s3rver on loopback, objects on disk under
 * DATA_DIR/objects. It checks SigV4 signatures, and we give it a fresh random key pair at every start, so only
 * this process can talk to it. The application reaches it through the same minio client as any S3 service.
 */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;
interface AwsAccountModule {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secret: string): void; revokeAccessKey(accessKeyId: string): void };
}

export interface EmbeddedS3 {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
}

export async function startEmbeddedS3(directory: string): Promise<EmbeddedS3> {
  fs.mkdirSync(directory, { recursive: true });
  // The package ships CommonJS without types.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rver = require('@20minutes/s3rver') as S3rverConstructor;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const accounts = require('@20minutes/s3rver/lib/models/account') as AwsAccountModule;
  const accessKey = `SHIFAN${randomBytes(6).toString('hex').toUpperCase()}`;
  const secretKey = randomBytes(24).toString('base64url');
  accounts.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
  accounts.DUMMY_ACCOUNT.createKeyPair(accessKey, secretKey);

  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, allowMismatchedSignatures: false });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKey,
    secretKey,
    close: async () => {
      await server.close();
      accounts.DUMMY_ACCOUNT.revokeAccessKey(accessKey);
    },
  };
}

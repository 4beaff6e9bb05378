import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig } from './config/app-config';
import { JsonLogger } from './common/logging/json-logger';
import { StartupError } from './common/startup-error';
import { connectDatabase, migrate, pendingSchemaChanges } from './database/connect';
import { CheckpointSigner, resolveCheckpointKey, writeCheckpoint } from './audit/audit-checkpoint';
import { describeReport, verifyAuditTrail } from './audit/audit-verify';
import { backup, BackupError, restore } from './backup/backup';
import { openStorage } from './storage/open-storage';

/**
 * Database commands: `node apps/api/dist/cli.js migrate | revert | drift`.
 *  - migrate: apply pending migrations (also done at every start unless DB_MIGRATE_ON_START=false);
 *  - revert:  undo the last migration;
 *  - drift:   print the SQL the entities would still need after all migrations; exits 1 if there is any;
 *  - audit-verify: walk the audit hash chain and hold it against the signed checkpoints in S3; exits 1 naming the
 *    first broken link or the failing checkpoint;
 *  - audit-checkpoint: write a signed checkpoint of the audit head to S3 now (the API does so every
 *    AUDIT_CHECKPOINT_INTERVAL_SECONDS);
 *  - backup <folder>: the database (one JSON-lines file per table, from one snapshot), every object of the bucket and a
 *    manifest with row counts and SHA-256s (backup/backup.ts);
 *  - restore <folder> [--force]: onto an empty database and bucket, after checking every SHA-256.
 */
async function run(command: string | undefined, args: string[]): Promise<number> {
  const config = loadConfig();
  const logger = new JsonLogger(config.log.level);
  const dataSource = await connectDatabase(config.db, logger);
  try {
    switch (command) {
      case 'migrate': {
        const ran = await migrate(dataSource);
        process.stdout.write(ran.length ? `Applied: ${ran.join(', ')}\n` : 'The database is up to date.\n');
        return 0;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        process.stdout.write('Reverted the last migration.\n');
        return 0;
      case 'drift': {
        await migrate(dataSource);
        const pending = await pendingSchemaChanges(dataSource);
        if (!pending.length) {
          process.stdout.write('No drift: the migrations match the entities.\n');
          return 0;
        }
        process.stdout.write(`Drift: the entities need ${pending.length} more statement(s):\n${pending.join(';\n')};\n`);
        return 1;
      }
      case 'audit-verify': {
        const { storage, close } = await openStorage(config);
        try {
          const report = await verifyAuditTrail(dataSource, { storage, signer: new CheckpointSigner(resolveCheckpointKey(config)) });
          process.stdout.write(`${describeReport(report)}\n`);
          return report.ok ? 0 : 1;
        } finally {
          await close();
        }
      }
      case 'audit-checkpoint': {
        const { storage, close } = await openStorage(config);
        try {
          const written = await writeCheckpoint(dataSource, storage, new CheckpointSigner(resolveCheckpointKey(config)), new Date());
          process.stdout.write(written ? `Checkpoint written: record ${written.seq} (${written.hash}).\n` : 'No new checkpoint: the audit head has not moved since the last one.\n');
          return 0;
        } finally {
          await close();
        }
      }
      case 'backup':
      case 'restore': {
        const folder = args.find((arg) => !arg.startsWith('--'));
        if (!folder) {
          process.stderr.write(`Usage: cli.js ${command} <folder>${command === 'restore' ? ' [--force]' : ''}\n`);
          return 2;
        }
        const { storage, close } = await openStorage(config);
        try {
          if (command === 'backup') {
            const report = await backup(dataSource, storage, path.resolve(folder));
            process.stdout.write(`Backup written to ${report.folder}: ${report.tables} tables, ${report.rows} rows, ${report.objects} objects (${report.bytes} bytes).\n`);
          } else {
            const report = await restore(dataSource, storage, path.resolve(folder), { force: args.includes('--force') });
            process.stdout.write(`Restored ${report.tables} tables (${report.rows} rows) and ${report.objects} objects from ${path.resolve(folder)}; every SHA-256 matched the manifest.\n`);
          }
          return 0;
        } catch (error) {
          if (error instanceof BackupError) {
            process.stderr.write(`${error.message}\n`);
            return 1;
          }
          throw error;
        } finally {
          await close();
        }
      }
      default:
        process.stderr.write('Usage: cli.js migrate | revert | drift | audit-verify | audit-checkpoint | backup <folder> | restore <folder> [--force]\n');
        return 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError || error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

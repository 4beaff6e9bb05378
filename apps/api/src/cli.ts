import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { JsonLogger } from './common/logging/json-logger';
import { StartupError } from './common/startup-error';
import { connectDatabase, migrate, pendingSchemaChanges } from './database/connect';
import { CheckpointSigner, resolveCheckpointKey, writeCheckpoint } from './audit/audit-checkpoint';
import { describeReport, verifyAuditTrail } from './audit/audit-verify';
import { openStorage } from './storage/open-storage';

/**
 * Database commands: `node apps/api/dist/cli.js migrate | revert | drift`.
 *  - migrate: apply pending migrations (also done at every start unless DB_MIGRATE_ON_START=false);
 *  - revert:  undo the last migration;
 *  - drift:   print the SQL the entities would still need after all migrations; exits 1 if there is any;
 *  - audit-verify: walk the audit hash chain and hold it against the signed checkpoints in S3; exits 1 naming the
 *    first broken link or the failing checkpoint;
 *  - audit-checkpoint: write a signed checkpoint of the audit head to S3 now (the API does so every
 *    AUDIT_CHECKPOINT_INTERVAL_SECONDS).
 */
async function run(command: string | undefined): Promise<number> {
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
      default:
        process.stderr.write('Usage: cli.js migrate | revert | drift | audit-verify | audit-checkpoint | backup <folder> | restore <folder> [--force]\n');
        return 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

run(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError || error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

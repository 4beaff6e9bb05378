import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { JsonLogger } from './common/logging/json-logger';
import { StartupError } from './common/startup-error';
import { connectDatabase, migrate, pendingSchemaChanges } from './database/connect';
import { ChainVerifier } from './audit/audit-chain';
import { AuditRepository } from './audit/audit.repository';

/**
 * Database commands: `node apps/api/dist/cli.js migrate | revert | drift`.
 *  - migrate: apply pending migrations (also done at every start unless DB_MIGRATE_ON_START=false);
 *  - revert:  undo the last migration;
 *  - drift:   print the SQL the entities would still need after all migrations; exits 1 if there is any;
 *  - audit-verify: walk the audit hash chain; exits 1 naming the first broken link.
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
        const verifier = new ChainVerifier();
        const repository = new AuditRepository(dataSource);
        let broken = null;
        for await (const batch of repository.chain()) {
          for (const record of batch) {
            broken = verifier.accept(record);
            if (broken) break;
          }
          if (broken) break;
        }
        broken ??= verifier.finish(await repository.head());
        if (broken) {
          process.stdout.write(`Audit chain BROKEN at record ${broken.seq} (${broken.reason}); ${verifier.checked} record(s) before it are intact.\n`);
          return 1;
        }
        process.stdout.write(`Audit chain intact: ${verifier.checked} record(s) verified.\n`);
        return 0;
      }
      default:
        process.stderr.write('Usage: cli.js migrate | revert | drift | audit-verify\n');
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

import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { JsonLogger } from './common/logging/json-logger';
import { StartupError } from './common/startup-error';
import { connectDatabase, migrate, pendingSchemaChanges } from './database/connect';

/**
 * Database commands: `node apps/api/dist/cli.js migrate | revert | drift`.
 *  - migrate: apply pending migrations (also done at every start unless DB_MIGRATE_ON_START=false);
 *  - revert:  undo the last migration;
 *  - drift:   print the SQL the entities would still need after all migrations; exits 1 if there is any.
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
      default:
        process.stderr.write('Usage: cli.js migrate | revert | drift\n');
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

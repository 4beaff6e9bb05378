import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { StartupError } from './common/startup-error';
import { startServer } from './bootstrap';

/** `npm start`: one process serving the API under /api, the enterprise app at / and the reviewer app at /review/. */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  const lines = [
    '',
    '  示范 Shifan is running',
    `  Enterprise portal:            ${server.url}/   企业申报`,
    `  Review and administration:    ${server.url}/review/`,
    `  API documentation:            ${server.url}/api/docs`,
    `  Health:                       ${server.url}/api/health`,
    `  Database: ${config.db.kind === 'mysql' ? `MySQL ${config.db.host}:${config.db.port}/${config.db.database}` : `embedded SQLite ${config.db.file}`}`,
    `  Storage:  ${config.storage.kind === 's3' ? `S3 ${config.storage.endpoint} bucket ${config.storage.bucket}` : `embedded S3 server, objects in ${config.storage.directory}`}`,
  ];
  if (server.demoLogins.length) {
    lines.push('', '  Demo logins (演示账号): enterprises sign in at /, staff and experts at /review/');
    for (const login of server.demoLogins) lines.push(`    ${login.role.padEnd(18)} ${login.username.padEnd(22)} ${login.password}${login.unit ? `  （推荐单位 ${login.unit}）` : ''}`);
    lines.push('    (the demo expert pool also signs in as expert02 … expert09, same password; see README "The review pipeline")');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const stop = async (signal: string) => {
    process.stdout.write(`Received ${signal}, shutting down\n`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});

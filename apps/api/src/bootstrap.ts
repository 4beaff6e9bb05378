import path from 'node:path';
import { DiscoveryService, MetadataScanner, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { recommendingUnitNameZh, resolveLocale } from '@shifan/domain';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { SECURE_COOKIES_SETTING } from './auth/cookies';
import { type MailPort } from './auth/mail.port';
import { createMailer } from './mail/mailers';
import { type Clock, OffsetClock, SystemClock } from './common/clock';
import { RETRY_AFTER_SETTING } from './common/errors/unavailable';
import { JsonLogger } from './common/logging/json-logger';
import { requestContext, requestIdFrom } from './common/logging/request-context';
import { buildOpenApiDocument, collectEndpoints } from './common/http/openapi';
import { isBuilt, serveSpa, type WebApp } from './common/http/web-static';
import { StartupError } from './common/startup-error';
import { type AppConfig, repositoryRoot } from './config/app-config';
import { connectDatabase, migrate } from './database/connect';
import { armQueryTimeout } from './database/mysql-session';
import { assertNoDemoPasswords } from './seeds/demo-password-check';
import { demoSeedApplied, readDemoAccounts, runSeeds } from './seeds/seed-runner';
import { type EmbeddedS3, startEmbeddedS3 } from './storage/embedded-s3';
import { MinioObjectStorage } from './storage/minio-object-storage';

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  /** Demo logins to print, when the demo seed is loaded. */
  demoLogins: { username: string; role: string; password: string; unit?: string }[];
  /** Stops the embedded S3 server (tests use it to see the health check fail); undefined with an external S3. */
  stopEmbeddedStorage?: () => Promise<void>;
  close(): Promise<void>;
}

const VERSION = '0.1.0';

/**
 * Opens the database (with bounded retry) and applies migrations, starts or reaches the object storage, loads
 * the seeds that have not run, then starts Nest on HOST:PORT serving the API under /api and the two front ends.
 */
export interface ServerOptions {
  logger?: JsonLogger;
  /** The time source (tests pass a ManualClock to move past time-outs). */
  clock?: Clock;
  /** Where outgoing mail goes; by default SMTP_URL's server, or .eml files under DATA_DIR/mail. */
  mail?: MailPort;
}

export async function startServer(config: AppConfig, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? new JsonLogger(config.log.level);
  const clock = options.clock ?? (config.clockOffsetDays ? new OffsetClock(config.clockOffsetDays) : new SystemClock());
  if (config.clockOffsetDays) logger.event('warn', 'clock', 'training clock: the server runs shifted by CLOCK_OFFSET_DAYS', { days: config.clockOffsetDays, now: clock.now().toISOString() });
  const mail = options.mail ?? createMailer(config, logger);
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch(() => undefined);
  };
  try {
    const dataSource = await connectDatabase(config.db, logger);
    cleanups.push(() => dataSource.destroy());
    if (config.db.migrateOnStart) {
      const ran = await migrate(dataSource);
      logger.event('info', 'database', 'migrations applied', { count: ran.length, migrations: ran });
    }

    let embedded: EmbeddedS3 | undefined;
    let stopEmbedded: (() => Promise<void>) | undefined;
    if (config.storage.kind === 'embedded') {
      embedded = await startEmbeddedS3(config.storage.directory);
      let stopped = false;
      const server = embedded;
      stopEmbedded = async () => {
        if (stopped) return;
        stopped = true;
        await server.close();
      };
      cleanups.push(stopEmbedded);
      logger.event('info', 'storage', 'embedded S3 server started', { endpoint: embedded.endpoint, directory: config.storage.directory });
    }
    const s3 = embedded
      ? { endpoint: embedded.endpoint, accessKey: embedded.accessKey, secretKey: embedded.secretKey, bucket: config.storage.bucket, region: config.storage.region }
      : (config.storage as Extract<AppConfig['storage'], { kind: 's3' }>);
    const storage = new MinioObjectStorage(s3);
    try {
      await storage.ensureBucket(s3.region);
    } catch (error) {
      throw new StartupError(`Object storage unreachable: ${new URL(s3.endpoint).host} bucket ${s3.bucket} (${(error as Error).message.split('\n')[0]})`);
    }

    const seedsDir = path.join(repositoryRoot(), 'seeds');
    const seeded = await runSeeds(dataSource, { seedsDir, demo: config.seed.demo, now: clock.now() });
    if (seeded.length) logger.event('info', 'seeds', 'seed sets applied', { sets: seeded });
    if (config.env === 'production') await assertNoDemoPasswords(dataSource, seedsDir);
    // From here on a query that gets no answer within DB_QUERY_TIMEOUT_MS fails (503), instead of holding the request.
    armQueryTimeout(dataSource);

    const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, dataSource, storage, logger, clock, mail }), {
      logger,
      bodyParser: false,
      abortOnError: false,
    });
    cleanups.push(() => app.close());
    configureHttp(app, config, logger);

    const contracts = collectEndpoints(app.get(DiscoveryService), app.get(MetadataScanner));
    const document = buildOpenApiDocument(contracts, VERSION);
    SwaggerModule.setup('api/docs', app, document as never, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'Shifan 示范 API' });

    if (config.web.serve) {
      const webApps: WebApp[] = [
        { mount: '/review', distDir: path.join(config.web.distDir, 'reviewer', 'dist') },
        { mount: '/', distDir: path.join(config.web.distDir, 'enterprise', 'dist') },
      ];
      for (const web of webApps) {
        if (isBuilt(web)) app.use(web.mount, ...serveSpa(web));
        else logger.event('warn', 'web', 'front end not built; run npm run build', { mount: web.mount, distDir: web.distDir });
      }
    }

    // Uploads of up to the slot's cap (50 MB by default) over a slow line must not hit Node's 5-minute default.
    const httpServer = app.getHttpServer() as import('node:http').Server;
    httpServer.requestTimeout = 60 * 60_000;
    await app.listen(config.http.port, config.http.host);
    const address = app.getHttpServer().address() as { port: number };
    const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
    const url = `http://${host}:${address.port}`;

    const demoLogins = (await demoSeedApplied(dataSource))
      ? (() => {
          const demo = readDemoAccounts(seedsDir);
          // A recommending-unit officer's line also names the unit (洪山区, 东湖高新区).
          return demo.accounts.map((account) => ({ username: account.username, role: account.role, password: demo.password, unit: account.recommendingUnitCode ? recommendingUnitNameZh(account.recommendingUnitCode) : undefined }));
        })()
      : [];
    return { app, url, config, dataSource, demoLogins, stopEmbeddedStorage: stopEmbedded, close: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

function configureHttp(app: NestExpressApplication, config: AppConfig, logger: JsonLogger): void {
  app.disable('x-powered-by');
  // Whose X-Forwarded-For/-Proto/-Host are believed (TRUST_PROXY): req.ip, req.secure and req.host follow it, so
  // rate limits and audit records see the client's address as the trusted proxy reports it, never a spoofed header.
  app.set('trust proxy', config.http.trustProxy.length ? config.http.trustProxy : false);
  app.set(SECURE_COOKIES_SETTING, config.http.alwaysSecureCookies);
  app.set(RETRY_AFTER_SETTING, config.http.retryAfterSeconds);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use((req: import('express').Request, res: import('express').Response, next: import('express').NextFunction) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (!req.originalUrl.startsWith('/api')) return;
      logger.event('info', 'http', 'request', {
        requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });
    requestContext.run({ requestId, locale: resolveLocale(req.headers['accept-language']), address: req.ip ?? null }, next);
  });
  app.useBodyParser('json', { limit: config.http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.http.bodyLimit, extended: false });
  if (config.http.corsOrigins.length) app.enableCors({ origin: config.http.corsOrigins, credentials: true });
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
}

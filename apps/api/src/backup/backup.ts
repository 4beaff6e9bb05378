import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { DataSource, EntityMetadata, QueryRunner } from 'typeorm';
import type { ObjectStorage } from '../storage/object-storage';
import { migrate } from '../database/connect';

/**
 * `npm run backup` and `npm run restore`: a portable copy of everything the portal keeps.
 *
 * A backup is a folder:
 *   manifest.json          format, created_at, the migrations applied, every table (rows, file, SHA-256) in
 *                          dependency order, every object of the bucket (key, size, SHA-256, content type, metadata);
 *   db/<table>.jsonl       one JSON object per row, as the database returned it (dates as {"$date": ISO}, bytes as
 *                          {"$base64": …}, parsed JSON as {"$json": text}), ordered by primary key; read in ONE consistent snapshot of the database;
 *   objects/<sha256>       each object's bytes, named by their SHA-256.
 * The database is dumped first, then the objects are listed: objects are written before the rows that name them, so
 * every row's object is in the copy.
 *
 * A restore goes onto an EMPTY database and bucket (refused otherwise, unless forced): it checks every file's SHA-256
 * against the manifest before writing anything, refuses a backup taken at another schema version, applies the
 * migrations, puts the objects, then replaces every table's rows in one transaction.
 */

export const BACKUP_FORMAT = 'shifan-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: 'sqlite' | 'mysql';
  migrations: string[];
  tables: { name: string; rows: number; file: string; sha256: string }[];
  objects: { key: string; size: number; sha256: string; contentType: string; metadata: Record<string, string>; file: string }[];
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const BATCH = 500;
/** Tables the portal fills as soon as it is used (seeds, accounts, the audit trail): any row there means "not empty". */
const IN_USE_TABLES = ['seed_run', 'account', 'enterprise', 'audit_log', 'application'];

const isSqlite = (dataSource: DataSource) => dataSource.options.type === 'better-sqlite3';

/** Every table of the schema, parents before children (by foreign keys), ties in name order. */
export function tablesInDependencyOrder(dataSource: DataSource): EntityMetadata[] {
  const tables = [...dataSource.entityMetadatas].filter((meta) => meta.tableType !== 'view').sort((a, b) => a.tableName.localeCompare(b.tableName));
  const ordered: EntityMetadata[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (meta: EntityMetadata) => {
    if (placed.has(meta.tableName) || visiting.has(meta.tableName)) return;
    visiting.add(meta.tableName);
    for (const key of meta.foreignKeys) if (key.referencedEntityMetadata.tableName !== meta.tableName) visit(key.referencedEntityMetadata);
    visiting.delete(meta.tableName);
    placed.add(meta.tableName);
    ordered.push(meta);
  };
  tables.forEach(visit);
  return ordered;
}

function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  // MySQL 8 hands JSON columns back parsed; keep the text (MariaDB and SQLite return it as text anyway).
  if (value !== null && typeof value === 'object') return { $json: JSON.stringify(value) };
  return value;
}

function decodeValue(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $date?: string; $base64?: string; $json?: string };
    if (typeof tagged.$date === 'string') return new Date(tagged.$date);
    if (typeof tagged.$json === 'string') return tagged.$json;
    if (typeof tagged.$base64 === 'string') return Buffer.from(tagged.$base64, 'base64');
  }
  return value;
}

async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Runs `work` in one read snapshot: REPEATABLE READ WITH CONSISTENT SNAPSHOT on MySQL/MariaDB, a read transaction on SQLite. */
async function inReadSnapshot<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (isSqlite(dataSource)) await runner.query('BEGIN');
    else {
      await runner.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT');
    }
    try {
      return await work(runner);
    } finally {
      await runner.query('COMMIT');
    }
  } finally {
    await runner.release();
  }
}

async function appliedMigrations(runner: QueryRunner, dataSource: DataSource): Promise<string[]> {
  const table = dataSource.driver.escape(dataSource.options.migrationsTableName ?? 'migrations');
  const rows = (await runner.query(`SELECT name FROM ${table} ORDER BY id`)) as { name: string }[];
  return rows.map((row) => row.name);
}

export interface BackupReport {
  folder: string;
  tables: number;
  rows: number;
  objects: number;
  bytes: number;
}

/** Writes a backup of the database and the bucket into `folder` (created; it must not exist or be empty). */
export async function backup(dataSource: DataSource, storage: ObjectStorage, folder: string, now: Date = new Date()): Promise<BackupReport> {
  if (fs.existsSync(folder) && fs.readdirSync(folder).length) throw new BackupError(`Backup folder ${folder} is not empty.`);
  fs.mkdirSync(path.join(folder, 'db'), { recursive: true });
  fs.mkdirSync(path.join(folder, 'objects'), { recursive: true });
  const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: now.toISOString(), database: isSqlite(dataSource) ? 'sqlite' : 'mysql', migrations: [], tables: [], objects: [] };

  await inReadSnapshot(dataSource, async (runner) => {
    manifest.migrations = await appliedMigrations(runner, dataSource);
    for (const meta of tablesInDependencyOrder(dataSource)) {
      const file = `db/${meta.tableName}.jsonl`;
      const out = fs.createWriteStream(path.join(folder, file));
      const hash = createHash('sha256');
      const write = (line: string) =>
        new Promise<void>((resolve, reject) => {
          hash.update(line, 'utf8');
          out.write(line, (error) => (error ? reject(error) : resolve()));
        });
      const order = meta.primaryColumns.map((column) => dataSource.driver.escape(column.databaseName)).join(', ');
      let rows = 0;
      for (let offset = 0; ; offset += BATCH) {
        const batch = (await runner.query(`SELECT * FROM ${dataSource.driver.escape(meta.tableName)} ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`)) as Record<string, unknown>[];
        for (const row of batch) {
          const encoded: Record<string, unknown> = {};
          for (const [column, value] of Object.entries(row)) encoded[column] = encodeValue(value);
          await write(`${JSON.stringify(encoded)}\n`);
        }
        rows += batch.length;
        if (batch.length < BATCH) break;
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      manifest.tables.push({ name: meta.tableName, rows, file, sha256: hash.digest('hex') });
    }
  });

  let bytes = 0;
  for await (const object of storage.list('')) {
    const info = await storage.stat(object.key);
    if (!info) continue; // removed since the listing (a temporary upload)
    const partial = path.join(folder, 'objects', `partial-${manifest.objects.length}`);
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(
      await storage.get(object.key),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      }),
      fs.createWriteStream(partial),
    );
    const sha256 = hash.digest('hex');
    const file = `objects/${sha256}`;
    fs.renameSync(partial, path.join(folder, file));
    manifest.objects.push({ key: object.key, size, sha256, contentType: info.contentType, metadata: info.metadata, file });
    bytes += size;
  }

  fs.writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { folder, tables: manifest.tables.length, rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0), objects: manifest.objects.length, bytes };
}

function readManifest(folder: string): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new BackupError(`No readable manifest.json in ${folder} (${(error as Error).message}).`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`Unknown backup format ${String(manifest.format)} (expected ${BACKUP_FORMAT}).`);
  return manifest;
}

/** Checks every file of a backup against its manifest; throws naming the first that differs. */
export async function verifyBackup(folder: string): Promise<BackupManifest> {
  const manifest = readManifest(folder);
  const inside = (file: string) => {
    const full = path.resolve(folder, file);
    if (!full.startsWith(path.resolve(folder) + path.sep)) throw new BackupError(`Backup manifest names a file outside the backup: ${file}`);
    return full;
  };
  for (const table of manifest.tables) {
    const actual = await sha256File(inside(table.file)).catch(() => null);
    if (!actual || actual.sha256 !== table.sha256) throw new BackupError(`Backup corrupted: table ${table.name} (${table.file}) does not match its SHA-256 in the manifest.`);
  }
  for (const object of manifest.objects) {
    const actual = await sha256File(inside(object.file)).catch(() => null);
    if (!actual || actual.sha256 !== object.sha256 || actual.size !== object.size) {
      throw new BackupError(`Backup corrupted: object ${object.key} (${object.file}) does not match its SHA-256 or size in the manifest.`);
    }
  }
  return manifest;
}

async function countRows(dataSource: DataSource, table: string): Promise<number> {
  try {
    return Number(((await dataSource.query(`SELECT COUNT(*) AS n FROM ${dataSource.driver.escape(table)}`)) as { n: number | string }[])[0].n);
  } catch {
    return 0; // no such table yet: an empty database
  }
}

export interface RestoreReport {
  tables: number;
  rows: number;
  objects: number;
}

/**
 * Restores a backup onto an empty database and bucket. `force` restores over existing data: every table's rows and
 * every object of the bucket are replaced.
 */
export async function restore(dataSource: DataSource, storage: ObjectStorage, folder: string, options: { force?: boolean } = {}): Promise<RestoreReport> {
  const manifest = await verifyBackup(folder);

  const code = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  if (JSON.stringify(code) !== JSON.stringify(manifest.migrations)) {
    throw new BackupError(`The backup was taken at another schema version (${manifest.migrations.length} migrations, last ${manifest.migrations.at(-1) ?? 'none'}); this build has ${code.length} (last ${code.at(-1) ?? 'none'}). Restore it with the matching version.`);
  }
  if (manifest.database !== (isSqlite(dataSource) ? 'sqlite' : 'mysql')) {
    throw new BackupError(`The backup is of a ${manifest.database} database; restore it onto the same kind of database.`);
  }

  const existingObjects: string[] = [];
  for await (const object of storage.list('')) existingObjects.push(object.key);
  if (!options.force) {
    for (const table of IN_USE_TABLES) {
      if ((await countRows(dataSource, table)) > 0) throw new BackupError(`The database is not empty (table ${table} has rows); restore onto an empty database, or pass --force to replace its data.`);
    }
    if (existingObjects.length) throw new BackupError(`The bucket ${storage.bucket} is not empty (${existingObjects.length} object(s)); restore onto an empty bucket, or pass --force to replace its objects.`);
  }

  await migrate(dataSource);
  const tables = tablesInDependencyOrder(dataSource);
  const known = new Set(tables.map((meta) => meta.tableName));
  for (const table of manifest.tables) if (!known.has(table.name)) throw new BackupError(`The backup has a table this build does not know: ${table.name}`);

  // Objects first: a row is never without its object.
  if (existingObjects.length) await storage.removeMany(existingObjects);
  for (const object of manifest.objects) {
    await storage.putFile(object.key, path.join(folder, object.file), { size: object.size, contentType: object.contentType, sha256: object.sha256, metadata: object.metadata });
  }

  let rows = 0;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const sqlite = isSqlite(dataSource);
  try {
    if (!sqlite) await runner.query('SET FOREIGN_KEY_CHECKS = 0');
    await runner.startTransaction();
    try {
      if (sqlite) await runner.query('PRAGMA defer_foreign_keys = ON');
      for (const meta of [...tables].reverse()) await runner.query(`DELETE FROM ${dataSource.driver.escape(meta.tableName)}`);
      const byName = new Map(manifest.tables.map((table) => [table.name, table]));
      for (const meta of tables) {
        const table = byName.get(meta.tableName);
        if (!table) continue;
        rows += await insertRows(runner, dataSource, meta.tableName, path.join(folder, table.file));
      }
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    if (!sqlite) await runner.query('SET FOREIGN_KEY_CHECKS = 1').catch(() => undefined);
    await runner.release();
  }
  return { tables: manifest.tables.length, rows, objects: manifest.objects.length };
}

async function insertRows(runner: QueryRunner, dataSource: DataSource, table: string, file: string): Promise<number> {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (!lines.length) return 0;
  const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(900 / columns.length));
  const head = `INSERT INTO ${dataSource.driver.escape(table)} (${columns.map((column) => dataSource.driver.escape(column)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    await runner.query(
      head + slice.map(() => tuple).join(', '),
      slice.flatMap((row) => columns.map((column) => decodeValue(row[column]))),
    );
  }
  return rows.length;
}

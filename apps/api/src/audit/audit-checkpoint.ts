import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { ObjectStorage } from '../storage/object-storage';
import { AuditHeadEntity } from './audit-head.entity';

/**
 * The audit chain's anchor outside the database: now and then the committed head (sequence and hash) is written to
 * S3 as a small JSON document signed with HMAC-SHA256. Someone who can rewrite the database can re-hash the whole
 * chain, or delete its last records and move `audit_head` back, and the chain alone would still verify; a checkpoint
 * names a sequence and hash the table must still have, and they cannot forge one without the key.
 */
export const CHECKPOINT_PREFIX = 'audit/checkpoints/';

/** File under DATA_DIR holding the generated key when AUDIT_CHECKPOINT_KEY is not set (never in production). */
export const CHECKPOINT_KEY_FILE = 'audit-checkpoint.key';

export interface AuditCheckpoint {
  seq: number;
  hash: string;
  createdAt: string;
  /** Hex HMAC-SHA256 over the canonical JSON array [seq, hash, createdAt]. */
  signature: string;
}

/** The object key of a checkpoint; zero-padded so that key order is sequence order. */
export function checkpointObjectKey(seq: number): string {
  return `${CHECKPOINT_PREFIX}${String(seq).padStart(12, '0')}.json`;
}

export class CheckpointSigner {
  private readonly key: Buffer;

  constructor(key: string) {
    this.key = Buffer.from(key, 'utf8');
  }

  sign(content: Omit<AuditCheckpoint, 'signature'>): string {
    return createHmac('sha256', this.key).update(JSON.stringify([content.seq, content.hash, content.createdAt]), 'utf8').digest('hex');
  }

  isValid(checkpoint: AuditCheckpoint): boolean {
    const expected = Buffer.from(this.sign(checkpoint), 'hex');
    const given = Buffer.from(typeof checkpoint.signature === 'string' && /^[0-9a-f]{64}$/.test(checkpoint.signature) ? checkpoint.signature : '', 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/**
 * The checkpoint key: AUDIT_CHECKPOINT_KEY when set (required in production), otherwise a random key generated once
 * and kept in DATA_DIR/audit-checkpoint.key (mode 0600), so the embedded default and `npm run audit:verify` on the
 * same DATA_DIR agree. Several API instances must share AUDIT_CHECKPOINT_KEY.
 */
export function resolveCheckpointKey(config: Pick<AppConfig, 'audit' | 'dataDir'>): string {
  if (config.audit.checkpointKey) return config.audit.checkpointKey;
  const file = path.join(config.dataDir, CHECKPOINT_KEY_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  try {
    fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface CheckpointReading {
  /** Checkpoints whose signature holds, in sequence order. */
  valid: (AuditCheckpoint & { key: string })[];
  /** Checkpoints that are unreadable or whose signature does not hold (forged, altered, or another key). */
  invalid: { key: string; seq: number | null }[];
}

/** Reads every checkpoint in the bucket and checks its signature. */
export async function readCheckpoints(storage: ObjectStorage, signer: CheckpointSigner): Promise<CheckpointReading> {
  const reading: CheckpointReading = { valid: [], invalid: [] };
  for await (const object of storage.list(CHECKPOINT_PREFIX)) {
    const seqFromName = /(\d+)\.json$/.exec(object.key);
    let checkpoint: AuditCheckpoint | null = null;
    try {
      const parsed = JSON.parse((await readAll(await storage.get(object.key))).toString('utf8')) as AuditCheckpoint;
      if (Number.isInteger(parsed.seq) && typeof parsed.hash === 'string' && typeof parsed.createdAt === 'string') checkpoint = parsed;
    } catch {
      checkpoint = null;
    }
    if (checkpoint && signer.isValid(checkpoint) && object.key === checkpointObjectKey(checkpoint.seq)) {
      reading.valid.push({ seq: checkpoint.seq, hash: checkpoint.hash, createdAt: checkpoint.createdAt, signature: checkpoint.signature, key: object.key });
    } else {
      reading.invalid.push({ key: object.key, seq: checkpoint?.seq ?? (seqFromName ? Number(seqFromName[1]) : null) });
    }
  }
  reading.valid.sort((a, b) => a.seq - b.seq);
  return reading;
}

/**
 * Writes a checkpoint of the committed head, unless the chain is empty or the head has not moved since the last
 * checkpoint. Safe on several instances at once: the object key is the sequence, and two instances checkpointing the
 * same head write equally valid documents.
 */
export async function writeCheckpoint(dataSource: DataSource, storage: ObjectStorage, signer: CheckpointSigner, now: Date): Promise<AuditCheckpoint | null> {
  const head = await dataSource.getRepository(AuditHeadEntity).findOneByOrFail({ id: 1 });
  if (head.lastSeq === 0) return null;
  const key = checkpointObjectKey(head.lastSeq);
  if (await storage.stat(key)) return null;
  const content = { seq: head.lastSeq, hash: head.lastHash, createdAt: now.toISOString() };
  const checkpoint: AuditCheckpoint = { ...content, signature: signer.sign(content) };
  const body = Buffer.from(`${JSON.stringify(checkpoint, null, 2)}\n`, 'utf8');
  await storage.put(key, body, body.length, 'application/json');
  return checkpoint;
}

import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { canSniff, type FileKind, SNIFF_WINDOW_BYTES, sniffFileKind } from '@shifan/domain';

export type SpoolRefusalReason = 'too-large' | 'type-not-allowed' | 'empty' | 'aborted';

/** Why an upload was not spooled; nothing is left on disk when this is thrown. */
export class SpoolRefusal extends Error {
  constructor(
    readonly reason: SpoolRefusalReason,
    /** For 'type-not-allowed': what the bytes showed (null: none of the known kinds). */
    readonly detected: FileKind | null = null,
  ) {
    super(`upload refused: ${reason}`);
    this.name = 'SpoolRefusal';
  }
}

export interface SpooledFile {
  path: string;
  size: number;
  /** Hex SHA-256 of every byte received. */
  sha256: string;
  /** Decided from the magic bytes. */
  kind: FileKind;
}

export interface SpoolOptions {
  /** Folder for the temporary file (created when missing). */
  directory: string;
  /** The cap: reading stops as soon as more than this many bytes have arrived. */
  maxBytes: number;
  /** Kinds the slot accepts; any other stops the upload once the first bytes have shown what it is. */
  accept: readonly FileKind[];
}

/**
 * Copies an upload stream to a temporary file while counting its bytes, hashing them and sniffing the kind from the
 * first ones; memory use is a stream buffer, whatever the size. It stops reading (the source is paused, never
 * destroyed, so the caller can still answer on the same connection) as soon as the count passes the cap or the
 * first bytes show a kind the slot does not accept, and removes the partial file.
 */
export function spoolUpload(source: Readable, options: SpoolOptions): Promise<SpooledFile> {
  // Synchronous up to the listeners, so nothing the source emits in the meantime is missed.
  fs.mkdirSync(options.directory, { recursive: true });
  const filePath = path.join(options.directory, `${randomUUID()}.part`);
  const file = fs.createWriteStream(filePath, { flags: 'wx', mode: 0o600 });

  return new Promise<SpooledFile>((resolve, reject) => {
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    let kind: FileKind | undefined;
    let ended = false;
    let settled = false;

    const detach = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', fail);
      source.off('aborted', onAborted);
      source.off('close', onClose);
      file.off('drain', onDrain);
    };

    function fail(error: Error): void {
      if (settled) return;
      settled = true;
      detach();
      source.pause();
      const removeAndReject = () => fs.rm(filePath, { force: true }, () => reject(error));
      if (file.closed) removeAndReject();
      else {
        file.once('close', removeAndReject);
        file.destroy();
      }
    }

    /** Decides the kind once the head is long enough (or the stream ended); false when the upload was refused. */
    const decide = (complete: boolean): boolean => {
      const bytes = Buffer.concat(head, headLength);
      if (!canSniff(bytes, complete)) return true;
      const sniffed = sniffFileKind(bytes);
      if (!sniffed || !options.accept.includes(sniffed)) {
        fail(new SpoolRefusal('type-not-allowed', sniffed));
        return false;
      }
      kind = sniffed;
      head.length = 0;
      return true;
    };

    function onDrain(): void {
      if (!settled) source.resume();
    }

    function onData(chunk: Buffer): void {
      if (settled) return;
      size += chunk.length;
      if (size > options.maxBytes) return fail(new SpoolRefusal('too-large'));
      hash.update(chunk);
      if (kind === undefined) {
        if (headLength < SNIFF_WINDOW_BYTES) {
          const part = Buffer.from(chunk.subarray(0, SNIFF_WINDOW_BYTES - headLength));
          head.push(part);
          headLength += part.length;
        }
        if (!decide(false)) return;
      }
      if (!file.write(chunk)) {
        source.pause();
        file.once('drain', onDrain);
      }
    }

    function onEnd(): void {
      ended = true;
      if (settled) return;
      if (size === 0) return fail(new SpoolRefusal('empty'));
      if (kind === undefined && !decide(true)) return;
      file.once('close', () => {
        if (settled) return;
        settled = true;
        detach();
        resolve({ path: filePath, size, sha256: hash.digest('hex'), kind: kind! });
      });
      file.end();
    }

    function onAborted(): void {
      fail(new SpoolRefusal('aborted'));
    }

    function onClose(): void {
      if (!ended) fail(new SpoolRefusal('aborted'));
    }

    file.once('error', fail);
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', fail);
    source.once('aborted', onAborted);
    source.once('close', onClose);
    if (source.destroyed) return fail(source.errored ?? new SpoolRefusal('aborted')); // gone before we listened
    source.resume();
  });
}

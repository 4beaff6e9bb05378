import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a record's hash covers, in a fixed order. */
export interface ChainedContent {
  seq: number;
  occurredAt: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string | null;
  address: string | null;
  requestId: string | null;
  prevHash: string;
}

export interface ChainedRecord extends ChainedContent {
  hash: string;
}

/** SHA-256 over the canonical JSON array of the content, previous hash included. */
export function hashRecord(content: ChainedContent): string {
  const canonical = JSON.stringify([
    content.seq,
    content.occurredAt,
    content.actorId,
    content.actorName,
    content.actorRole,
    content.action,
    content.targetType,
    content.targetId,
    content.detail,
    content.address,
    content.requestId,
    content.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainBreak = { seq: number; reason: 'gap' | 'previous-hash' | 'content-hash' };

/**
 * Walks records in sequence order and returns the first broken link: a missing sequence number, a record whose
 * previous-hash does not match the record before it, or one whose content no longer matches its own hash.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  checked = 0;

  accept(record: ChainedRecord): ChainBreak | null {
    if (record.seq !== this.expectedSeq) return { seq: this.expectedSeq, reason: 'gap' };
    if (record.prevHash !== this.previousHash) return { seq: record.seq, reason: 'previous-hash' };
    if (hashRecord(record) !== record.hash) return { seq: record.seq, reason: 'content-hash' };
    this.expectedSeq++;
    this.previousHash = record.hash;
    this.checked++;
    return null;
  }

  /** After the last record: the head must point at it. */
  finish(head: { lastSeq: number; lastHash: string }): ChainBreak | null {
    if (head.lastSeq !== this.expectedSeq - 1) return { seq: this.expectedSeq, reason: 'gap' };
    if (head.lastHash !== this.previousHash) return { seq: head.lastSeq, reason: 'previous-hash' };
    return null;
  }
}

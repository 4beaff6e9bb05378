import type { DataSource } from 'typeorm';
import type { ObjectStorage } from '../storage/object-storage';
import { ChainVerifier } from './audit-chain';
import { type CheckpointSigner, readCheckpoints } from './audit-checkpoint';
import { AuditRepository } from './audit.repository';

export type AuditBreakReason = 'gap' | 'previous-hash' | 'content-hash' | 'checkpoint-signature' | 'checkpoint-mismatch' | 'checkpoint-missing';

export interface AuditTrailReport {
  ok: boolean;
  /** Records verified before the first break (all of them when ok). */
  checked: number;
  brokenAt: number | null;
  reason: AuditBreakReason | null;
  /** Valid checkpoints read from S3 (0 when none were asked for). */
  checkpoints: number;
  /** The object key of the checkpoint that failed, when a checkpoint is the reason. */
  checkpoint: string | null;
}

const BATCH = 1000;

/**
 * Walks the whole audit chain from one consistent view of the database and holds it against the signed checkpoints.
 *
 * On MySQL/MariaDB the head and the records are read in one REPEATABLE READ transaction opened WITH CONSISTENT
 * SNAPSHOT, so appends committing meanwhile are invisible (no false "gap" from a head ahead of the rows read); on
 * either database only records up to the head read are walked. Checkpoints are read before the snapshot opens: each
 * names a head that was committed by then, so the snapshot must contain it.
 */
export async function verifyAuditTrail(dataSource: DataSource, anchor?: { storage: ObjectStorage; signer: CheckpointSigner }): Promise<AuditTrailReport> {
  const reading = anchor ? await readCheckpoints(anchor.storage, anchor.signer) : { valid: [], invalid: [] };
  const result = (fields: Partial<AuditTrailReport> & Pick<AuditTrailReport, 'checked'>): AuditTrailReport => ({
    ok: false,
    brokenAt: null,
    reason: null,
    checkpoints: reading.valid.length,
    checkpoint: null,
    ...fields,
  });
  if (reading.invalid.length) {
    const forged = reading.invalid[0];
    return result({ checked: 0, brokenAt: forged.seq, reason: 'checkpoint-signature', checkpoint: forged.key });
  }

  return new AuditRepository(dataSource).inSnapshot(async (view) => {
    const head = await view.head();
    const expected = new Map(reading.valid.map((checkpoint) => [checkpoint.seq, checkpoint]));
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const batch = await view.records(after, head.lastSeq, BATCH);
      if (!batch.length) break;
      for (const record of batch) {
        const broken = verifier.accept(record);
        if (broken) return result({ checked: verifier.checked, brokenAt: broken.seq, reason: broken.reason });
        const checkpoint = expected.get(record.seq);
        if (checkpoint && checkpoint.hash !== record.hash) return result({ checked: verifier.checked - 1, brokenAt: record.seq, reason: 'checkpoint-mismatch', checkpoint: checkpoint.key });
      }
      after = batch[batch.length - 1].seq;
    }
    const broken = verifier.finish(head);
    if (broken) return result({ checked: verifier.checked, brokenAt: broken.seq, reason: broken.reason });
    const beyond = reading.valid.find((checkpoint) => checkpoint.seq > head.lastSeq);
    if (beyond) return result({ checked: verifier.checked, brokenAt: beyond.seq, reason: 'checkpoint-missing', checkpoint: beyond.key });
    return result({ ok: true, checked: verifier.checked });
  });
}

/** One sentence for the command line and the log. */
export function describeReport(report: AuditTrailReport): string {
  if (report.ok) return `Audit chain intact: ${report.checked} record(s) verified, ${report.checkpoints} signed checkpoint(s) hold.`;
  switch (report.reason) {
    case 'checkpoint-signature':
      return `Audit chain BROKEN: checkpoint ${report.checkpoint} has an invalid signature (forged, altered or signed with another key).`;
    case 'checkpoint-mismatch':
      return `Audit chain BROKEN at record ${report.brokenAt} (checkpoint-mismatch): checkpoint ${report.checkpoint} names another hash for it; ${report.checked} record(s) before it are intact.`;
    case 'checkpoint-missing':
      return `Audit chain BROKEN at record ${report.brokenAt} (checkpoint-missing): checkpoint ${report.checkpoint} names a record the table no longer has (records deleted and the head moved back); ${report.checked} record(s) are intact.`;
    default:
      return `Audit chain BROKEN at record ${report.brokenAt} (${report.reason}); ${report.checked} record(s) before it are intact.`;
  }
}

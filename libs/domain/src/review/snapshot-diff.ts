import type { SnapshotChange } from './review-views';

/** What the city's formal check saw: the form data and, per slot, the files by name and SHA-256. */
export interface ReviewSnapshot {
  data: Readonly<Record<string, unknown>>;
  attachments: readonly { slotKey: string; fileName: string; sha256: string }[];
}

function printable(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function filesOf(snapshot: ReviewSnapshot, slotKey: string): string | null {
  const files = snapshot.attachments
    .filter((attachment) => attachment.slotKey === slotKey)
    .map((attachment) => `${attachment.fileName} (${attachment.sha256.slice(0, 12)})`)
    .sort();
  return files.length ? files.join('; ') : null;
}

/**
 * The differences between the version the city last checked and the one resubmitted: each changed form field
 * (`data.<field>`) and each slot whose files changed (`attachments.<slot>`), in path order.
 */
export function diffSnapshots(before: ReviewSnapshot, after: ReviewSnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const fields = [...new Set([...Object.keys(before.data), ...Object.keys(after.data)])].sort();
  for (const field of fields) {
    const was = printable(before.data[field]);
    const now = printable(after.data[field]);
    if (was !== now) changes.push({ path: `data.${field}`, before: was, after: now });
  }
  const slots = [...new Set([...before.attachments, ...after.attachments].map((attachment) => attachment.slotKey))].sort();
  for (const slot of slots) {
    const was = filesOf(before, slot);
    const now = filesOf(after, slot);
    if (was !== now) changes.push({ path: `attachments.${slot}`, before: was, after: now });
  }
  return changes;
}

import type { CallInput, CallView } from '@shifan/domain';
import type { CallEntity } from './call.entity';

export function toCallView(call: CallEntity): CallView {
  return {
    id: call.id,
    category: call.category as CallView['category'],
    level: call.level as CallView['level'],
    year: call.year,
    title: call.title,
    notice: call.notice,
    status: call.status as CallView['status'],
    opensAt: call.opensAt.toISOString(),
    deadlineAt: call.deadlineAt.toISOString(),
    settings: call.settings,
    attachmentSlots: call.attachmentSlots,
    rubric: call.rubric as CallView['rubric'],
    publishedVersion: call.publishedVersion,
    version: call.version,
  };
}

/** What a call_version stores: the call as applicants see it. */
export function snapshotOf(call: CallEntity): CallInput & { opensAt: string; deadlineAt: string } {
  return {
    category: call.category as CallInput['category'],
    level: call.level as CallInput['level'],
    title: call.title,
    notice: call.notice,
    settings: call.settings,
    attachmentSlots: call.attachmentSlots,
    rubric: call.rubric as CallInput['rubric'],
    opensAt: call.opensAt.toISOString(),
    deadlineAt: call.deadlineAt.toISOString(),
  };
}

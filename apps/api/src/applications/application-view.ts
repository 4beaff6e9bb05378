import { type ApplicationSummary, type ApplicationView, type AttachmentView, formatVerificationCode } from '@shifan/domain';
import type { AttachmentEntity } from '../attachments/attachment.entity';
import type { CallEntity } from '../calls/call.entity';
import type { ApplicationEntity } from './application.entity';

export function toAttachmentView(attachment: AttachmentEntity): AttachmentView {
  return {
    id: attachment.id,
    slotKey: attachment.slotKey,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
    sha256: attachment.sha256,
    createdAt: attachment.createdAt.toISOString(),
    signingCode: attachment.signingCode ? formatVerificationCode(attachment.signingCode) : null,
  };
}

export function toApplicationSummary(application: ApplicationEntity, call: CallEntity, enterpriseName: string): ApplicationSummary {
  return {
    id: application.id,
    callId: application.callId,
    callTitle: call.title,
    category: call.category,
    enterpriseId: application.enterpriseId,
    enterpriseName,
    callVersionNo: application.callVersionNo,
    state: application.state as ApplicationView['state'],
    receiptNo: application.receiptNo,
    submittedAt: application.submittedAt ? application.submittedAt.toISOString() : null,
    deadlineAt: call.deadlineAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    version: application.version,
    reviewNotice: (application.reviewNotice as ApplicationView['reviewNotice']) ?? null,
    recommendingUnitCode: application.recommendingUnitCode,
  };
}

export function toApplicationView(application: ApplicationEntity, call: CallEntity, enterpriseName: string, attachments: AttachmentEntity[], eligibility: ApplicationView['eligibility']): ApplicationView {
  return { ...toApplicationSummary(application, call, enterpriseName), data: application.data, eligibility, attachments: attachments.map(toAttachmentView) };
}

import { formatReceiptNumber, type ProgrammeCategoryCode } from '@shifan/domain';
import type { EntityManager } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { ApplicationEntity } from '../applications/application.entity';
import type { NoticeProjectRecord } from '../publication/public-notice.entity';

export interface HistoricalApproval {
  callId: number;
  category: ProgrammeCategoryCode;
  year: number;
  /** Position in the call's list (0-based): the receipt number's serial and the rank. */
  index: number;
  enterprise: { uscc: string; name: string; email: string };
  data: { projectName: string; subFieldCode: string | null; projectDistrictCode: string | null };
  recommendingUnitCode: string;
  submittedAt: Date;
  createdBy: number;
}

/**
 * One approved application of an imported past list (the history and upward-recommendation demo seeds): a verified
 * enterprise, its approved application with the receipt number of its place in the call, and the list's entry for it.
 */
export async function insertHistoricalApproval(manager: EntityManager, input: HistoricalApproval): Promise<NoticeProjectRecord> {
  const { uscc, name, email } = input.enterprise;
  const enterprise = await manager.save(
    EnterpriseEntity,
    manager.create(EnterpriseEntity, { uscc, name, contactName: '联系人', mobile: '13800000000', email, verificationStatus: 'verified', createdAt: input.submittedAt, version: 1 }),
  );
  const application = await manager.save(
    ApplicationEntity,
    manager.create(ApplicationEntity, {
      callId: input.callId,
      enterpriseId: enterprise.id,
      callVersionNo: 1,
      state: 'approved',
      data: input.data,
      eligibility: null,
      submittedProfile: null,
      receiptNo: formatReceiptNumber(input.category, input.year, input.callId, input.index + 1),
      submittedAt: input.submittedAt,
      recommendingUnitCode: input.recommendingUnitCode,
      unitPriority: null,
      reviewNotice: null,
      revisionDueOn: null,
      createdBy: input.createdBy,
      createdAt: input.submittedAt,
      updatedAt: input.submittedAt,
      version: 1,
    }),
  );
  return {
    applicationId: application.id,
    enterpriseName: name,
    uscc,
    projectName: input.data.projectName,
    subFieldCode: input.data.subFieldCode,
    recommendingUnitCode: input.recommendingUnitCode,
    rank: input.index + 1,
    withdrawn: false,
  };
}

import { defaultAttachmentSlots } from '../calls/attachment-slots';
import type { ApplicationFormInput } from '../documents/application-form-document';
import { defaultCallSettings } from '../eligibility/call-settings';
import { evaluateEligibility } from '../eligibility/evaluate-eligibility';
import { buildSmartMfgApplication } from './application.builders';
import { buildEnterpriseProfile } from './profile.builder';

/** A submitted smart-manufacturing application's 申报书 input: complete, eligible, with two attachments. */
export function buildApplicationFormInput(overrides: Partial<ApplicationFormInput> = {}): ApplicationFormInput {
  const profile = buildEnterpriseProfile({ uscc: '91420100MAEC200T12', financialYear: 2025 });
  const data = buildSmartMfgApplication({ startDate: '2025-01-10', completionDate: '2026-03-30' });
  const settings = defaultCallSettings('SMART_MFG_PILOT', { opensOn: '2026-05-20', applicationDeadline: '2026-06-30' });
  return {
    applicationId: 42,
    draft: false,
    call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, category: 'SMART_MFG_PILOT', level: 'municipal', attachmentSlots: defaultAttachmentSlots('SMART_MFG_PILOT') },
    enterprise: { name: profile.name, uscc: profile.uscc },
    profile: profile as unknown as Record<string, unknown>,
    data: data as unknown as Record<string, unknown>,
    eligibility: evaluateEligibility('SMART_MFG_PILOT', settings, profile, data, { otherApplicationsInCall: 0 }),
    attachments: [
      { slotKey: 'business_licence', fileName: '营业执照.pdf', size: 245_760, sha256: 'a'.repeat(64) },
      { slotKey: 'signed_application', fileName: '申报书盖章扫描件.pdf', size: 3_355_443, sha256: '0123456789abcdef'.repeat(4) },
    ],
    receiptNo: 'WH2026ZN007-00012',
    submittedAt: '2026-06-01T02:00:00.000Z',
    ...overrides,
  };
}

import { EnterpriseVerificationViewSchema, type VerificationDocumentKind } from '@shifan/domain';

export const VERIFICATION_PATH = '/api/enterprise/verification';
export const verificationSchema = EnterpriseVerificationViewSchema;

export function verificationDocumentPath(kind: VerificationDocumentKind): string {
  return `${VERIFICATION_PATH}/documents/${kind}`;
}

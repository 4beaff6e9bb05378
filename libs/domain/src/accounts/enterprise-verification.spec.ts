import { canUploadVerificationDocuments, hasAllVerificationDocuments, VerificationDecisionSchema } from './enterprise-verification';

describe('enterprise verification rules', () => {
  it('needs both the business licence and the authorisation letter', () => {
    expect(hasAllVerificationDocuments(['business_licence'])).toBe(false);
    expect(hasAllVerificationDocuments(['authorisation_letter', 'business_licence'])).toBe(true);
  });

  it('lets the enterprise change its documents only before sending them or after a rejection', () => {
    expect(['unverified', 'pending', 'verified', 'rejected'].filter((status) => canUploadVerificationDocuments(status as never))).toEqual(['unverified', 'rejected']);
  });

  it('refuses a rejection without a reason, on the reason field', () => {
    const result = VerificationDecisionSchema.safeParse({ decision: 'reject', reason: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['reason']);
    expect(VerificationDecisionSchema.safeParse({ decision: 'accept' }).success).toBe(true);
  });
});

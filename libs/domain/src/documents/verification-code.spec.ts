import { sha256Hex } from '../expert-draw/sha256';
import { canonicalJson } from './canonical-json';
import { formatVerificationCode, parseVerificationCode, sealDocument, VERIFICATION_CODE_LENGTH } from './verification-code';

describe('verification codes', () => {
  it('are the first 12 hex digits of the SHA-256 of the canonical content, whatever the key order', () => {
    const seal = sealDocument({ kind: 'receipt', receiptNo: 'WH2026ZN007-00012' });
    expect(seal.contentSha256).toBe(sha256Hex(canonicalJson({ receiptNo: 'WH2026ZN007-00012', kind: 'receipt' })));
    expect(seal.code).toBe(seal.contentSha256.slice(0, VERIFICATION_CODE_LENGTH));
    expect(sealDocument({ receiptNo: 'WH2026ZN007-00012', kind: 'receipt' })).toEqual(seal);
    expect(sealDocument({ kind: 'receipt', receiptNo: 'WH2026ZN007-00013' }).code).not.toBe(seal.code);
  });

  it('print in groups of four and read back from any spelling', () => {
    expect(formatVerificationCode('3f9a1c2b7d4e')).toBe('3F9A-1C2B-7D4E');
    expect(formatVerificationCode('')).toBe('');
    expect(parseVerificationCode('3F9A-1C2B-7D4E')).toBe('3f9a1c2b7d4e');
    expect(parseVerificationCode(' 3f9a 1c2b 7d4e ')).toBe('3f9a1c2b7d4e');
    expect(parseVerificationCode('3F9A-1C2B-7D4')).toBeNull();
    expect(parseVerificationCode('3F9A-1C2B-7D4G')).toBeNull();
  });
});

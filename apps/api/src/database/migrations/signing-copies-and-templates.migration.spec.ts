import { markSignedSlot } from './1765339200000-signing-copies-and-templates';

describe('migration 1765339200000: existing calls’ 申报书签字盖章扫描件 slot is marked signed', () => {
  const slots = () => [
    { key: 'business_licence', name: { zh: '营业执照（副本）', en: 'Business licence' }, required: true, accept: ['pdf'], maxSizeMb: 50 },
    { key: 'signed_application', name: { zh: '申报书签字盖章扫描件', en: 'Signed form' }, required: true, accept: ['pdf'], maxSizeMb: 50, identifying: true },
  ];

  it('marks only the signed_application slot going up, once', () => {
    const stored = slots();
    expect(markSignedSlot(stored, true)).toBe(true);
    expect(stored.map((slot) => ('signed' in slot ? slot.signed : undefined))).toEqual([undefined, true]);
    expect(markSignedSlot(stored, true)).toBe(false);
  });

  it('removes the mark going down, and leaves what is not a slot list alone', () => {
    const stored = slots();
    markSignedSlot(stored, true);
    expect(markSignedSlot(stored, false)).toBe(true);
    expect(stored).toEqual(slots());
    expect(markSignedSlot(null, true)).toBe(false);
    expect(markSignedSlot({ key: 'signed_application' }, true)).toBe(false);
  });
});

import { defaultAttachmentSlots } from '../calls/attachment-slots';
import { buildApplicationFormInput } from '../testing/document.builder';
import { buildApplicationFormDocument } from './application-form-document';
import { checkSignedScans, signedCopyOutdatedMessage } from './signing-copy';
import { sealDocument } from './verification-code';

const signingInput = (overrides: Parameters<typeof buildApplicationFormInput>[0] = {}) =>
  buildApplicationFormInput({ draft: true, receiptNo: null, submittedAt: null, signingCopy: true, ...overrides });
const signingCode = (overrides: Parameters<typeof buildApplicationFormInput>[0] = {}) => sealDocument(buildApplicationFormDocument(signingInput(overrides))).code;

describe('the 签字盖章用 copy of the 申报书', () => {
  it('is neither a draft nor numbered: no watermark, no receipt number, no submission time, no filled-in date', () => {
    const copy = buildApplicationFormDocument(signingInput());
    expect(copy).toMatchObject({ copy: 'signing', draft: false, receiptNo: null, submittedAt: null });
    expect(copy.cover.filledOn).toBeNull();
  });

  it('keeps the same 核验码 when nothing changed, whatever attachments were uploaded since it was printed', () => {
    const printed = signingCode();
    expect(signingCode()).toBe(printed);
    const base = buildApplicationFormInput();
    expect(signingCode({ attachments: [...base.attachments, { slotKey: 'signed_application', fileName: '盖章件.pdf', size: 10, sha256: 'b'.repeat(64) }] })).toBe(printed);
  });

  it('gets another 核验码 when the form, the profile or the ticked commitments change', () => {
    const base = buildApplicationFormInput();
    const printed = signingCode();
    expect(signingCode({ data: { ...base.data, projectName: '智能装备数字化车间建设项目（二期）' } })).not.toBe(printed);
    expect(signingCode({ profile: { ...base.profile, contactPhone: '13900000000' } })).not.toBe(printed);
    expect(signingCode({ profile: { ...base.profile, legalRepresentativeName: '李四' } })).not.toBe(printed);
    expect(signingCode({ data: { ...base.data, noDoubleFundingDeclared: false } })).not.toBe(printed);
  });

  it('differs from the draft and the archived copy of the same content (each is its own document)', () => {
    const code = signingCode();
    expect(sealDocument(buildApplicationFormDocument(buildApplicationFormInput({ draft: true, receiptNo: null, submittedAt: null }))).code).not.toBe(code);
    expect(sealDocument(buildApplicationFormDocument(buildApplicationFormInput())).code).not.toBe(code);
  });
});

describe('the paper form’s pages in the view model', () => {
  it('puts 推荐单位, 申报单位, 法定代表人, 联系人 and the 填报日期 of the submission on the cover', () => {
    const base = buildApplicationFormInput();
    const form = buildApplicationFormDocument(buildApplicationFormInput({ profile: { ...base.profile, recommendingUnitCode: 'DHGX', legalRepresentativeName: '张建国', contactName: '王敏', contactPhone: '027-87654321' } }));
    expect(form.cover).toEqual({
      recommendingUnit: '武汉东湖新技术开发区管理委员会',
      applicant: '武汉示范智能装备有限公司',
      legalRepresentative: '张建国',
      contact: '王敏 027-87654321',
      filledOn: '2026年06月01日',
    });
    expect(form.recommendation).toEqual({ unitName: '武汉东湖新技术开发区管理委员会' });
  });

  it('lists on the 承诺书 page only the commitments the enterprise ticked', () => {
    const base = buildApplicationFormInput();
    expect(buildApplicationFormDocument(base).pledges).toEqual(['本项目未重复申报省、市同类资金支持', '所填信息真实、准确、完整']);
    expect(buildApplicationFormDocument(buildApplicationFormInput({ data: { ...base.data, noDoubleFundingDeclared: false } })).pledges).toEqual(['所填信息真实、准确、完整']);
  });

  it('prints the legal representative’s ID number masked', () => {
    const base = buildApplicationFormInput();
    const form = buildApplicationFormDocument(buildApplicationFormInput({ profile: { ...base.profile, legalRepresentativeId: '11010519491231002X' } }));
    const identity = form.chapters[0].groups[0].fields;
    expect(identity).toContainEqual({ label: '法定代表人身份证号', value: '110*************2X' });
    expect(JSON.stringify(form)).not.toContain('11010519491231002X');
  });
});

describe('checkSignedScans', () => {
  const slots = defaultAttachmentSlots('SMART_MFG_PILOT');

  it('marks the 申报书签字盖章扫描件 slot as the signed one', () => {
    expect(slots.filter((slot) => slot.signed).map((slot) => slot.key)).toEqual(['signed_application']);
  });

  it('passes a scan printed from the current content and refuses one printed before a change', () => {
    const scan = { attachmentId: 1, slotKey: 'signed_application', fileName: 's.pdf', signingCode: 'abcdef012345' };
    const other = { attachmentId: 2, slotKey: 'business_licence', fileName: 'l.pdf', signingCode: null };
    expect(checkSignedScans({ slots, attachments: [scan, other], currentCode: 'abcdef012345' })).toMatchObject({ ok: true, outdated: [], scans: [{ attachmentId: 1, current: true }] });
    const stale = checkSignedScans({ slots, attachments: [scan, other], currentCode: '0123456789ab' });
    expect(stale.ok).toBe(false);
    expect(stale.outdated.map((item) => item.attachmentId)).toEqual([1]);
    expect(signedCopyOutdatedMessage(scan, '0123456789ab').zh).toContain('核验码 ABCD-EF01-2345');
    expect(signedCopyOutdatedMessage(scan, '0123456789ab').zh).toContain('请重新打印签字盖章用申报书');
  });

  it('has nothing to say when no scan was uploaded (the required-attachment check covers that)', () => {
    expect(checkSignedScans({ slots, attachments: [], currentCode: 'abcdef012345' })).toEqual({ ok: true, scans: [], outdated: [] });
  });
});

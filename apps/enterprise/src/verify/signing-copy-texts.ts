import type { LocalizedText } from '@shifan/domain';

/** The verification page's words for the code of a printed 签字盖章用 copy (not an archived document). */
export const SIGNING_COPY_VERIFY_TEXTS = {
  found: { zh: '核验通过：这是平台生成的签字盖章用申报书', en: 'Verified: the portal generated this copy for signature and seal' },
  kind: { zh: '申报书（签字盖章用）', en: 'Application form (for signature and seal)' },
  printedAt: { zh: '首次打印时间（北京时间）', en: 'First printed (Beijing time)' },
  currentEditable: { zh: '与该申报当前的内容一致。', en: 'It matches the application’s current content.' },
  outdatedEditable: {
    zh: '注意：该申报在打印后已修改，本份签字盖章用申报书已不是当前内容，须重新打印、签字盖章。',
    en: 'Note: the application changed after this copy was printed; it no longer shows the current content and must be printed, signed and sealed again.',
  },
  currentSubmitted: { zh: '该申报已提交，提交的签字盖章扫描件即由本份打印件签字盖章而来。', en: 'The application was submitted with the signed and sealed scan of this very copy.' },
  outdatedSubmitted: {
    zh: '注意：该申报已提交，但提交的签字盖章扫描件不是由本份打印件签字盖章而来。',
    en: 'Note: the application was submitted, but with the scan of another printed copy.',
  },
} as const satisfies Record<string, LocalizedText>;

import { buildApplicationFormInput } from '../testing/document.builder';
import { buildInnovationCentreApplication, buildItIntegrationApplication } from '../testing/application.builders';
import {
  buildApplicationFormDocument,
  buildReceiptDocument,
  eligibilityRuleTitle,
  isDraftDocumentState,
  projectTitleOf,
} from './application-form-document';
import { sealDocument } from './verification-code';

describe('the 申报书 view model', () => {
  it('holds the cover facts, the profile and every section of the form, labelled and formatted', () => {
    const form = buildApplicationFormDocument(buildApplicationFormInput());
    expect(form).toMatchObject({
      kind: 'application_form',
      draft: false,
      applicationId: 42,
      call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, categoryName: '智能制造试点示范项目', levelName: '市级' },
      enterprise: { name: '武汉示范智能装备有限公司', uscc: '91420100MAEC200T12' },
      projectName: '智能装备数字化车间建设项目',
      receiptNo: 'WH2026ZN007-00012',
    });
    expect(form.chapters.map((chapter) => chapter.title)).toEqual(['企业基本信息', '项目概况', '建设进度', '投资构成', '智能制造要素条件', '承诺与声明']);
    expect(form.chapters[0].groups.map((group) => group.title)).toEqual(['企业身份', '注册地', '经营规模（上一年度）', '合规与信用', '联系人']);
    const investment = form.chapters[3].groups[0].fields;
    expect(investment).toContainEqual({ label: '项目总投资', value: '3,000 万元' });
    expect(form.chapters[0].groups[2].fields).toContainEqual({ label: '从业人员', value: '420 人' });
    expect(form.chapters[0].groups[3].fields).toContainEqual({ label: '最近一次重大事故日期', value: '—' });
  });

  it('lists each eligibility rule with its title and outcome, and each attachment with its slot, size and hash', () => {
    const form = buildApplicationFormDocument(buildApplicationFormInput());
    expect(form.eligibility.verdictLabel).toBe('符合申报条件');
    expect(form.eligibility.lines.length).toBeGreaterThan(10);
    expect(form.eligibility.lines[0]).toMatchObject({ ruleId: expect.any(String), outcome: 'pass', outcomeLabel: '符合' });
    expect(form.eligibility.lines.every((line) => line.title !== line.ruleId)).toBe(true);
    expect(form.attachments).toEqual([
      { slotName: '营业执照（副本）', fileName: '营业执照.pdf', size: 245_760, sizeLabel: '240 KB', sha256: 'a'.repeat(64) },
      { slotName: '申报书签字盖章扫描件', fileName: '申报书盖章扫描件.pdf', size: 3_355_443, sizeLabel: '3.20 MB', sha256: '0123456789abcdef'.repeat(4) },
    ]);
  });

  it('still builds from an empty draft: every field —, no eligibility, unknown slots and levels by their codes', () => {
    const form = buildApplicationFormDocument(
      buildApplicationFormInput({
        draft: true,
        data: {},
        profile: {},
        eligibility: null,
        receiptNo: null,
        submittedAt: null,
        attachments: [{ slotKey: 'gone', fileName: 'x.pdf', size: 1, sha256: 'b'.repeat(64) }],
        call: { ...buildApplicationFormInput().call, level: 'galactic' },
      }),
    );
    expect(form.draft).toBe(true);
    expect(form.projectName).toBe('—');
    expect(form.call.levelName).toBe('galactic');
    expect(form.chapters.flatMap((chapter) => chapter.groups.flatMap((group) => group.fields.map((field) => field.value)))).toEqual(
      expect.arrayContaining(['—']),
    );
    expect(new Set(form.chapters.slice(1).flatMap((chapter) => chapter.groups[0].fields.map((field) => field.value)))).toEqual(new Set(['—']));
    expect(form.eligibility).toEqual({ verdictLabel: '未检查', lines: [] });
    expect(form.attachments[0].slotName).toBe('gone');
  });
});

describe('project titles', () => {
  it('are the project, the centre, or the kind of 两化融合 application', () => {
    expect(projectTitleOf('TECH_TRANSFORMATION', { projectName: '  技改项目  ' })).toBe('技改项目');
    expect(projectTitleOf('INNOVATION_CENTRE', buildInnovationCentreApplication() as never)).toBe('武汉市智能网联汽车制造业创新中心');
    expect(projectTitleOf('INNOVATION_CENTRE', {})).toBe('—');
    expect(projectTitleOf('IT_INTEGRATION', buildItIntegrationApplication({ applicationType: 'self_assessment' }) as never)).toBe('两化融合管理体系贯标（自评估、自诊断、自对标）');
    expect(projectTitleOf('IT_INTEGRATION', {})).toBe('两化融合管理体系贯标');
    expect(projectTitleOf('SMART_MFG_PILOT', { projectName: 12 })).toBe('—');
  });

  it('eligibility rules are named by their titles, unknown ones by their ids', () => {
    expect(eligibilityRuleTitle('SMART_MFG_PILOT', 'no-such-rule')).toBe('no-such-rule');
  });
});

describe('the receipt view model', () => {
  it('is bound to the submitted 申报书 by its seal', () => {
    const form = buildApplicationFormDocument(buildApplicationFormInput());
    const seal = sealDocument(form);
    expect(buildReceiptDocument(form, seal)).toEqual({
      kind: 'receipt',
      applicationId: 42,
      receiptNo: 'WH2026ZN007-00012',
      submittedAt: '2026-06-01T02:00:00.000Z',
      call: { id: 7, title: '2026年武汉市智能制造试点示范项目申报', categoryName: '智能制造试点示范项目' },
      enterprise: { name: '武汉示范智能装备有限公司', uscc: '91420100MAEC200T12' },
      projectName: '智能装备数字化车间建设项目',
      applicationForm: seal,
      attachmentCount: 2,
    });
  });

  it('is never issued for a draft', () => {
    const draft = buildApplicationFormDocument(buildApplicationFormInput({ draft: true }));
    expect(() => buildReceiptDocument(draft, sealDocument(draft))).toThrow('only issued for a submitted application');
    const unsubmitted = buildApplicationFormDocument(buildApplicationFormInput({ receiptNo: null }));
    expect(() => buildReceiptDocument(unsubmitted, sealDocument(unsubmitted))).toThrow();
    const untimed = buildApplicationFormDocument(buildApplicationFormInput({ submittedAt: null }));
    expect(() => buildReceiptDocument(untimed, sealDocument(untimed))).toThrow();
  });

  it('prints the 申报书 as a draft exactly while the enterprise may edit it', () => {
    expect(['draft', 'withdrawn', 'returned_by_district', 'returned_for_revision'].every(isDraftDocumentState)).toBe(true);
    expect(['submitted', 'district_recommended', 'approved'].some(isDraftDocumentState)).toBe(false);
  });
});

import {
  approvedListTitle,
  buildApprovedListDocument,
  buildPublicNoticeDocument,
  DEFAULT_PUBLICATION_ISSUER,
  defaultPublicNoticeParagraphs,
  formatOfficialDate,
  publicNoticePeriod,
  publicNoticePeriodText,
  publicNoticeTitle,
} from './publication-documents';
import { seededCalendar } from '../calendar/holiday-data';

const calendar = seededCalendar();

const call = { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026 };
const contact = { department: '武汉市经济和信息化局智能制造处', person: '刘老师', phone: '027-12345678', email: null, address: null };
const project = { enterpriseName: '武汉甲智能装备有限公司', projectName: '甲数字化车间', field: '高端装备/智能装备', district: '洪山区' };

describe('the publication texts', () => {
  it('titles the notice and the approved list after the year and the programme', () => {
    expect(publicNoticeTitle(2026, '智能制造试点示范')).toBe('关于2026年武汉市智能制造试点示范拟认定名单的公示');
    expect(approvedListTitle(2026, '智能制造试点示范项目')).toBe('2026年武汉市智能制造试点示范项目认定名单');
  });

  it('prints official dates without leading zeros, and anything else as given', () => {
    expect(formatOfficialDate('2026-07-01')).toBe('2026年7月1日');
    expect(formatOfficialDate('2026-12-31')).toBe('2026年12月31日');
    expect(formatOfficialDate('七月一日')).toBe('七月一日');
  });

  it('counts the notice period in working days, over a holiday', () => {
    expect(publicNoticePeriod(calendar, '2026-07-01', 5)).toEqual({ startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5 });
    const national = publicNoticePeriod(calendar, '2024-09-30', 5);
    expect(national.endsOn).toBe('2024-10-11');
    expect(publicNoticePeriodText(national)).toBe('2024年9月30日至2024年10月11日(5个工作日)');
  });

  it('writes the standard body: what is published, and how to object (in writing, real name, seal, confidentiality)', () => {
    const [intro, objections] = defaultPublicNoticeParagraphs({ year: 2026, programmeName: '智能制造试点示范项目', projectCount: 12, issuer: '武汉市经济和信息化局' });
    expect(intro).toContain('拟认定以下12个项目为2026年武汉市智能制造试点示范项目,现予以公示。');
    for (const text of ['书面形式向武汉市经济和信息化局提出', '加盖本单位公章', '真实姓名', '匿名异议', '保密']) expect(objections).toContain(text);
  });
});

describe('the public notice (公示) view model', () => {
  it('has a standard title, body and period unless given, and the default issuer', () => {
    const notice = buildPublicNoticeDocument({ call, programmeName: '智能制造试点示范项目', startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5, contact, projects: [project], issuedOn: '2026-07-01' });
    expect(notice).toMatchObject({
      kind: 'public_notice',
      call,
      title: '关于2026年武汉市智能制造试点示范项目拟认定名单的公示',
      period: { startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5 },
      contact,
      projects: [project],
      issuer: DEFAULT_PUBLICATION_ISSUER,
      issuedOn: '2026-07-01',
    });
    expect(notice.paragraphs[0]).toContain('拟认定以下1个项目');
  });

  it('keeps a title, a body and an issuer that are given', () => {
    const notice = buildPublicNoticeDocument({
      call,
      programmeName: '智能制造试点示范项目',
      startsOn: '2026-07-01',
      endsOn: '2026-07-09',
      workingDays: 7,
      contact,
      projects: [],
      issuedOn: '2026-07-01',
      issuer: '某区经信局',
      title: ' 关于某名单的公示 ',
      paragraphs: ['第一段', '第二段'],
    });
    expect(notice).toMatchObject({ title: '关于某名单的公示', paragraphs: ['第一段', '第二段'], issuer: '某区经信局', period: { endsOn: '2026-07-09' } });
    expect(buildPublicNoticeDocument({ call, programmeName: 'X', startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5, contact, projects: [], issuedOn: '2026-07-01', title: '  ' }).title).toBe('关于2026年武汉市X拟认定名单的公示');
  });
});

describe('the approved list (正式名单) view model', () => {
  const entry = { ...project, uscc: '91420100MAEC200T12' };

  it('has a standard title and no document number unless given', () => {
    expect(buildApprovedListDocument({ call, programmeName: '智能制造试点示范项目', entries: [entry], issuedOn: '2026-07-20' })).toEqual({
      kind: 'approved_list',
      call,
      title: '2026年武汉市智能制造试点示范项目认定名单',
      documentNumber: null,
      entries: [entry],
      issuer: DEFAULT_PUBLICATION_ISSUER,
      issuedOn: '2026-07-20',
    });
    expect(buildApprovedListDocument({ call, programmeName: 'X', entries: [], issuedOn: '2026-07-20', documentNumber: ' ', title: null }).documentNumber).toBeNull();
  });

  it('keeps a title, a document number and an issuer that are given', () => {
    expect(buildApprovedListDocument({ call, programmeName: 'X', entries: [], issuedOn: '2026-07-20', documentNumber: ' 武经信〔2026〕35号 ', title: '某名单', issuer: '某局' })).toMatchObject({
      title: '某名单',
      documentNumber: '武经信〔2026〕35号',
      issuer: '某局',
    });
  });
});

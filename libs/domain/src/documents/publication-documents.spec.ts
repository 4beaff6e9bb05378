import {
  approvedListNoticeTitle,
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
import { publicationWording } from '../publication/publication-wording';

const calendar = seededCalendar();

const call = { id: 7, title: '2026年武汉市智能制造试点示范项目申报', year: 2026, category: 'SMART_MFG_PILOT' as const, level: 'municipal' as const };
const centres = { id: 8, title: '2026年湖北省制造业创新中心推荐', year: 2026, category: 'INNOVATION_CENTRE' as const, level: 'provincial' as const };
const contact = { department: '武汉市经济和信息化局智能制造处', person: '刘老师', phone: '027-12345678', email: null, address: null };
const project = { enterpriseName: '武汉甲智能装备有限公司', projectName: '甲数字化车间', field: '高端装备/智能装备', district: '洪山区' };

describe('the publication texts', () => {
  it('titles the notice, the list and its 通知 after the year, the programme and the level', () => {
    expect(publicNoticeTitle(2026, 'SMART_MFG_PILOT', 'municipal')).toBe('关于2026年武汉市智能制造试点示范项目拟认定名单的公示');
    expect(approvedListTitle(2026, 'SMART_MFG_PILOT', 'municipal')).toBe('2026年武汉市智能制造试点示范项目认定名单');
    expect(approvedListNoticeTitle(2026, 'SMART_MFG_PILOT', 'municipal')).toBe('关于公布2026年武汉市智能制造试点示范项目认定名单的通知');
    expect(publicNoticeTitle(2018, 'SMART_MFG_PILOT', 'provincial')).toBe('关于2018年湖北省智能制造试点示范项目拟推荐名单的公示');
    expect(approvedListTitle(2026, 'INNOVATION_CENTRE', 'municipal')).toBe('2026年武汉市制造业创新中心认定名单');
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
    expect(publicNoticePeriodText(national)).toBe('2024年9月30日至2024年10月11日（5个工作日）');
  });

  it('writes the standard body: what is published, and how to object (in writing, real name, seal, confidentiality)', () => {
    const [intro, objections] = defaultPublicNoticeParagraphs({ year: 2026, wording: publicationWording('SMART_MFG_PILOT', 'municipal'), projectCount: 12, issuer: '武汉市经济和信息化局' });
    expect(intro).toContain('拟认定以下12个项目为2026年武汉市智能制造试点示范项目，现予以公示。');
    for (const text of ['书面形式向武汉市经济和信息化局提出', '加盖本单位公章', '真实姓名', '匿名异议', '保密']) expect(objections).toContain(text);
  });

  it('says 拟推荐 … 申报 for a provincial call and counts innovation centres as 家创新中心, never 项目', () => {
    const [intro, objections] = defaultPublicNoticeParagraphs({ year: 2026, wording: publicationWording('INNOVATION_CENTRE', 'provincial'), projectCount: 3, issuer: '武汉市经济和信息化局' });
    expect(intro).toContain('拟推荐以下3家创新中心申报2026年湖北省制造业创新中心，现予以公示。');
    expect(`${intro}${objections}`).not.toContain('项目');
    expect(intro).not.toContain('拟认定');
  });
});

describe('the public notice (公示) view model', () => {
  it('has a standard title, body and period unless given, and the issuer of its year', () => {
    const notice = buildPublicNoticeDocument({ call, startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5, contact, projects: [project], issuedOn: '2026-07-01' });
    expect(notice).toMatchObject({
      kind: 'public_notice',
      call,
      title: '关于2026年武汉市智能制造试点示范项目拟认定名单的公示',
      period: { startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5 },
      contact,
      projects: [project],
      listName: '拟认定名单',
      objectNoun: '项目',
      issuer: DEFAULT_PUBLICATION_ISSUER,
      issuedOn: '2026-07-01',
    });
    expect(notice.paragraphs[0]).toContain('拟认定以下1个项目');
  });

  it('is issued by the 委员会 in 2018 and by the 局 from 2019, by the date it carries', () => {
    const of = (issuedOn: string) => buildPublicNoticeDocument({ call: { ...call, year: 2018 }, startsOn: issuedOn, endsOn: issuedOn, workingDays: 5, contact, projects: [], issuedOn });
    expect(of('2018-12-31').issuer).toBe('武汉市经济和信息化委员会');
    expect(of('2018-12-31').paragraphs[1]).toContain('书面形式向武汉市经济和信息化委员会提出');
    expect(of('2019-01-02').issuer).toBe('武汉市经济和信息化局');
  });

  it('names a provincial notice 拟推荐名单', () => {
    const notice = buildPublicNoticeDocument({ call: centres, startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5, contact, projects: [project], issuedOn: '2026-07-01' });
    expect(notice).toMatchObject({ title: '关于2026年湖北省制造业创新中心拟推荐名单的公示', listName: '拟推荐名单', objectNoun: '创新中心', countWord: '家', entryNameHeader: '创新中心名称' });
  });

  it('keeps a title, a body and an issuer that are given', () => {
    const notice = buildPublicNoticeDocument({
      call,
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
    expect(buildPublicNoticeDocument({ call, startsOn: '2026-07-01', endsOn: '2026-07-07', workingDays: 5, contact, projects: [], issuedOn: '2026-07-01', title: '  ' }).title).toBe('关于2026年武汉市智能制造试点示范项目拟认定名单的公示');
  });
});

describe('the approved list (认定名单) laid out as a 通知', () => {
  const entry = { ...project, uscc: '91420100MAEC200T12' };

  it('has the 通知 title, 主送, body, attachment, issuer and date; no document number unless given', () => {
    const list = buildApprovedListDocument({ call, entries: [entry], issuedOn: '2026-07-20', publicNoticeTitle: '关于2026年武汉市智能制造试点示范项目拟认定名单的公示' });
    expect(list).toMatchObject({
      kind: 'approved_list',
      call,
      noticeTitle: '关于公布2026年武汉市智能制造试点示范项目认定名单的通知',
      title: '2026年武汉市智能制造试点示范项目认定名单',
      documentNumber: null,
      recipients: ['各区人民政府（含功能区管委会）', '有关单位'],
      attachmentLabel: '2026年武汉市智能制造试点示范项目认定名单',
      entries: [entry],
      issuer: DEFAULT_PUBLICATION_ISSUER,
      issuedOn: '2026-07-20',
    });
    expect(list.paragraphs[0]).toBe(
      '根据2026年武汉市智能制造试点示范项目申报工作安排，经企业申报、推荐单位推荐、形式审查、专家评审和公示（关于2026年武汉市智能制造试点示范项目拟认定名单的公示），认定1个项目为2026年武汉市智能制造试点示范项目。现将《2026年武汉市智能制造试点示范项目认定名单》予以公布。',
    );
    expect(buildApprovedListDocument({ call, entries: [], issuedOn: '2026-07-20', documentNumber: ' ', title: null }).documentNumber).toBeNull();
  });

  it('publishes a provincial call’s list as a 推荐名单 (确定推荐 … 申报)', () => {
    const list = buildApprovedListDocument({ call: centres, entries: [entry, entry], issuedOn: '2026-07-20', documentNumber: '武经信〔2026〕12号' });
    expect(list).toMatchObject({ noticeTitle: '关于公布2026年湖北省制造业创新中心推荐名单的通知', title: '2026年湖北省制造业创新中心推荐名单', documentNumber: '武经信〔2026〕12号', objectNoun: '创新中心' });
    expect(list.paragraphs[0]).toContain('确定推荐2家创新中心申报2026年湖北省制造业创新中心。');
    expect(list.paragraphs.join('')).not.toContain('项目');
  });

  it('is issued by the 委员会 when dated 2017–2018', () => {
    expect(buildApprovedListDocument({ call: { ...call, year: 2018 }, entries: [], issuedOn: '2018-07-20' }).issuer).toBe('武汉市经济和信息化委员会');
    expect(buildApprovedListDocument({ call: { ...call, year: 2018 }, entries: [], issuedOn: '2019-01-10' }).issuer).toBe('武汉市经济和信息化局');
  });

  it('keeps a title, a document number and an issuer that are given', () => {
    expect(buildApprovedListDocument({ call, entries: [], issuedOn: '2026-07-20', documentNumber: ' 武经信〔2026〕35号 ', title: '某名单', issuer: '某局' })).toMatchObject({
      title: '某名单',
      noticeTitle: '关于公布某名单的通知',
      documentNumber: '武经信〔2026〕35号',
      issuer: '某局',
    });
  });
});

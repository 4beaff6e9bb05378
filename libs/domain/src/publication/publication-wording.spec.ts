import { PROGRAMME_CATEGORIES } from '../catalogue/programme-categories';
import { RECOMMENDING_UNITS } from '../catalogue/recommending-units';
import {
  approvedListNoticeTitleOf,
  approvedListTitleOf,
  countedObjects,
  isRecommendationLevel,
  normaliseDocumentNumber,
  parseDocumentNumber,
  publicationIssuer,
  publicationIssuerOf,
  publicationOutcomeTexts,
  publicationRecipients,
  publicationWording,
  publicNoticeTitleOf,
  recipientsLine,
} from './publication-wording';

describe('publication wording per programme × level', () => {
  // Every level each programme has in the catalogue, with the words the bureau prints.
  const matrix = [
    ['SMART_MFG_PILOT', 'municipal', '项目', '关于2026年武汉市智能制造试点示范项目拟认定名单的公示', '2026年武汉市智能制造试点示范项目认定名单'],
    ['SMART_MFG_PILOT', 'provincial', '项目', '关于2026年湖北省智能制造试点示范项目拟推荐名单的公示', '2026年湖北省智能制造试点示范项目推荐名单'],
    ['SMART_MFG_PILOT', 'national', '项目', '关于2026年国家智能制造试点示范项目拟推荐名单的公示', '2026年国家智能制造试点示范项目推荐名单'],
    ['TECH_TRANSFORMATION', 'municipal', '项目', '关于2026年武汉市重大技术改造示范项目拟认定名单的公示', '2026年武汉市重大技术改造示范项目认定名单'],
    ['INNOVATION_CENTRE', 'municipal', '创新中心', '关于2026年武汉市制造业创新中心拟认定名单的公示', '2026年武汉市制造业创新中心认定名单'],
    ['INNOVATION_CENTRE', 'provincial', '创新中心', '关于2026年湖北省制造业创新中心拟推荐名单的公示', '2026年湖北省制造业创新中心推荐名单'],
    ['INNOVATION_CENTRE', 'national', '创新中心', '关于2026年国家制造业创新中心拟推荐名单的公示', '2026年国家制造业创新中心推荐名单'],
    ['IT_INTEGRATION', 'municipal', '企业', '关于2026年武汉市两化融合管理体系贯标试点企业拟认定名单的公示', '2026年武汉市两化融合管理体系贯标试点企业认定名单'],
    ['IT_INTEGRATION', 'national', '企业', '关于2026年国家两化融合管理体系贯标试点企业拟推荐名单的公示', '2026年国家两化融合管理体系贯标试点企业推荐名单'],
  ] as const;

  it('covers every level of every programme in the catalogue', () => {
    const covered = matrix.map(([category, level]) => `${category}/${level}`).sort();
    expect(covered).toEqual(PROGRAMME_CATEGORIES.flatMap((category) => category.levels.map((level) => `${category.code}/${level}`)).sort());
  });

  it.each(matrix)('%s at %s level: the noun %s, the notice title and the list title', (category, level, noun, noticeTitle, listTitle) => {
    const wording = publicationWording(category, level);
    expect(wording.objectNoun.zh).toBe(noun);
    expect(publicNoticeTitleOf(wording, 2026).zh).toBe(noticeTitle);
    expect(approvedListTitleOf(wording, 2026).zh).toBe(listTitle);
    expect(approvedListNoticeTitleOf(wording, 2026).zh).toBe(`关于公布${listTitle}的通知`);
    const recommends = level !== 'municipal';
    expect(isRecommendationLevel(level)).toBe(recommends);
    expect([wording.proposedVerb.zh, wording.finalVerb.zh]).toEqual(recommends ? ['拟推荐', '推荐'] : ['拟认定', '认定']);
    expect([wording.proposedListName.zh, wording.finalListName.zh]).toEqual(recommends ? ['拟推荐名单', '推荐名单'] : ['拟认定名单', '认定名单']);
  });

  it('never calls an innovation centre a 项目, and counts enterprises and centres with 家', () => {
    for (const level of ['municipal', 'provincial', 'national'] as const) {
      const wording = publicationWording('INNOVATION_CENTRE', level);
      expect(`${publicNoticeTitleOf(wording, 2026).zh}${approvedListTitleOf(wording, 2026).zh}${countedObjects(wording, 3)}`).not.toContain('项目');
    }
    expect(countedObjects(publicationWording('INNOVATION_CENTRE', 'municipal'), 3)).toBe('3家创新中心');
    expect(countedObjects(publicationWording('IT_INTEGRATION', 'municipal'), 20)).toBe('20家企业');
    expect(countedObjects(publicationWording('TECH_TRANSFORMATION', 'municipal'), 50)).toBe('50个项目');
  });

  it('reads an unknown level as the city’s own decision', () => {
    expect(publicationWording('SMART_MFG_PILOT', 'district').level).toBe('municipal');
  });

  it('gives English words for the apps’ English switch', () => {
    expect(publicNoticeTitleOf(publicationWording('INNOVATION_CENTRE', 'provincial'), 2026).en).toBe('Public notice: 2026 Hubei provincial manufacturing innovation centres, list proposed for recommendation');
    expect(approvedListTitleOf(publicationWording('SMART_MFG_PILOT', 'municipal'), 2026).en).toBe('2026 Wuhan smart manufacturing pilot demonstration projects: approved list');
  });
});

describe('what the enterprise is told when the list is published or an objection is upheld', () => {
  it('says 认定 for a municipal call and 推荐名单 / 不予推荐 when the city recommends upward, naming a centre as a centre', () => {
    expect(publicationOutcomeTexts(publicationWording('SMART_MFG_PILOT', 'municipal'))).toMatchObject({
      approved: { zh: '已正式认定' },
      removedAfterObjection: { zh: '公示期间异议经核查成立，该项目不予认定' },
      returnedAfterObjection: { zh: '公示期间异议经核查成立，该项目退回重新评审' },
    });
    expect(publicationOutcomeTexts(publicationWording('INNOVATION_CENTRE', 'provincial'))).toMatchObject({
      approved: { zh: '已列入推荐名单', en: 'On the recommendation list' },
      removedAfterObjection: { zh: '公示期间异议经核查成立，该创新中心不予推荐' },
    });
  });
});

describe('the issuer by year (the 2019 institutional reform)', () => {
  it('is 武汉市经济和信息化委员会 in 2017 and 2018 and 武汉市经济和信息化局 from 2019', () => {
    expect(publicationIssuer(2017)).toBe('武汉市经济和信息化委员会');
    expect(publicationIssuer(2018)).toBe('武汉市经济和信息化委员会');
    expect(publicationIssuer(2019)).toBe('武汉市经济和信息化局');
    expect(publicationIssuer(2026)).toBe('武汉市经济和信息化局');
    expect(publicationIssuerOf(2018).en).toBe('Wuhan Municipal Commission of Economy and Information Technology');
    expect(publicationIssuerOf(2019).en).toBe('Wuhan Municipal Bureau of Economy and Information Technology');
  });
});

describe('主送 of the 通知, from the recommending units catalogue', () => {
  it('addresses the districts’ governments with the functional zones’ committees, then the units concerned', () => {
    expect(publicationRecipients()).toEqual(['各区人民政府（含功能区管委会）', '有关单位']);
    expect(recipientsLine(publicationRecipients())).toBe('各区人民政府（含功能区管委会），有关单位：');
  });

  it('follows the kinds of units there are', () => {
    expect(publicationRecipients(RECOMMENDING_UNITS.filter((unit) => unit.kind === 'district'))).toEqual(['各区人民政府', '有关单位']);
    expect(publicationRecipients(RECOMMENDING_UNITS.filter((unit) => unit.kind === 'zone'))).toEqual(['各功能区管委会', '有关单位']);
  });
});

describe('文号 (document number)', () => {
  it('reads the official 〔year〕 form', () => {
    expect(parseDocumentNumber('武经信〔2026〕12号')).toEqual({ prefix: '武经信', year: 2026, serial: 12 });
    expect(parseDocumentNumber('武经信规〔2019〕3号')).toEqual({ prefix: '武经信规', year: 2019, serial: 3 });
  });

  it('reads the brackets officers type instead of 〔〕, and spaces', () => {
    for (const typed of ['武经信[2026]12号', '武经信【2026】12号', '武经信（2026）12号', '武经信（2026）12号', ' 武经信 〔2026〕 12号 ']) {
      expect(normaliseDocumentNumber(typed)).toBe('武经信〔2026〕12号');
      expect(parseDocumentNumber(typed)).toEqual({ prefix: '武经信', year: 2026, serial: 12 });
    }
  });

  it('refuses anything else', () => {
    for (const bad of ['', '12号', '武经信2026年12号', '武经信〔26〕12号', '武经信〔2026〕号', '武经信〔2026〕0号', '武经信〔2026〕12', 'WJX〔2026〕12号', '武经信〔2026〕12号附件']) {
      expect(parseDocumentNumber(bad)).toBeNull();
    }
  });
});

import { readNoticeEntries } from './public-notice.entity';

describe('stored 公示 and 名单 entries', () => {
  const entry = { applicationId: 7, enterpriseName: '武汉示范智能装备有限公司', uscc: '91420100MAEC200T12', projectName: '智能工厂', subFieldCode: null, rank: 1, withdrawn: false };

  it('reads an entry written before 推荐单位 (districtCode) as its unit', () => {
    expect(readNoticeEntries([{ ...entry, districtCode: '420111' }])).toEqual([{ ...entry, recommendingUnitCode: '420111' }]);
    expect(readNoticeEntries(JSON.stringify([{ ...entry, districtCode: null }]))).toEqual([{ ...entry, recommendingUnitCode: null }]);
  });

  it('keeps an entry that names its unit, and nothing for no list', () => {
    expect(readNoticeEntries([{ ...entry, recommendingUnitCode: 'DHGX' }])).toEqual([{ ...entry, recommendingUnitCode: 'DHGX' }]);
    expect(readNoticeEntries(null)).toBeNull();
  });
});

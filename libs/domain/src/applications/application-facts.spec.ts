import { projectNameOf, subFieldCodeOf } from './application-facts';

describe('application facts', () => {
  it('reads the project name and sub-field, empty until filled in', () => {
    expect(projectNameOf({ projectName: '数字化车间' })).toBe('数字化车间');
    expect(projectNameOf({})).toBe('');
    expect(subFieldCodeOf({ subFieldCode: 'EQUIP_SMART' })).toBe('EQUIP_SMART');
    expect(subFieldCodeOf({ subFieldCode: 3 })).toBeNull();
  });
});

import { buildCallSettings } from '../../../testing';
import { centreShareholdersRule } from './centre-shareholders.rule';

const settings = buildCallSettings('INNOVATION_CENTRE');
const three = [
  { name: '甲', sharePercent: 50 },
  { name: '乙', sharePercent: 30 },
  { name: '丙', sharePercent: 20 },
];

describe('centreShareholdersRule', () => {
  it('passes three shareholders with the largest at exactly 50 %', () => {
    expect(centreShareholdersRule(settings, {}, { shareholders: three }).outcome).toBe('pass');
  });
  it('finds the largest stake wherever it is listed', () => {
    const ascending = [...three].reverse();
    expect(centreShareholdersRule(settings, {}, { shareholders: ascending }).outcome).toBe('pass');
    const result = centreShareholdersRule(settings, {}, { shareholders: [{ name: '甲', sharePercent: 10 }, { name: '乙', sharePercent: 20 }, { name: '丙', sharePercent: 70 }] });
    expect(result.message.en).toContain('丙, holds 70%');
  });
  it('fails two shareholders', () => {
    expect(centreShareholdersRule(settings, {}, { shareholders: three.slice(0, 2) }).outcome).toBe('fail');
  });
  it('fails a dominant shareholder above 50 %, naming it', () => {
    const result = centreShareholdersRule(settings, {}, { shareholders: [{ name: '龙头', sharePercent: 60 }, ...three.slice(1, 3).map((h) => ({ ...h, sharePercent: 20 }))] });
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toContain('龙头');
  });
  it('reports missing without shareholders or with an incomplete row', () => {
    expect(centreShareholdersRule(settings, {}, {}).outcome).toBe('missing');
    expect(centreShareholdersRule(settings, {}, { shareholders: [] }).outcome).toBe('missing');
    expect(centreShareholdersRule(settings, {}, { shareholders: [...three, { name: '丁' }] }).outcome).toBe('missing');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';
import { SETTING_COMPARISONS, thresholdSettingPaths } from './threshold-sources';
import { THRESHOLD_TABLE_END, THRESHOLD_TABLE_START, thresholdTableMarkdown } from './threshold-table';

describe('docs/domain-rules.md', () => {
  it('carries the threshold table generated from the registry (run tools/domain-rules-doc.mjs after a change)', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/domain-rules.md'), 'utf8');
    const start = doc.indexOf(THRESHOLD_TABLE_START);
    const end = doc.indexOf(THRESHOLD_TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(doc.slice(start, end + THRESHOLD_TABLE_END.length)).toBe(thresholdTableMarkdown());
  });

  it('lists every setting of every category, with the call’s kind of source', () => {
    const table = thresholdTableMarkdown();
    for (const category of PROGRAMME_CATEGORY_CODES) for (const path of thresholdSettingPaths(category)) expect(table).toContain(`| \`${path}\` |`);
    expect(table).toContain('| `eligibility.minCncRatePercent` | 智能制造 70 | ≥ |');
    expect(table).toContain('| `eligibility.minEquipmentSharePercent` | 技改 25 | ≥ | **假设值，无政策依据**');
  });
});

describe('setting names say how they compare', () => {
  it('min… is ≥, max… and caps are ≤, …Above… is >', () => {
    for (const [path, comparison] of Object.entries(SETTING_COMPARISONS)) {
      const name = path.split('.').pop()!;
      if (/^min[A-Z]/.test(name) || /MinRevenue/.test(name) || path.includes('Floors')) expect([path, comparison]).toEqual([path, 'at_least']);
      if (/^max[A-Z]/.test(name) || /Cap/.test(name)) expect([path, comparison]).toEqual([path, 'at_most']);
      if (/Above/.test(name)) expect([path, comparison]).toEqual([path, 'more_than']);
    }
  });
  it('records a comparison for every numeric threshold of the eligibility rules', () => {
    const numeric = PROGRAMME_CATEGORY_CODES.flatMap((category) => thresholdSettingPaths(category)).filter((path) => /^eligibility\..*(min|max|Min|Above|Floors|Cap|Years|Months)/.test(path));
    expect(numeric.filter((path) => !(path in SETTING_COMPARISONS))).toEqual([]);
  });
});

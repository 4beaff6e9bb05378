import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkUscc, enterpriseApplicantProblem } from '@shifan/domain';

/**
 * The demo data's credit codes (issue #13): every code is valid under GB 32100 (positions 1–2 included), and every
 * enterprise's own code (`uscc`) is a `91` enterprise code, as registration and the profile now require. Other
 * organisations' codes (an expert's employer, a partner) may be public institutions.
 */
const SEEDS = join(__dirname, '../../../../seeds');

function codesIn(value: unknown, key: string | null, found: { key: string; code: string }[]): void {
  if (Array.isArray(value)) for (const item of value) codesIn(item, key, found);
  else if (value !== null && typeof value === 'object') for (const [child, inner] of Object.entries(value)) codesIn(inner, child, found);
  else if (typeof value === 'string' && key !== null && /uscc$/i.test(key)) found.push({ key, code: value });
}

describe('the credit codes of the demo data', () => {
  const found: { key: string; code: string }[] = [];
  for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.json'))) codesIn(JSON.parse(readFileSync(join(SEEDS, file), 'utf8')), null, found);

  it('are found', () => {
    expect(found.filter((entry) => entry.key === 'uscc').length).toBeGreaterThan(5);
  });
  it('are all valid codes', () => {
    expect(found.filter((entry) => !checkUscc(entry.code).valid)).toEqual([]);
  });
  it('give every enterprise a 91 enterprise code', () => {
    expect(found.filter((entry) => entry.key === 'uscc' && enterpriseApplicantProblem(entry.code) !== undefined)).toEqual([]);
  });
});

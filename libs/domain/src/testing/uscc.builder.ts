import fc from 'fast-check';
import { USCC_ALPHABET, computeOrgCodeCheckDigit, computeUsccCheckCharacter } from '../identity/uscc-checksum';
import { USCC_REGISTRATION_DEPARTMENTS } from '../identity/uscc-registration-types';

/** Builds a valid USCC from its parts (both check characters computed). Test-only. */
export function buildUscc({ department = '9', type = '1', division = '420100', body = 'MA4K0000' } = {}): string {
  const orgDigit = computeOrgCodeCheckDigit(body);
  if (orgDigit === undefined) throw new Error(`Bad organisation-code body: ${body}`);
  const first17 = `${department}${type}${division}${body}${orgDigit}`;
  const check = computeUsccCheckCharacter(first17);
  if (check === undefined) throw new Error(`Bad USCC parts: ${first17}`);
  return first17 + check;
}

const alphabetChar = fc.constantFrom(...USCC_ALPHABET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));

/** Every position 1–2 pair of the GB 32100 tables, e.g. `['9', '1']`. */
const REGISTRATION_PAIRS = USCC_REGISTRATION_DEPARTMENTS.flatMap((department) => department.types.map((type) => [department.code, type.code] as const));

/** fast-check arbitrary of valid USCCs over the whole structure (any GB 32100 department/type pair, division, body). */
export function usccArbitrary(): fc.Arbitrary<string> {
  return fc
    .record({
      pair: fc.constantFrom(...REGISTRATION_PAIRS),
      division: fc.array(digit, { minLength: 6, maxLength: 6 }).map((chars) => chars.join('')),
      body: fc.array(alphabetChar, { minLength: 8, maxLength: 8 }).map((chars) => chars.join('')),
    })
    .map(({ pair: [department, type], division, body }) => buildUscc({ department, type, division, body }));
}

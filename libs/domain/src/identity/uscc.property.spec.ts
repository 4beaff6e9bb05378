import fc from 'fast-check';
import { usccArbitrary } from '../testing';
import { checkUscc, isValidUscc, parseUscc } from './uscc';
import { USCC_ALPHABET } from './uscc-checksum';

describe('USCC properties', () => {
  it('every generated code validates and parses back into the same string', () => {
    fc.assert(
      fc.property(usccArbitrary(), (code) => {
        expect(isValidUscc(code)).toBe(true);
        const parts = parseUscc(code);
        expect(parts && `${parts.registrationDepartment.code}${parts.registrationType.code}${parts.divisionCode}${parts.organisationCode}${parts.checkCharacter}`).toBe(code);
      }),
      { numRuns: 500 },
    );
  });
  it('changing any one character of a valid code makes it invalid', () => {
    fc.assert(
      fc.property(usccArbitrary(), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, position, shift) => {
        const replacement = USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[position]) + shift) % 31];
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(mutated).not.toBe(code);
        expect(isValidUscc(mutated)).toBe(false);
        expect(checkUscc(mutated).problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
  it('swapping in any other character of the alphabet at position 18 is caught as a check-character problem', () => {
    fc.assert(
      fc.property(usccArbitrary(), fc.integer({ min: 1, max: 30 }), (code, shift) => {
        const wrong = code.slice(0, 17) + USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[17]) + shift) % 31];
        expect(checkUscc(wrong).problems.map((problem) => problem.code)).toEqual(['CHECK_CHARACTER']);
      }),
    );
  });
});

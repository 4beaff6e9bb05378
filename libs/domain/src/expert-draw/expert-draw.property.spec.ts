import fc from 'fast-check';
import { buildUscc, expertPoolArbitrary } from '../testing';
import { drawExperts } from './expert-draw';

const applicant = { uscc: buildUscc({ body: 'APPL0001' }) };

describe('expert draw properties', () => {
  it('is deterministic and independent of the pool order', () => {
    fc.assert(
      fc.property(fc.string(), expertPoolArbitrary(), fc.constantFrom(5, 7, 9), (seed, pool, panelSize) => {
        const input = { seed, pool, panelSize, applicant, referenceDate: '2025-10-15' };
        const first = drawExperts(input);
        expect(drawExperts(input)).toEqual(first);
        expect(drawExperts({ ...input, pool: [...pool].reverse() })).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
  it('never seats an excluded expert, seats distinct experts and exactly the panel size', () => {
    fc.assert(
      fc.property(fc.string(), expertPoolArbitrary(9, 40), fc.array(fc.nat(), { maxLength: 10 }), (seed, pool, picks) => {
        const excludedIds = new Set(picks.map((pick) => pool[pick % pool.length].id));
        const declaredRelations = [...excludedIds].map((expertId) => ({ expertId, kind: 'consultancy' as const }));
        const result = drawExperts({ seed, pool, applicant, declaredRelations, referenceDate: '2025-10-15' });
        expect(result.excluded.map((entry) => entry.expert.id).sort()).toEqual([...excludedIds].sort());
        if (!result.ok) {
          expect(result.error).toBe('POOL_TOO_SMALL');
          expect(pool.length - excludedIds.size).toBeLessThan(7);
          return;
        }
        const ids = result.panel.map((expert) => expert.id);
        expect(ids).toHaveLength(7);
        expect(new Set(ids).size).toBe(7);
        for (const id of ids) expect(excludedIds.has(id)).toBe(false);
        expect(result.panel.length + result.reserves.length + result.excluded.length).toBe(pool.length);
      }),
      { numRuns: 150 },
    );
  });
  it('covers every required field whenever it succeeds', () => {
    fc.assert(
      fc.property(fc.string(), expertPoolArbitrary(), fc.uniqueArray(fc.constantFrom('EQUIP_SMART', 'IT_IC', 'AUTO_NEV', 'LIFE_PHARMA'), { maxLength: 4 }), (seed, pool, requiredFields) => {
        const result = drawExperts({ seed, pool, applicant, requiredFields, referenceDate: '2025-10-15' });
        if (result.ok) {
          for (const field of requiredFields) expect(result.panel.some((expert) => expert.fields.includes(field))).toBe(true);
        } else {
          expect(result.error).toBe('REQUIRED_FIELD_UNCOVERED');
        }
      }),
      { numRuns: 100 },
    );
  });
});

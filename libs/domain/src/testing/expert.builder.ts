import fc from 'fast-check';
import type { Expert } from '../expert-draw/conflict-of-interest';
import { buildUscc } from './uscc.builder';

/** The USCC of an expert's (fictional) employer, one per expert id. */
export function employerUsccFor(id: string): string {
  const body = id.toUpperCase().replace(/[^0-9A-HJ-NPQRTUWXY]/g, '0').padStart(8, '0').slice(-8);
  return buildUscc({ department: '1', type: '2', body });
}

export function buildExpert(id: string, overrides: Partial<Expert> = {}): Expert {
  return { id, name: `专家${id}`, employerUscc: employerUsccFor(id), fields: ['EQUIP_SMART'], ...overrides };
}

/** A pool of `size` experts E001…, cycling through the given fields. */
export function buildExpertPool(size: number, fields: readonly string[] = ['EQUIP_SMART', 'IT_IC', 'AUTO_NEV']): Expert[] {
  return Array.from({ length: size }, (_, index) => buildExpert(`E${String(index + 1).padStart(3, '0')}`, { fields: [fields[index % fields.length]] }));
}

/** fast-check arbitrary: a pool of experts with unique ids and 1–2 fields each. */
export function expertPoolArbitrary(minSize = 7, maxSize = 40): fc.Arbitrary<Expert[]> {
  const field = fc.constantFrom('EQUIP_SMART', 'IT_IC', 'AUTO_NEV', 'LIFE_PHARMA');
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: minSize, maxLength: maxSize })
    .chain((ids) =>
      fc.tuple(...ids.map(() => fc.uniqueArray(field, { minLength: 1, maxLength: 2 }))).map((fieldLists) =>
        ids.map((id, index) => buildExpert(`E${String(id).padStart(3, '0')}`, { fields: fieldLists[index] })),
      ),
    );
}

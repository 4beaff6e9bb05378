import { buildExpert, buildExpertPool, buildUscc, employerUsccFor } from '../testing';
import { findConflicts } from './conflict-of-interest';
import { DEFAULT_PANEL_SIZE, type ExpertDrawInput, drawExperts, isValidPanelSize } from './expert-draw';
import { sha256Hex } from './sha256';

const applicant = { uscc: buildUscc({ body: 'APPL0001' }), coApplicantUsccs: [buildUscc({ body: 'C0AP0002' })] };
const base: ExpertDrawInput = { seed: '2025-09-SMART-001', pool: buildExpertPool(20), applicant, referenceDate: '2025-10-15' };

describe('drawExperts', () => {
  it('draws a panel of 7 by default and publishes the seed hash', () => {
    const result = drawExperts(base);
    if (!result.ok) throw new Error(result.error);
    expect(result.panel).toHaveLength(DEFAULT_PANEL_SIZE);
    expect(result.reserves).toHaveLength(13);
    expect(result.seedHash).toBe(sha256Hex('2025-09-SMART-001'));
    expect(result.excluded).toEqual([]);
  });
  it('gives the same panel for the same seed whatever the pool order, and another for another seed', () => {
    const first = drawExperts(base);
    const reversed = drawExperts({ ...base, pool: [...base.pool].reverse() });
    const other = drawExperts({ ...base, seed: '2025-09-SMART-002' });
    expect(first).toEqual(reversed);
    expect(first.ok && other.ok && first.panel.map((e) => e.id)).not.toEqual(other.ok && other.panel.map((e) => e.id));
  });
  it('excludes the applicant’s own staff, declared relations and recent co-applicants, with reasons', () => {
    const pool = [
      ...buildExpertPool(10),
      buildExpert('X-EMP', { employerUscc: applicant.uscc }),
      buildExpert('X-COEMP', { employerUscc: applicant.coApplicantUsccs[0] }),
      buildExpert('X-REL'),
      buildExpert('X-CO'),
      buildExpert('OK-OLD-CO'),
    ];
    const result = drawExperts({
      ...base,
      pool,
      declaredRelations: [{ expertId: 'X-REL', kind: 'relative' }],
      coApplications: [
        { expertId: 'X-CO', partnerUscc: applicant.uscc, date: '2023-03-01' },
        { expertId: 'OK-OLD-CO', partnerUscc: applicant.uscc, date: '2022-10-14' },
        { expertId: 'E001', partnerUscc: buildUscc({ body: '0THER001' }), date: '2025-01-01' },
      ],
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.excluded.map((entry) => [entry.expert.id, entry.reasons.map((reason) => reason.code)])).toEqual([
      ['X-CO', ['RECENT_CO_APPLICATION']],
      ['X-COEMP', ['EMPLOYER_IS_APPLICANT']],
      ['X-EMP', ['EMPLOYER_IS_APPLICANT']],
      ['X-REL', ['DECLARED_RELATION']],
    ]);
    const drawn = [...result.panel, ...result.reserves].map((expert) => expert.id);
    expect(drawn).toContain('OK-OLD-CO');
    expect(drawn).not.toContain('X-EMP');
  });
  it('covers each required field of expertise', () => {
    const pool = [...buildExpertPool(12, ['EQUIP_SMART']), buildExpert('IC-1', { fields: ['IT_IC'] }), buildExpert('NEV-1', { fields: ['AUTO_NEV', 'IT_IC'] })];
    const result = drawExperts({ ...base, pool, requiredFields: ['IT_IC', 'AUTO_NEV', 'AUTO_NEV'] });
    if (!result.ok) throw new Error(result.error);
    expect(result.panel.map((expert) => expert.id)).toContain('NEV-1');
    expect(result.panel.some((expert) => expert.fields.includes('IT_IC'))).toBe(true);
  });
  it('fails when a required field has no eligible expert', () => {
    const result = drawExperts({ ...base, requiredFields: ['LIFE_PHARMA'] });
    expect(result).toMatchObject({ ok: false, error: 'REQUIRED_FIELD_UNCOVERED', uncoveredFields: ['LIFE_PHARMA'] });
  });
  it('fails when more fields are required than seats', () => {
    const fields = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'];
    const pool = fields.map((field, index) => buildExpert(`S${index}`, { fields: [field] }));
    const result = drawExperts({ ...base, pool, panelSize: 5, requiredFields: fields });
    expect(result).toMatchObject({ ok: false, error: 'REQUIRED_FIELD_UNCOVERED', uncoveredFields: ['F6'] });
  });
  it('fails when too few experts remain after exclusions', () => {
    const pool = [...buildExpertPool(6), buildExpert('X-EMP', { employerUscc: applicant.uscc })];
    const result = drawExperts({ ...base, pool });
    expect(result).toMatchObject({ ok: false, error: 'POOL_TOO_SMALL' });
    expect(!result.ok && result.message.zh).toContain('6人');
    expect(result.excluded).toHaveLength(1);
  });
  it('refuses an even or too small panel and duplicate expert ids', () => {
    expect(drawExperts({ ...base, panelSize: 6 })).toMatchObject({ ok: false, error: 'INVALID_PANEL_SIZE' });
    expect(drawExperts({ ...base, panelSize: 3 })).toMatchObject({ ok: false, error: 'INVALID_PANEL_SIZE' });
    expect(drawExperts({ ...base, pool: [...base.pool, buildExpert('E001')] })).toMatchObject({ ok: false, error: 'DUPLICATE_EXPERT_ID' });
    expect([5, 7, 9].map(isValidPanelSize)).toEqual([true, true, true]);
    expect([4, 6, 7.5].map(isValidPanelSize)).toEqual([false, false, false]);
  });
});

describe('findConflicts', () => {
  const inputs = { applicant, referenceDate: '2025-10-15', coApplicationLookbackYears: 3 };
  it('finds none for an unrelated expert, including one without a known employer', () => {
    expect(findConflicts(buildExpert('E1'), inputs)).toEqual([]);
    expect(findConflicts(buildExpert('E2', { employerUscc: null }), inputs)).toEqual([]);
  });
  it('counts a co-application on the first day of the window but not one after the draw date', () => {
    const expert = buildExpert('E3');
    const within = findConflicts(expert, { ...inputs, coApplications: [{ expertId: 'E3', partnerUscc: applicant.uscc, date: '2022-10-15' }] });
    expect(within.map((reason) => reason.code)).toEqual(['RECENT_CO_APPLICATION']);
    expect(findConflicts(expert, { ...inputs, coApplications: [{ expertId: 'E3', partnerUscc: applicant.uscc, date: '2025-10-16' }] })).toEqual([]);
  });
  it('collects several reasons and ignores other experts’ declarations', () => {
    const expert = buildExpert('E4', { employerUscc: applicant.uscc });
    const reasons = findConflicts(expert, {
      ...inputs,
      declaredRelations: [
        { expertId: 'E4', kind: 'drafted_call' },
        { expertId: 'E5', kind: 'relative' },
      ],
    });
    expect(reasons.map((reason) => reason.code)).toEqual(['EMPLOYER_IS_APPLICANT', 'DECLARED_RELATION']);
    expect(reasons[1].message.zh).toContain('起草');
    expect(employerUsccFor('E4')).not.toBe(applicant.uscc);
  });
});

describe('drawExperts for a group of applications', () => {
  const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, index) => ({ id, name: id, employerUscc: `EMP${index}`, fields: ['X'] }));

  it('excludes an expert conflicted with any applicant of the group, once per reason', () => {
    const result = drawExperts({
      seed: 'group',
      pool,
      panelSize: 5,
      applicants: [{ uscc: 'EMP0' }, { uscc: 'EMP1' }, { uscc: 'EMP1' }],
      referenceDate: '2026-11-28',
    });
    expect(result.ok).toBe(true);
    expect(result.excluded.map((entry) => entry.expert.id)).toEqual(['a', 'b']);
    expect(result.excluded[1].reasons).toHaveLength(1);
    if (result.ok) expect(result.panel.map((expert) => expert.id)).not.toContain('a');
  });
});

import { buildUscc } from '../testing';
import { completeUscc, checkUscc, enterpriseApplicantProblem, isValidUscc, normalizeUscc, parseUscc, registrationKindOf } from './uscc';
import { computeOrgCodeCheckDigit, computeUsccCheckCharacter } from './uscc-checksum';
import { findRegistrationDepartment } from './uscc-registration-types';

describe('isValidUscc', () => {
  it.each(['91350100M000100Y43', '91420100MAEC200T12', '914403001922038216', '9144030071526726XG', '91110108551385082Q', '91420100MAKBNJMC9W'])(
    'accepts the verified code %s',
    (code) => expect(isValidUscc(code)).toBe(true),
  );
  it('rejects the GB 32100 worked example as printed (it fails on purpose)', () => {
    expect(isValidUscc('91350100M000100Y4Z')).toBe(false);
  });
  it('computes a check character of 0 where sum mod 31 is 0 (the classic off-by-one)', () => {
    expect(computeUsccCheckCharacter('91420100MA4K0000P')).toBe('0');
    const problems = checkUscc('91420100MA4K0000P0').problems.map((problem) => problem.code);
    expect(problems).toEqual(['ORG_CODE_CHECK_DIGIT']);
  });
});

describe('checkUscc', () => {
  it('explains a wrong length', () => {
    const [problem] = checkUscc('9142010').problems;
    expect(problem).toMatchObject({ code: 'LENGTH' });
    expect(problem.message.zh).toBe('统一社会信用代码应为18位，当前为7位');
  });
  it('points at the first forbidden character and suggests capitals for lower case', () => {
    expect(checkUscc('91420100MAEC200T1I').problems[0]).toMatchObject({ code: 'CHARACTER', position: 18 });
    const lower = checkUscc('91420100maec200t12').problems[0];
    expect(lower).toMatchObject({ code: 'CHARACTER', position: 9 });
    expect(lower.message.en).toContain('capital letters');
  });
  it('requires digits in the division code', () => {
    expect(checkUscc('9142A100MAEC200T12').problems[0]).toMatchObject({ code: 'DIVISION_DIGITS', position: 5 });
  });
  it('reports both check characters, with what they should be', () => {
    const { valid, problems } = checkUscc('91420100MAEC200T23');
    expect(valid).toBe(false);
    expect(problems.map((problem) => [problem.code, problem.expected])).toEqual([
      ['ORG_CODE_CHECK_DIGIT', '1'],
      ['CHECK_CHARACTER', computeUsccCheckCharacter('91420100MAEC200T2')],
    ]);
  });
  it('uses A=10 … Z=35 for the organisation code, not the 31-character table', () => {
    // M=22, Y=34 in the plain alphabet give 4; the USCC table (M=21, Y=30) would give another digit.
    expect(computeOrgCodeCheckDigit('M000100Y')).toBe('4');
    expect(computeOrgCodeCheckDigit('7152672')).toBeUndefined();
    expect(computeOrgCodeCheckDigit('7152672*')).toBeUndefined();
    expect(computeUsccCheckCharacter('short')).toBeUndefined();
    expect(computeUsccCheckCharacter('9142010OMAEC200T1')).toBeUndefined();
  });
  it('maps organisation-code remainders 10 and 11 to X and 0', () => {
    expect(computeOrgCodeCheckDigit('71526726')).toBe('X');
    expect(['0', 'X'].includes(computeOrgCodeCheckDigit('00000000') ?? '')).toBe(true);
  });
});

describe('parseUscc', () => {
  it('splits a Wuhan company code into its parts', () => {
    expect(parseUscc('91420100MAEC200T12')).toMatchObject({
      registrationDepartment: { code: '9', name: { zh: '工商' } },
      registrationType: { code: '1', name: { zh: '企业' } },
      divisionCode: '420100',
      organisationCode: 'MAEC200T1',
      organisationCodeFormatted: 'MAEC200T-1',
      checkCharacter: '2',
      registeredByWuhanAuthority: true,
      valid: true,
      problems: [],
    });
  });
  it('parses a code with a wrong check character and says so', () => {
    expect(parseUscc('91420100MAEC200T13')).toMatchObject({ valid: false, problems: [{ code: 'CHECK_CHARACTER' }] });
  });
  it('leaves unknown department and type names empty, and the code invalid', () => {
    const parts = parseUscc(buildUscc({ department: 'B', type: 'C' }));
    expect(parts?.registrationDepartment.name).toBeUndefined();
    expect(parts?.registrationType.name).toBeUndefined();
    expect(parts?.valid).toBe(false);
    expect(findRegistrationDepartment('N')?.types.map((type) => type.code)).toEqual(['1', '2', '3', '9']);
  });
  it('returns undefined for structurally broken input', () => {
    expect(parseUscc('123')).toBeUndefined();
  });
});

describe('normalizeUscc and completeUscc', () => {
  it('normalises case, spaces and hyphens', () => {
    expect(normalizeUscc(' 9142 0100-maec200t12 ')).toBe('91420100MAEC200T12');
  });
  it('completes the first 16 characters with both check characters', () => {
    expect(completeUscc('91420100MAEC200T')).toBe('91420100MAEC200T12');
    expect(completeUscc('9142')).toBeUndefined();
    expect(completeUscc('91420100MAEC20*T')).toBeUndefined();
    expect(completeUscc('9I420100MAEC200T')).toBeUndefined();
  });
});

describe('positions 1–2 (GB 32100 登记管理部门码 and 机构类别码)', () => {
  it.each([
    ['91', '企业'],
    ['92', '个体工商户'],
    ['93', '农民专业合作社'],
    ['12', '事业单位'],
    ['51', '社会团体'],
    ['N2', '村级集体经济组织'],
    ['Y1', '其他'],
  ])('accepts the pair %s (%s)', (pair, typeName) => {
    const code = buildUscc({ department: pair[0], type: pair[1] });
    expect(checkUscc(code)).toEqual({ valid: true, problems: [] });
    expect(parseUscc(code)?.registrationType.name?.zh).toBe(typeName);
  });
  it('refuses an unknown department with a message at position 1', () => {
    const [problem] = checkUscc(buildUscc({ department: 'B', type: '1' })).problems;
    expect(problem).toMatchObject({ code: 'REGISTRATION_TYPE', position: 1 });
    expect(problem.message.zh).toContain('登记管理部门码');
  });
  it.each(['94', '99', '54', 'Y2', '1A'])('refuses %s: the type is not one of its department', (pair) => {
    const [problem] = checkUscc(buildUscc({ department: pair[0], type: pair[1] })).problems;
    expect(problem).toMatchObject({ code: 'REGISTRATION_TYPE', position: 2 });
    expect(problem.message.zh).toContain('机构类别码');
  });
  it('names what the department allows', () => {
    const [problem] = checkUscc(buildUscc({ department: '9', type: '4' })).problems;
    expect(problem.message.zh).toContain('1 企业、2 个体工商户、3 农民专业合作社');
    expect(problem.message.en).toContain('1 Enterprise, 2 Individual business');
  });
});

describe('enterpriseApplicantProblem', () => {
  it('accepts a 91 company code', () => {
    expect(enterpriseApplicantProblem('91420100MAEC200T12')).toBeUndefined();
  });
  it('refuses a 92 individual business, saying what it is', () => {
    const problem = enterpriseApplicantProblem(buildUscc({ type: '2' }));
    expect(problem).toMatchObject({ code: 'NOT_ENTERPRISE', position: 2 });
    expect(problem?.message.zh).toContain('个体工商户');
    expect(problem?.message.zh).toContain('不是企业');
    expect(problem?.message.en).toContain('an individual business registered with industry and commerce');
  });
  it('refuses a 93 farmers’ cooperative', () => {
    expect(enterpriseApplicantProblem(buildUscc({ type: '3' }))?.message.zh).toContain('农民专业合作社');
  });
  it.each([
    ['1', '2', '机构编制登记的事业单位'],
    ['5', '2', '民政登记的民办非企业单位'],
    ['Y', '1', '其他登记的其他'],
  ])('refuses the non-工商 code %s%s at position 1 (%s)', (department, type, kind) => {
    const code = buildUscc({ department, type });
    expect(registrationKindOf(code)?.zh).toBe(kind);
    const problem = enterpriseApplicantProblem(code);
    expect(problem).toMatchObject({ code: 'NOT_ENTERPRISE', position: 1 });
    expect(problem?.message.zh).toContain(kind);
  });
  it('leaves invalid codes to checkUscc', () => {
    expect(enterpriseApplicantProblem('92420100MAEC200T12')).toBeUndefined();
    expect(enterpriseApplicantProblem('123')).toBeUndefined();
  });
});

import type { LocalizedText } from '../i18n/localized-text';
import { USCC_ALPHABET, USCC_LENGTH, computeOrgCodeCheckDigit, computeUsccCheckCharacter } from './uscc-checksum';
import { findRegistrationDepartment, findRegistrationType } from './uscc-registration-types';

/**
 * 统一社会信用代码 validation and parsing (GB 32100-2015 with the GB 11714 organisation code inside it).
 * Layout: pos 1 登记管理部门 | pos 2 机构类别 | pos 3–8 登记管理机关行政区划码 | pos 9–17 主体标识码 (组织机构代码) | pos 18 校验码.
 * Functions here are strict about case and spaces; run `normalizeUscc` on user input first.
 */
export type UsccProblemCode =
  | 'LENGTH'
  | 'CHARACTER'
  | 'DIVISION_DIGITS'
  | 'REGISTRATION_TYPE'
  | 'ORG_CODE_CHECK_DIGIT'
  | 'CHECK_CHARACTER'
  | 'NOT_ENTERPRISE';

export interface UsccProblem {
  code: UsccProblemCode;
  message: LocalizedText;
  /** 1-based position of the offending character, when there is one. */
  position?: number;
  /** The character the position should hold, for check-character problems. */
  expected?: string;
}

export interface UsccCheck {
  valid: boolean;
  problems: UsccProblem[];
}

/** Trims, drops inner spaces and hyphens, and upper-cases: what a person most likely meant. */
export function normalizeUscc(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

function lengthProblem(length: number): UsccProblem {
  return {
    code: 'LENGTH',
    message: {
      zh: `统一社会信用代码应为18位，当前为${length}位`,
      en: `A unified social credit code has 18 characters; this one has ${length}`,
    },
  };
}

function characterProblem(char: string, position: number): UsccProblem {
  const hint = /[a-z]/.test(char)
    ? { zh: '请使用大写字母', en: 'use capital letters' }
    : { zh: '只能使用数字和除 I、O、S、V、Z 以外的大写字母', en: 'only digits and capital letters other than I, O, S, V and Z are allowed' };
  return {
    code: 'CHARACTER',
    position,
    message: {
      zh: `第${position}位字符"${char}"无效：${hint.zh}`,
      en: `Character ${position} ("${char}") is not allowed: ${hint.en}`,
    },
  };
}

function structuralProblems(code: string): UsccProblem[] {
  if (code.length !== USCC_LENGTH) return [lengthProblem(code.length)];
  const chars = [...code];
  const badIndex = chars.findIndex((char) => !USCC_ALPHABET.includes(char));
  if (badIndex >= 0) return [characterProblem(chars[badIndex], badIndex + 1)];
  const badDivision = chars.slice(2, 8).findIndex((char) => !/^[0-9]$/.test(char));
  if (badDivision >= 0) {
    return [
      {
        code: 'DIVISION_DIGITS',
        position: badDivision + 3,
        message: {
          zh: '第3–8位为登记管理机关行政区划码，只能是数字',
          en: 'Characters 3–8 are the registering authority’s division code and must be digits',
        },
      },
    ];
  }
  return [];
}

/**
 * Positions 1–2 must be a pair of the GB 32100 tables (登记管理部门码 then 机构类别码): `91` is a company, `12` a public
 * institution; `B1` or `94` name nothing and are refused.
 */
function registrationTypeProblem(code: string): UsccProblem | undefined {
  const department = findRegistrationDepartment(code[0]);
  if (!department) {
    return {
      code: 'REGISTRATION_TYPE',
      position: 1,
      message: {
        zh: `第1位“${code[0]}”不是GB 32100规定的登记管理部门码（1–9、A、N、Y），请核对`,
        en: `Character 1 ("${code[0]}") is not a registration department of GB 32100 (1–9, A, N or Y); check the code`,
      },
    };
  }
  if (findRegistrationType(code[0], code[1])) return undefined;
  const allowed = department.types.map((type) => `${type.code} ${type.name.zh}`).join('、');
  const allowedEn = department.types.map((type) => `${type.code} ${type.name.en}`).join(', ');
  return {
    code: 'REGISTRATION_TYPE',
    position: 2,
    message: {
      zh: `第2位“${code[1]}”不是登记管理部门“${department.name.zh}”下的机构类别码（可为：${allowed}），请核对`,
      en: `Character 2 ("${code[1]}") is not an organisation type of department ${code[0]} (${department.name.en}); it may be ${allowedEn}`,
    },
  };
}

/** Every reason a code is not a valid USCC, in Chinese and English; `valid` when there are none. */
export function checkUscc(code: string): UsccCheck {
  const structural = structuralProblems(code);
  if (structural.length > 0) return { valid: false, problems: structural };
  const problems: UsccProblem[] = [];
  const registration = registrationTypeProblem(code);
  if (registration) problems.push(registration);
  const expectedOrgDigit = computeOrgCodeCheckDigit(code.slice(8, 16));
  if (expectedOrgDigit !== code[16]) {
    problems.push({
      code: 'ORG_CODE_CHECK_DIGIT',
      position: 17,
      expected: expectedOrgDigit,
      message: {
        zh: `第17位（组织机构代码校验码）应为 ${expectedOrgDigit}，请核对第9–17位`,
        en: `Character 17 (the organisation-code check digit) should be ${expectedOrgDigit}; check characters 9–17`,
      },
    });
  }
  const expectedCheck = computeUsccCheckCharacter(code.slice(0, 17));
  if (expectedCheck !== code[17]) {
    problems.push({
      code: 'CHECK_CHARACTER',
      position: 18,
      expected: expectedCheck,
      message: {
        zh: `第18位校验码不符（按前17位计算应为 ${expectedCheck}），请核对是否录入有误`,
        en: `The check character (18th) does not match: the first 17 characters give ${expectedCheck}; check for a typo`,
      },
    });
  }
  return { valid: problems.length === 0, problems };
}

/** True when positions 1–2 are a GB 32100 pair and the code passes both check characters (GB 32100 and GB 11714). */
export function isValidUscc(code: string): boolean {
  return checkUscc(code).valid;
}

export interface UsccParts {
  code: string;
  registrationDepartment: { code: string; name?: LocalizedText };
  registrationType: { code: string; name?: LocalizedText };
  /** GB/T 2260 code of the registering authority (not necessarily where the firm operates). */
  divisionCode: string;
  /** The 9-character 组织机构代码 (body + check digit), e.g. `MA4K0000P`. */
  organisationCode: string;
  /** The organisation code as usually printed, `XXXXXXXX-X`. */
  organisationCodeFormatted: string;
  checkCharacter: string;
  /** Heuristic only: registered by a Wuhan authority (division code 4201xx). Firms registered elsewhere may still operate in Wuhan. */
  registeredByWuhanAuthority: boolean;
  /** Whether both check characters are right. */
  valid: boolean;
  problems: UsccProblem[];
}

/**
 * Splits a code into its parts. Returns `undefined` unless it has 18 allowed characters with digits in 3–8; a code
 * with a wrong check character still parses (see `valid` and `problems`).
 */
export function parseUscc(code: string): UsccParts | undefined {
  if (structuralProblems(code).length > 0) return undefined;
  const department = findRegistrationDepartment(code[0]);
  const type = department?.types.find((candidate) => candidate.code === code[1]);
  const divisionCode = code.slice(2, 8);
  const organisationCode = code.slice(8, 17);
  const { valid, problems } = checkUscc(code);
  return {
    code,
    registrationDepartment: { code: code[0], name: department?.name },
    registrationType: { code: code[1], name: type?.name },
    divisionCode,
    organisationCode,
    organisationCodeFormatted: `${organisationCode.slice(0, 8)}-${organisationCode[8]}`,
    checkCharacter: code[17],
    registeredByWuhanAuthority: divisionCode.startsWith('4201'),
    valid,
    problems,
  };
}

/** Builds a valid USCC from its first 16 characters by appending both check characters. */
export function completeUscc(first16: string): string | undefined {
  if (first16.length !== 16) return undefined;
  const orgDigit = computeOrgCodeCheckDigit(first16.slice(8, 16));
  if (orgDigit === undefined) return undefined;
  const check = computeUsccCheckCharacter(first16 + orgDigit);
  return check === undefined ? undefined : first16 + orgDigit + check;
}

/** The detail code (API error `details[].code`) of an applicant whose USCC is not an enterprise code. */
export const USCC_NOT_ENTERPRISE = 'USCC_NOT_ENTERPRISE';

/** The USCC prefix of an enterprise registered with market regulation (工商 / 企业): the only applicants of enterprise programmes. */
export const ENTERPRISE_USCC_PREFIX = '91';

/** What positions 1–2 say the holder is, e.g. `{ zh: '工商登记的个体工商户', en: 'an individual business registered with industry and commerce' }`. */
export function registrationKindOf(code: string): LocalizedText | undefined {
  const department = findRegistrationDepartment(code[0]);
  const type = findRegistrationType(code[0], code[1]);
  if (!department || !type) return undefined;
  return { zh: `${department.name.zh}登记的${type.name.zh}`, en: `${type.name.en.toLowerCase()} registered with ${department.name.en.toLowerCase()}` };
}

/**
 * Why a valid code cannot apply to an enterprise programme, or `undefined` when it can (or is not a valid code at all:
 * `checkUscc` says why). Only `91` (工商登记的企业) applies; `92` 个体工商户, `93` 农民专业合作社 and every non-工商 code
 * are refused with a message naming what the code says the holder is.
 */
export function enterpriseApplicantProblem(code: string): UsccProblem | undefined {
  if (!checkUscc(code).valid || code.startsWith(ENTERPRISE_USCC_PREFIX)) return undefined;
  const kind = registrationKindOf(code);
  if (!kind) return undefined;
  return {
    code: 'NOT_ENTERPRISE',
    position: code[0] === '9' ? 2 : 1,
    message: {
      zh: `该统一社会信用代码以“${code.slice(0, 2)}”开头，表示${kind.zh}，不是企业；本平台的专项只受理企业（代码以“91”开头）申报`,
      en: `This credit code begins "${code.slice(0, 2)}", which marks ${withArticle(kind.en)}, not an enterprise; these programmes accept only enterprises (codes beginning "91")`,
    },
  };
}

function withArticle(text: string): string {
  return /^[aeiou]/.test(text) ? `an ${text}` : `a ${text}`;
}

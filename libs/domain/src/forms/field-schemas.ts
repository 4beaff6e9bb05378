import { z } from 'zod';
import { DEV_ZONE_CODES, DISTRICT_CODES } from '../catalogue/districts';
import { RECOMMENDING_UNIT_CODES } from '../catalogue/recommending-units';
import { SUB_FIELD_CODES } from '../catalogue/key-fields';
import type { LocalizedText } from '../i18n/localized-text';
import { localizedMessage } from '../i18n/localized-text';
import { USCC_NOT_ENTERPRISE, checkUscc, enterpriseApplicantProblem, normalizeUscc } from '../identity/uscc';
import { isValidResidentId } from '../publication/resident-id';
import { bilingual } from './form-meta';

/**
 * Field builders shared by the forms. Each takes the field's label so its messages can name it in both languages.
 * Money is in 万元 (10,000 yuan), the unit every notice uses.
 */

/** Upper bound for any amount in 万元: 1 000 亿元, far above any single project. */
export const MAX_WAN_YUAN = 10_000_000;
export const MAX_EMPLOYEES = 1_000_000;

function required(label: LocalizedText): { error: string } {
  return { error: bilingual(`请填写${label.zh}`, `Enter ${label.en.toLowerCase()}`) };
}

function chosen(label: LocalizedText): { error: string } {
  return { error: bilingual(`请选择${label.zh}`, `Choose ${label.en.toLowerCase()}`) };
}

export function textField(label: LocalizedText, min: number, max: number) {
  return z
    .string(required(label))
    .trim()
    .min(min, { error: bilingual(`${label.zh}至少${min}个字`, `${label.en} needs at least ${min} characters`) })
    .max(max, { error: bilingual(`${label.zh}不超过${max}个字`, `${label.en} has at most ${max} characters`) });
}

export function wanYuanField(label: LocalizedText, max: number = MAX_WAN_YUAN) {
  return z
    .number(required(label))
    .min(0, { error: bilingual(`${label.zh}不能为负数`, `${label.en} cannot be negative`) })
    .max(max, { error: bilingual(`${label.zh}不超过${max}万元`, `${label.en} is at most ${max} (10,000 yuan)`) });
}

export function percentField(label: LocalizedText) {
  return z
    .number(required(label))
    .min(0, { error: bilingual(`${label.zh}应在0–100之间`, `${label.en} must be between 0 and 100`) })
    .max(100, { error: bilingual(`${label.zh}应在0–100之间`, `${label.en} must be between 0 and 100`) });
}

export function countField(label: LocalizedText, max: number = MAX_EMPLOYEES) {
  return z
    .number(required(label))
    .int({ error: bilingual(`${label.zh}应为整数`, `${label.en} must be a whole number`) })
    .min(0, { error: bilingual(`${label.zh}不能为负数`, `${label.en} cannot be negative`) })
    .max(max, { error: bilingual(`${label.zh}不超过${max}`, `${label.en} is at most ${max}`) });
}

export function yearField(label: LocalizedText) {
  return z
    .number(required(label))
    .int({ error: bilingual(`${label.zh}应为整数年份`, `${label.en} must be a year`) })
    .min(2000, { error: bilingual(`${label.zh}应在2000–2100之间`, `${label.en} must be between 2000 and 2100`) })
    .max(2100, { error: bilingual(`${label.zh}应在2000–2100之间`, `${label.en} must be between 2000 and 2100`) });
}

export function dateField(label: LocalizedText) {
  return z.iso.date({ error: bilingual(`${label.zh}应为有效日期（YYYY-MM-DD）`, `${label.en} must be a valid date (YYYY-MM-DD)`) });
}

export function booleanField(label: LocalizedText) {
  return z.boolean(chosen(label));
}

/** Must be ticked: pledges and declarations the form cannot be sent without. */
export function pledgeField(label: LocalizedText) {
  return z.literal(true, { error: bilingual(`请确认：${label.zh}`, `Please confirm: ${label.en}`) });
}

export function enumField<const T extends readonly [string, ...string[]]>(label: LocalizedText, values: T) {
  return z.enum(values, chosen(label));
}

export function districtField(label: LocalizedText) {
  return z.enum(DISTRICT_CODES, chosen(label));
}

export function recommendingUnitField(label: LocalizedText) {
  return z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]], chosen(label));
}

/** 公民身份号码 (GB 11643-1999), upper-cased, with its check character verified. */
export function residentIdField(label: LocalizedText) {
  return z
    .string(required(label))
    .trim()
    .toUpperCase()
    .refine(isValidResidentId, { error: bilingual(`${label.zh}不是有效的18位公民身份号码`, `${label.en} is not a valid 18-character resident ID number`) });
}

export function devZoneField(label: LocalizedText) {
  return z.enum(DEV_ZONE_CODES, chosen(label));
}

export function subFieldField(label: LocalizedText) {
  return z.enum(SUB_FIELD_CODES, chosen(label));
}

/** Normalises (spaces, hyphens, case) and reports each USCC problem with its own bilingual message. */
export function usccField(label: LocalizedText) {
  return z
    .string(required(label))
    .max(40, { error: bilingual(`${label.zh}过长`, `${label.en} is too long`) })
    .overwrite(normalizeUscc)
    .superRefine((value, ctx) => {
      for (const problem of checkUscc(value).problems) {
        ctx.addIssue({ code: 'custom', message: localizedMessage(problem.message), params: { usccProblem: problem.code } });
      }
    });
}

/**
 * The USCC of an applicant to an enterprise programme: a valid code (as `usccField`) that is also a `91` enterprise
 * code; `92` 个体工商户, `93` 农民专业合作社 and non-工商 codes are refused, naming what the code says the holder is
 * (issue param `detailCode: 'USCC_NOT_ENTERPRISE'`).
 */
export function enterpriseUsccField(label: LocalizedText) {
  return usccField(label).superRefine((value, ctx) => {
    const problem = enterpriseApplicantProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: localizedMessage(problem.message), params: { usccProblem: problem.code, detailCode: USCC_NOT_ENTERPRISE } });
  });
}

/** 11-digit mobile number or a landline with area code (e.g. 027-85551234). */
export function phoneField(label: LocalizedText) {
  return z
    .string(required(label))
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { error: bilingual(`${label.zh}格式不正确`, `${label.en} is not a valid phone number`) });
}

export function emailField(label: LocalizedText) {
  return z.email({ error: bilingual(`${label.zh}格式不正确`, `${label.en} is not a valid e-mail address`) });
}

/** GB/T 4754-2017 division (大类) code, two digits. */
export function industryDivisionField(label: LocalizedText) {
  return z
    .string(required(label))
    .regex(/^\d{2}$/, { error: bilingual(`${label.zh}应为两位数字的国民经济行业大类代码`, `${label.en} must be a two-digit GB/T 4754 division code`) });
}

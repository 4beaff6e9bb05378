import { z } from 'zod';
import { RECOMMENDING_UNIT_CODES } from '../catalogue/recommending-units';
import { localizedMessage } from '../i18n/localized-text';
import { USCC_NOT_ENTERPRISE, checkUscc, enterpriseApplicantProblem, normalizeUscc } from '../identity/uscc';
import { checkPassword } from './password-policy';
import { STAFF_ROLES } from './roles';

/**
 * Request schemas of the accounts feature, shared by the API (validation, OpenAPI) and the apps (react-hook-form).
 * Messages carry both languages (`localizedMessage`); the reader's locale picks one.
 */
const msg = (zh: string, en: string) => localizedMessage({ zh, en });

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Staff sign-in names: lower-case letters, digits, dot, underscore, hyphen; starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

export const UsccField = z
  .string()
  .max(40, { message: msg('统一社会信用代码过长', 'The USCC is too long') })
  .transform((value) => normalizeUscc(value))
  .superRefine((value, ctx) => {
    const check = checkUscc(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: localizedMessage(check.problems[0].message), params: { problem: check.problems[0].code } });
  });

/** The USCC of an enterprise registering or claiming its account: a valid code that is also a `91` enterprise code. */
export const EnterpriseUsccField = UsccField.superRefine((value, ctx) => {
  const problem = enterpriseApplicantProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: localizedMessage(problem.message), params: { problem: problem.code, detailCode: USCC_NOT_ENTERPRISE } });
});

export const MobileField = z.string().trim().regex(MOBILE_PATTERN, { message: msg('请输入11位中国大陆手机号', 'Enter an 11-digit mainland China mobile number') });
export const EmailField = z.email({ message: msg('请输入有效的电子邮箱', 'Enter a valid email address') }).max(254);
export const PersonNameField = z.string().trim().min(2, { message: msg('至少2个字', 'At least 2 characters') }).max(50, { message: msg('最多50个字', 'At most 50 characters') });
export const PasswordField = z.string().min(1, { message: msg('请输入密码', 'Enter a password') }).max(128);
export const UsernameField = z
  .string()
  .trim()
  .regex(USERNAME_PATTERN, { message: msg('用户名为3–32位小写字母、数字、点、下划线或连字符，以字母开头', 'User names have 3–32 lower-case letters, digits, dots, underscores or hyphens, starting with a letter') });

/** Adds the password policy's problems as issues on `path`, checked against the given identities. */
function refinePassword(password: string, identities: (string | undefined)[], ctx: z.RefinementCtx, path: string): void {
  for (const problem of checkPassword(password, identities)) {
    ctx.addIssue({ code: 'custom', path: [path], message: localizedMessage(problem.message), params: { problem: problem.code } });
  }
}

export const RegisterEnterpriseSchema = z
  .object({
    uscc: EnterpriseUsccField,
    enterpriseName: z.string().trim().min(4, { message: msg('请输入营业执照上的企业全称', 'Enter the full name on the business licence') }).max(100),
    contactName: PersonNameField,
    mobile: MobileField,
    email: EmailField,
    password: PasswordField,
  })
  .superRefine((value, ctx) => refinePassword(value.password, [value.uscc], ctx, 'password'))
  .meta({ id: 'RegisterEnterprise' });
export type RegisterEnterprise = z.infer<typeof RegisterEnterpriseSchema>;

export const SignInSchema = z
  .object({
    login: z.string().trim().min(1, { message: msg('请输入统一社会信用代码或用户名', 'Enter the USCC or user name') }).max(64),
    password: PasswordField,
  })
  .meta({ id: 'SignIn' });
export type SignIn = z.infer<typeof SignInSchema>;

export const ChangePasswordSchema = z
  .object({ currentPassword: PasswordField, newPassword: PasswordField })
  .meta({ id: 'ChangePassword' });
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const PasswordResetRequestSchema = z.object({ login: SignInSchema.shape.login }).meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

export const TokenPasswordSchema = z
  .object({ token: z.string().min(20).max(200), newPassword: PasswordField })
  .meta({ id: 'TokenPassword' });
export type TokenPassword = z.infer<typeof TokenPasswordSchema>;

export const InviteColleagueSchema = z
  .object({ username: UsernameField, displayName: PersonNameField, mobile: MobileField, email: EmailField })
  .meta({ id: 'InviteColleague' });
export type InviteColleague = z.infer<typeof InviteColleagueSchema>;

const unitCodes = RECOMMENDING_UNIT_CODES as [string, ...string[]];

export const CreateStaffSchema = z
  .object({
    username: UsernameField,
    displayName: PersonNameField,
    role: z.enum(STAFF_ROLES),
    recommendingUnitCode: z.enum(unitCodes).optional().describe('推荐单位 a recommending-unit officer (district_officer) is bound to: one of the 13 districts or 5 functional zones'),
    mobile: MobileField.optional(),
    email: EmailField.optional(),
    password: PasswordField,
  })
  .superRefine((value, ctx) => {
    if (value.role === 'district_officer' && !value.recommendingUnitCode) {
      ctx.addIssue({ code: 'custom', path: ['recommendingUnitCode'], message: msg('推荐单位审核员须指定所属推荐单位', 'A recommending-unit officer needs a recommending unit') });
    }
    if (value.role !== 'district_officer' && value.recommendingUnitCode) {
      ctx.addIssue({ code: 'custom', path: ['recommendingUnitCode'], message: msg('只有推荐单位审核员属于某个推荐单位', 'Only recommending-unit officers belong to a recommending unit') });
    }
    refinePassword(value.password, [value.username], ctx, 'password');
  })
  .meta({ id: 'CreateStaff' });
export type CreateStaff = z.infer<typeof CreateStaffSchema>;

export const UpdateStaffSchema = z
  .object({
    version: z.number().int().min(1),
    displayName: PersonNameField.optional(),
    role: z.enum(STAFF_ROLES).optional(),
    recommendingUnitCode: z.enum(unitCodes).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'UpdateStaff' });
export type UpdateStaff = z.infer<typeof UpdateStaffSchema>;

/** The password rules as a refinement, for forms that check a new password against known identities. */
export function newPasswordIssues(password: string, identities: (string | undefined)[]): { message: string; problem: string }[] {
  return checkPassword(password, identities).map((problem) => ({ message: localizedMessage(problem.message), problem: problem.code }));
}

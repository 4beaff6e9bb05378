import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { checkPassword, type PasswordProblem, type PasswordProblemCode } from '@shifan/domain';
import { Flex, Typography } from 'antd';
import { useLocale } from '../i18n/use-locale';

export interface PasswordHintsProps {
  password: string;
  /** The account's sign-in name or USCC, which the password must not contain. */
  identities?: readonly (string | null | undefined)[];
}

/**
 * The rules of the policy, each with its text from @shifan/domain's checkPassword: a password of three repeated
 * letters that is also the identity breaks all of them but the length cap, so its problems are the rule list.
 */
const RULES: readonly PasswordProblem[] = checkPassword('aaa', ['aaa']);

const RULE_COLOURS = { met: '#389e0d', unmet: '#cf1322', idle: 'rgba(0, 0, 0, 0.45)' } as const;

function RuleIcon({ state }: { state: keyof typeof RULE_COLOURS }) {
  if (state === 'met') return <CheckCircleFilled style={{ color: RULE_COLOURS.met }} />;
  if (state === 'unmet') return <CloseCircleFilled style={{ color: RULE_COLOURS.unmet }} />;
  return <MinusCircleOutlined style={{ color: RULE_COLOURS.idle }} />;
}

/** The password policy as a live checklist under a new-password field. */
export function PasswordHints({ password, identities = [] }: PasswordHintsProps) {
  const { t } = useLocale();
  const current = checkPassword(password, identities);
  const problems = new Set<PasswordProblemCode>(current.map((problem) => problem.code));
  const rules = [...RULES, ...current.filter((problem) => !RULES.some((rule) => rule.code === problem.code))];

  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }} data-testid="password-hints">
      {rules.map((rule) => {
        const state = password === '' ? 'idle' : problems.has(rule.code) ? 'unmet' : 'met';
        return (
          <Flex key={rule.code} gap={6} align="center" data-rule={rule.code} data-state={state}>
            <RuleIcon state={state} />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(rule.message)}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}

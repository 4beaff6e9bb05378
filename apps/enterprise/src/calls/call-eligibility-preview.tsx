import type { CallView, RuleOutcome } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Flex, Popover, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ELIGIBILITY_TEXTS, OUTCOME_LABELS } from '../eligibility/eligibility-texts';
import { OUTCOME_TAG_COLOURS, OutcomeIcon } from '../eligibility/outcome-icon';
import { countByOutcome, isProfileRule, ruleTitle, runEligibility } from '../eligibility/run-eligibility';

export interface CallEligibilityPreviewProps {
  call: CallView;
  profile: Record<string, unknown>;
}

const SHOWN: readonly RuleOutcome[] = ['pass', 'fail', 'missing', 'warn'];

/**
 * The call's conditions on the enterprise (the profile side of its rules) checked against the profile with an empty
 * application: how many pass, fail or lack data, with each rule in a popover.
 */
export function CallEligibilityPreview({ call, profile }: CallEligibilityPreviewProps) {
  const { t } = useLocale();
  const results = useMemo(() => runEligibility(call.settings, profile, {}).results.filter(isProfileRule), [call.settings, profile]);
  if (results.length === 0) return <Typography.Text type="secondary">{t(ELIGIBILITY_TEXTS.noProfileRules)}</Typography.Text>;
  const counts = countByOutcome(results);
  const needsProfile = counts.fail + counts.missing > 0;

  const detail = (
    <Flex vertical gap={6} style={{ maxWidth: 420 }}>
      {results.map((result) => (
        <Flex key={result.ruleId} gap={8} align="flex-start" data-rule={result.ruleId} data-outcome={result.outcome}>
          <OutcomeIcon outcome={result.outcome} />
          <Flex vertical>
            <Typography.Text strong>{t(ruleTitle(result.ruleId))}</Typography.Text>
            <Typography.Text type="secondary">{t(result.message)}</Typography.Text>
          </Flex>
        </Flex>
      ))}
      {needsProfile && <Link to="/profile">{t(ELIGIBILITY_TEXTS.fixProfile)}</Link>}
    </Flex>
  );

  return (
    <Popover content={detail} title={t(ELIGIBILITY_TEXTS.previewHint)} trigger={['hover', 'click']}>
      <Flex gap={4} wrap align="center" style={{ cursor: 'pointer' }} data-testid="call-eligibility" data-pass={counts.pass} data-fail={counts.fail} data-missing={counts.missing}>
        <Typography.Text type="secondary" style={{ marginInlineEnd: 4 }}>
          {t(ELIGIBILITY_TEXTS.profileSide)}
        </Typography.Text>
        {SHOWN.filter((outcome) => outcome !== 'warn' || counts.warn > 0).map((outcome) => (
          <Tag key={outcome} color={counts[outcome] > 0 ? OUTCOME_TAG_COLOURS[outcome] : 'default'} style={{ marginInlineEnd: 0 }} data-outcome={outcome}>
            {t(OUTCOME_LABELS[outcome])} {counts[outcome]}
          </Tag>
        ))}
      </Flex>
    </Popover>
  );
}

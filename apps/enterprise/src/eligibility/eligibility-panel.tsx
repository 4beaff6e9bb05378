import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { ENTERPRISE_PROFILE_LABELS, type EligibilityReport, type FieldMeta, type LocalizedText, type RuleOutcome } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ELIGIBILITY_TEXTS, OUTCOME_LABELS, VERDICT_LABELS } from './eligibility-texts';
import { OUTCOME_TAG_COLOURS, OutcomeIcon } from './outcome-icon';
import { ruleTitle } from './run-eligibility';

const VERDICT_TYPES = { eligible: 'success', ineligible: 'error', incomplete: 'warning' } as const;
const PROFILE_LABELS = ENTERPRISE_PROFILE_LABELS as Readonly<Record<string, FieldMeta>>;
const COUNTED: readonly RuleOutcome[] = ['pass', 'fail', 'missing', 'warn'];
/** Problems first (what to fix is at the top of the panel), then warnings, then what passes; rule order within. */
const ORDER: Readonly<Record<RuleOutcome, number>> = { fail: 0, missing: 1, warn: 2, pass: 3 };

export interface EligibilityPanelProps {
  report: EligibilityReport;
  /** Labels of the application form's fields. */
  fields: Readonly<Record<string, FieldMeta>>;
  /** Opens the field's step and puts the cursor in it. */
  onFocusField: (name: string) => void;
  /** Read-only applications have nothing to fix. */
  editable: boolean;
}

function FieldLinks({ fields, labels, onFocusField, editable }: { fields: readonly string[]; labels: Readonly<Record<string, FieldMeta>>; onFocusField: (name: string) => void; editable: boolean }) {
  const { t } = useLocale();
  const links = fields.flatMap((path) => {
    const [scope, name] = path.split('.', 2);
    if (scope === 'application' && name && labels[name]) {
      const label: LocalizedText = labels[name].label;
      return [
        <Typography.Link key={path} onClick={() => onFocusField(name)} data-testid={`rule-field-${name}`}>
          <EditOutlined /> {t(label)}
        </Typography.Link>,
      ];
    }
    if (scope === 'profile' && name && editable) {
      const label = PROFILE_LABELS[name]?.label ?? ELIGIBILITY_TEXTS.fixProfile;
      return [
        <Link key={path} to={`/profile?field=${encodeURIComponent(name)}`} data-testid={`rule-profile-${name}`}>
          <LinkOutlined /> {t(label)}
        </Link>,
      ];
    }
    return [];
  });
  if (links.length === 0) return null;
  return (
    <Flex gap={4} vertical align="flex-start" style={{ fontSize: 13 }}>
      {links}
    </Flex>
  );
}

/**
 * The live eligibility check beside the form: the verdict, then every rule of the call with its outcome, its message
 * and the fields to fix (a form field opens its step; a profile field links to the profile page). Rules that fail or
 * lack data come first.
 */
const PANEL_SCROLL_STYLE = { maxHeight: 'calc(100vh - 180px)', overflowY: 'auto' } as const;

export function EligibilityPanel({ report, fields, onFocusField, editable }: EligibilityPanelProps) {
  const { t } = useLocale();
  return (
    <Card
      title={t(ELIGIBILITY_TEXTS.panelTitle)}
      size="small"
      data-testid="eligibility-panel"
      data-verdict={report.verdict}
    >
      {/* The list scrolls inside the panel; keyboard users reach it with Tab and scroll it with the arrow keys. */}
      <Flex vertical gap={12} tabIndex={0} role="region" aria-label={t(ELIGIBILITY_TEXTS.panelTitle)} style={PANEL_SCROLL_STYLE}>
        <Alert type={VERDICT_TYPES[report.verdict]} showIcon title={t(VERDICT_LABELS[report.verdict])} data-testid="eligibility-verdict" />
        <Flex gap={4} wrap>
          {COUNTED.filter((outcome) => outcome !== 'warn' || report.counts.warn > 0).map((outcome) => (
            <Tag key={outcome} color={report.counts[outcome] > 0 ? OUTCOME_TAG_COLOURS[outcome] : 'default'} style={{ marginInlineEnd: 0 }}>
              {t(OUTCOME_LABELS[outcome])} {report.counts[outcome]}
            </Tag>
          ))}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(ELIGIBILITY_TEXTS.panelIntro)}
        </Typography.Text>
        <Flex vertical gap={10} role="list">
          {[...report.results].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]).map((result) => (
            <Flex
              key={result.ruleId}
              gap={8}
              align="flex-start"
              role="listitem"
              data-testid={`rule-${result.ruleId}`}
              data-outcome={result.outcome}
              style={{ paddingBottom: 10, borderBottom: '1px solid #f0f0f0' }}
            >
              <span style={{ paddingTop: 2 }}>
                <OutcomeIcon outcome={result.outcome} />
              </span>
              <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Flex justify="space-between" gap={8} align="baseline">
                  <Typography.Text strong>{t(ruleTitle(result.ruleId))}</Typography.Text>
                  <Typography.Text style={{ fontSize: 12, color: undefined, whiteSpace: 'nowrap' }} type={result.outcome === 'fail' ? 'danger' : 'secondary'}>
                    {t(OUTCOME_LABELS[result.outcome])}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="rule-message">
                  {t(result.message)}
                </Typography.Text>
                {result.outcome !== 'pass' && <FieldLinks fields={result.fields} labels={fields} onFocusField={onFocusField} editable={editable} />}
              </Flex>
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

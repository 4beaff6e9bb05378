import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import type { RuleOutcome } from '@shifan/domain';

export const OUTCOME_COLOURS: Readonly<Record<RuleOutcome, string>> = {
  pass: '#389e0d',
  fail: '#cf1322',
  warn: '#d48806',
  missing: '#8c8c8c',
};

export const OUTCOME_TAG_COLOURS: Readonly<Record<RuleOutcome, string>> = { pass: 'success', fail: 'error', warn: 'warning', missing: 'default' };

/** ✓ pass, ✗ fail, ! warning, – missing, in their colours. */
export function OutcomeIcon({ outcome }: { outcome: RuleOutcome }) {
  const style = { color: OUTCOME_COLOURS[outcome], fontSize: 16 };
  switch (outcome) {
    case 'pass':
      return <CheckCircleFilled style={style} />;
    case 'fail':
      return <CloseCircleFilled style={style} />;
    case 'warn':
      return <ExclamationCircleFilled style={style} />;
    case 'missing':
      return <MinusCircleFilled style={style} />;
  }
}

import { SafetyCertificateOutlined } from '@ant-design/icons';
import { type AuditVerification, AuditVerificationSchema } from '@shifan/domain';
import { apiFetch, type ApiError, ApiErrorAlert, toApiError, useLocale } from '@shifan/ui';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { AUDIT_TEXTS, verificationText } from './audit-texts';

export const VERIFY_PATH = '/api/admin/audit/verify';

type VerifyState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: AuditVerification } | { kind: 'failed'; error: ApiError };

/** The 校验哈希链 button and, after a run, its result. */
export function useVerifyChain() {
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });
  const run = () => {
    setState({ kind: 'running' });
    apiFetch(VERIFY_PATH, {}, AuditVerificationSchema).then(
      (result) => setState({ kind: 'done', result }),
      (error: unknown) => setState({ kind: 'failed', error: toApiError(error) }),
    );
  };
  return { state, run, clear: () => setState({ kind: 'idle' }) };
}

export function VerifyChainButton({ running, onClick }: { running: boolean; onClick: () => void }) {
  const { t } = useLocale();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={running} onClick={onClick} data-testid="verify-chain">
      {t(AUDIT_TEXTS.verify)}
    </Button>
  );
}

export function VerifyChainResult({ state, onClose }: { state: VerifyState; onClose: () => void }) {
  const { t } = useLocale();
  if (state.kind === 'failed') return <ApiErrorAlert error={state.error} />;
  if (state.kind !== 'done') return null;
  return (
    <Alert
      type={state.result.ok ? 'success' : 'error'}
      showIcon
      title={t(verificationText(state.result))}
      closable={{ onClose }}
      data-testid="verify-result"
      data-ok={String(state.result.ok)}
    />
  );
}

import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { DECLARED_RELATION_KINDS, DECLARED_RELATION_LABELS, type ExpertAssignmentSummary } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, toApiError, useLocale } from '@shifan/ui';
import { Alert, Button, Card, Descriptions, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { fullFieldName } from '../experts/field-options';
import { declare } from './scoring-api';
import { ASSIGNMENTS_TEXTS, DECLARATION_TEXTS } from './scoring-texts';

export interface DeclarationCardProps {
  applicationId: number;
  /** The assignment from the expert's list, to say which application this is; null while it loads. */
  assignment: ExpertAssignmentSummary | null;
  /** The expert confirmed there is no conflict: the application may be loaded now. */
  onConfirmed: () => void;
  /** The expert declared a conflict and stepped down. */
  onSteppedDown: (assignment: ExpertAssignmentSummary) => void;
}

/**
 * 无利益冲突声明: before the application opens, the expert confirms none of the grounds for 回避 applies (employer,
 * the statutory relations, a joint application within 3 years), or declares one and steps down.
 */
export function DeclarationCard({ applicationId, assignment, onConfirmed, onSteppedDown }: DeclarationCardProps) {
  const { t } = useLocale();
  const [busy, setBusy] = useState<'confirm' | 'declare' | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const blind = assignment !== null && assignment.enterpriseName === null;

  const send = async (noConflict: boolean) => {
    setBusy(noConflict ? 'confirm' : 'declare');
    setError(null);
    try {
      const trimmed = note.trim();
      const answer = await declare(applicationId, noConflict ? { noConflict: true } : { noConflict: false, ...(trimmed ? { note: trimmed } : {}) });
      if (noConflict) onConfirmed();
      else onSteppedDown(answer);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={t(DECLARATION_TEXTS.title)} data-testid="declaration">
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t(DECLARATION_TEXTS.intro)}</Typography.Paragraph>
        {assignment && (
          <Descriptions
            size="small"
            bordered
            column={1}
            styles={{ label: { width: 160 } }}
            items={[
              { key: 'project', label: t(ASSIGNMENTS_TEXTS.project), children: assignment.projectName },
              {
                key: 'enterprise',
                label: t(ASSIGNMENTS_TEXTS.enterprise),
                children: assignment.enterpriseName ?? <Typography.Text type="secondary">{t(ASSIGNMENTS_TEXTS.anonymous)}</Typography.Text>,
              },
              { key: 'call', label: t(ASSIGNMENTS_TEXTS.call), children: assignment.callTitle },
              { key: 'panel', label: t(ASSIGNMENTS_TEXTS.panel), children: assignment.panelName },
              ...(assignment.subFieldCode ? [{ key: 'field', label: t(ASSIGNMENTS_TEXTS.field), children: t(fullFieldName(assignment.subFieldCode)) }] : []),
            ]}
          />
        )}
        <div data-testid="declaration-grounds">
          <Typography.Text strong>{t(DECLARATION_TEXTS.grounds)}</Typography.Text>
          <ol style={{ marginTop: 8, marginBottom: 0, paddingInlineStart: 24 }}>
            <li>{t(DECLARATION_TEXTS.groundEmployer)}</li>
            <li>
              {t(DECLARATION_TEXTS.groundRelationsIntro)}
              <ul style={{ paddingInlineStart: 20 }}>
                {DECLARED_RELATION_KINDS.map((kind) => (
                  <li key={kind}>{t(DECLARED_RELATION_LABELS[kind])}</li>
                ))}
              </ul>
            </li>
            <li>{t(DECLARATION_TEXTS.groundCoApplication)}</li>
          </ol>
        </div>
        <Alert type="warning" showIcon title={t(DECLARATION_TEXTS.consequence)} />
        {blind && <Alert type="info" showIcon title={t(DECLARATION_TEXTS.blind)} data-testid="declaration-blind" />}
        {error && <ApiErrorAlert error={error} />}
        <Flex vertical gap={8} data-testid="declare-conflict-form">
          <Typography.Text strong>{t(DECLARATION_TEXTS.note)}</Typography.Text>
          <Input.TextArea
            value={note}
            onChange={(event) => setNote(event.target.value)}
            maxLength={1000}
            showCount
            autoSize={{ minRows: 2, maxRows: 8 }}
            placeholder={t(DECLARATION_TEXTS.notePlaceholder)}
            aria-label={t(DECLARATION_TEXTS.note)}
            disabled={busy !== null}
            data-testid="declare-conflict-note"
          />
        </Flex>
        <Flex gap={12} justify="flex-end" wrap>
          <Button danger icon={<StopOutlined />} loading={busy === 'declare'} disabled={busy === 'confirm'} onClick={() => void send(false)} data-testid="declare-conflict">
            {t(DECLARATION_TEXTS.declare)}
          </Button>
          <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'confirm'} disabled={busy === 'declare'} onClick={() => void send(true)} data-testid="declare-no-conflict">
            {t(DECLARATION_TEXTS.confirm)}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

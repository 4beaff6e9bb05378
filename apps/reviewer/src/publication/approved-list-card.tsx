import { CheckCircleOutlined, ExportOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { type ApprovedListView, ApprovedListViewSchema, isProgrammeCategoryCode, type LocalizedText, type NoticeView, type ObjectionView, parseDocumentNumber, publicationWording } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, formatBeijingDateTime, toApiError, useLocale, useOptionalQuery } from '@shifan/ui';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { isOpenObjection } from './objections-table';
import { approvedListPath, approvedListPdfUrl, approvedListXlsxUrl, publicApprovedListUrl, publishApprovedList } from './publication-api';
import { entriesText, notEndedText, openObjectionsText, PUBLICATION_TEXTS, publishListText } from './publication-texts';

export interface ApprovedListCardProps {
  callId: number;
  notice: NoticeView;
  /** The notice's cases, when loaded; otherwise the notice's counts decide. */
  objections: readonly ObjectionView[] | null;
  /** After publishing: the caller reloads what changed (the notice, the ranking). */
  onPublished: (list: ApprovedListView) => void;
}

/** Why the approved list cannot be published yet: the notice has not ended, or objections are still open. */
export function publishBlockers(notice: Pick<NoticeView, 'phase' | 'endsOn' | 'objections'>, objections: readonly Pick<ObjectionView, 'status'>[] | null): LocalizedText[] {
  const reasons: LocalizedText[] = [];
  if (notice.phase !== 'ended') reasons.push(notEndedText(notice.endsOn));
  const open = objections ? objections.filter(isOpenObjection).length : notice.objections.open;
  if (open > 0) reasons.push(openObjectionsText(open));
  return reasons;
}

function PublishedList({ callId, list }: { callId: number; list: ApprovedListView | null }) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={12} data-testid="approved-published">
      <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={list?.title ?? t(PUBLICATION_TEXTS.approvedPublished)} description={t(PUBLICATION_TEXTS.approvedPublished)} />
      {list && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.noticeOfList)} span={2}>
            <span data-testid="approved-notice-title">{list.noticeTitle}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.documentNumber)}>
            <span data-testid="approved-document-number">{list.documentNumber ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.issuer)}>{list.issuer}</Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.publishedAt)}>{formatBeijingDateTime(list.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label={t(PUBLICATION_TEXTS.approvedEntries)}>
            <span data-testid="approved-entries" data-count={list.entries.length}>
              {t(entriesText(list.entries.length))}
            </span>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Flex gap={8} wrap>
        {/* The public page lives outside the reviewer app: a plain link, not a router link. */}
        <Button icon={<ExportOutlined />} href={publicApprovedListUrl(callId)} target="_blank" rel="noopener" data-testid="approved-public-link">
          {t(PUBLICATION_TEXTS.publicPage)}
        </Button>
        <Button icon={<FilePdfOutlined />} href={approvedListPdfUrl(callId)} target="_blank" rel="noopener" data-testid="approved-pdf">
          {t(PUBLICATION_TEXTS.approvedPdf)}
        </Button>
        <Button icon={<FileExcelOutlined />} href={approvedListXlsxUrl(callId)} data-testid="approved-xlsx">
          {t(PUBLICATION_TEXTS.approvedXlsx)}
        </Button>
      </Flex>
    </Flex>
  );
}

/**
 * 认定名单: the publish button, disabled with the reasons shown while the notice runs or objections are open; once
 * published, the links to the public page and the PDF and Excel files.
 */
export function ApprovedListCard({ callId, notice, objections, onPublished }: ApprovedListCardProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [published, setPublished] = useState<ApprovedListView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const isPublished = notice.approvedListPublished || (published !== null && published.callId === callId);
  const stored = useOptionalQuery(isPublished && !published ? approvedListPath(callId) : null, ApprovedListViewSchema);
  const list = published && published.callId === callId ? published : stored.data;
  const blockers = publishBlockers(notice, objections);
  const [documentNumber, setDocumentNumber] = useState('');
  const [touched, setTouched] = useState(false);
  const numberValid = parseDocumentNumber(documentNumber) !== null;
  // 认定名单 for the city's own decision, 推荐名单 when the city recommends to the province or the ministry.
  const listName = isProgrammeCategoryCode(notice.category) ? publicationWording(notice.category, notice.level).finalListName : PUBLICATION_TEXTS.approvedTitle;

  const publish = async () => {
    setTouched(true);
    if (!numberValid) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await publishApprovedList(callId, { documentNumber });
      setPublished(answer);
      void message.success(t(PUBLICATION_TEXTS.approvedPublished));
      onPublished(answer);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t(listName)}>
      <Typography.Paragraph type="secondary">{t(PUBLICATION_TEXTS.approvedIntro)}</Typography.Paragraph>
      {isPublished ? (
        <>
          {stored.error && <ApiErrorAlert error={stored.error} />}
          <PublishedList callId={callId} list={list} />
        </>
      ) : (
        <Flex vertical gap={12}>
          <Form layout="vertical" style={{ maxWidth: 420 }}>
            <Form.Item
              label={t(PUBLICATION_TEXTS.documentNumber)}
              required
              validateStatus={touched && !numberValid ? 'error' : undefined}
              help={touched && !numberValid ? t(PUBLICATION_TEXTS.documentNumberInvalid) : t(PUBLICATION_TEXTS.documentNumberHint)}
              style={{ marginBottom: 0 }}
            >
              <Input
                value={documentNumber}
                onChange={(event) => setDocumentNumber(event.target.value)}
                onBlur={() => setTouched(documentNumber.trim() !== '')}
                placeholder={t(PUBLICATION_TEXTS.documentNumberPlaceholder)}
                maxLength={50}
                disabled={blockers.length > 0}
                data-testid="approved-document-number-input"
              />
            </Form.Item>
          </Form>
          <Flex gap={12} align="center" wrap>
            <Button type="primary" icon={<CheckCircleOutlined />} disabled={blockers.length > 0} loading={busy} onClick={() => void publish()} data-testid="approved-publish">
              {t(publishListText(listName))}
            </Button>
            {blockers.length > 0 ? (
              <Typography.Text type="warning" data-testid="approved-publish-reason">
                {blockers.map((reason) => t(reason)).join(' · ')}
              </Typography.Text>
            ) : (
              <Typography.Text type="success">{t(PUBLICATION_TEXTS.ready)}</Typography.Text>
            )}
          </Flex>
          {error && <ApiErrorAlert error={error} />}
        </Flex>
      )}
    </Card>
  );
}

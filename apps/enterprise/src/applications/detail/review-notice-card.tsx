import type { ReviewNotice } from '@shifan/domain';
import { formatDateTime, useLocale } from '@shifan/ui';
import { Alert, List, Typography } from 'antd';

const TEXTS = {
  district_return: { zh: '推荐单位退回修改，请按以下意见修改后重新提交', en: 'Returned by the recommending unit: fix the points below and submit again' },
  formal_revision: { zh: '市经信局形式审查退回补正，请按以下意见补正后重新提交', en: 'Returned by the city bureau’s formal check: fix the points below and submit again' },
  district_rejection: { zh: '推荐单位不予推荐', en: 'Not recommended by the recommending unit' },
  formal_rejection: { zh: '形式审查不予受理', en: 'Rejected at the formal check' },
  dueOn: { zh: '补正截止日期（北京时间，含当日）', en: 'Resubmit by (Beijing time, inclusive)' },
  issued: { zh: '出具', en: 'Issued' },
} as const;

/** What the 推荐单位 or the city asked the enterprise to fix (or why it rejected), item by item, with the deadline. */
export function ReviewNoticeCard({ notice }: { notice: ReviewNotice }) {
  const { t } = useLocale();
  const rejection = notice.kind === 'district_rejection' || notice.kind === 'formal_rejection';
  return (
    <Alert
      type={rejection ? 'error' : 'warning'}
      showIcon
      data-testid="review-notice"
      title={t(TEXTS[notice.kind])}
      description={
        <>
          <List
            size="small"
            dataSource={notice.items}
            renderItem={(item, index) => (
              <List.Item data-testid={`review-notice-item-${index}`}>
                {index + 1}. {item.label ? `${t(item.label)}:` : ''}
                {item.message}
              </List.Item>
            )}
          />
          {notice.dueOn && (
            <Typography.Text strong data-testid="review-notice-due">
              {t(TEXTS.dueOn)}:{notice.dueOn}
            </Typography.Text>
          )}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t(TEXTS.issued)}:{notice.issuedBy} · {formatDateTime(notice.issuedAt)}
          </Typography.Paragraph>
        </>
      }
    />
  );
}

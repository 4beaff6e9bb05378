import { useLocale } from '@shifan/ui';
import { Button, Modal, Typography } from 'antd';
import { REVIEW_TEXTS } from './review-texts';

export interface StaleVersionModalProps {
  open: boolean;
  onReload: () => void;
}

/** After a 409 stale version: the application changed meanwhile; nothing was saved, reload before acting again. */
export function StaleVersionModal({ open, onReload }: StaleVersionModalProps) {
  const { t } = useLocale();
  return (
    <Modal
      open={open}
      title={t(REVIEW_TEXTS.staleTitle)}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      modalRender={(node) => <div data-testid="stale-version-modal">{node}</div>}
      footer={
        <Button type="primary" onClick={onReload} data-testid="stale-reload">
          {t(REVIEW_TEXTS.reload)}
        </Button>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t(REVIEW_TEXTS.staleText)}</Typography.Paragraph>
    </Modal>
  );
}

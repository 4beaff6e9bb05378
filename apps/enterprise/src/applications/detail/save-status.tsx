import { CheckCircleOutlined, CloudSyncOutlined, EditOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useLocale } from '@shifan/ui';
import { Button, Flex, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { DETAIL_TEXTS, savedAtText } from './detail-texts';
import type { Autosave } from './use-autosave';

export interface SaveStatusProps {
  autosave: Autosave;
  /** Labels of fields held back (not valid yet). */
  heldBackLabels: readonly string[];
}

/** 已保存 hh:mm:ss / 正在保存… / 有未保存的修改 / 保存失败 / 版本冲突, with 立即保存 or 处理冲突 where useful. */
export function SaveStatus({ autosave, heldBackLabels }: SaveStatusProps) {
  const { t } = useLocale();
  const { status, savedAt, error } = autosave;
  const content = (() => {
    switch (status) {
      case 'saving':
        return (
          <Typography.Text type="secondary">
            <CloudSyncOutlined spin /> {t(DETAIL_TEXTS.saving)}
          </Typography.Text>
        );
      case 'dirty':
        return (
          <Flex gap={6} align="center">
            <Typography.Text type="warning">
              <EditOutlined /> {t(DETAIL_TEXTS.unsaved)}
            </Typography.Text>
            <Button size="small" type="link" onClick={() => void autosave.saveNow()} style={{ padding: 0 }}>
              {t(DETAIL_TEXTS.saveNow)}
            </Button>
          </Flex>
        );
      case 'error':
        return (
          <Tooltip title={error?.message}>
            <Typography.Text type="danger">
              <ExclamationCircleOutlined /> {t(DETAIL_TEXTS.saveFailed)}
              {error ? `: ${error.message}` : ''}
            </Typography.Text>
          </Tooltip>
        );
      case 'conflict':
        return (
          <Flex gap={6} align="center">
            <Typography.Text type="danger">
              <WarningOutlined /> {t(DETAIL_TEXTS.conflict)}
            </Typography.Text>
            <Button size="small" danger onClick={() => autosave.setConflictOpen(true)} data-testid="conflict-reopen">
              {t(DETAIL_TEXTS.resolveConflict)}
            </Button>
          </Flex>
        );
      case 'saved':
        return (
          <Typography.Text type="success">
            <CheckCircleOutlined /> {savedAt ? t(savedAtText(dayjs(savedAt).format('HH:mm:ss'))) : t(DETAIL_TEXTS.notSavedYet)}
          </Typography.Text>
        );
    }
  })();
  return (
    <Flex vertical gap={2} data-testid="save-status" data-status={status} aria-live="polite">
      {content}
      {heldBackLabels.length > 0 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t(DETAIL_TEXTS.heldBack)} {heldBackLabels.join('、')}
        </Typography.Text>
      )}
    </Flex>
  );
}

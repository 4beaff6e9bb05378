import type { LocalizedText } from '@shifan/domain';
import { Alert, Button, Flex, Modal, Spin, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/use-locale';
import { CONFLICT_TEXTS, differencesText } from './conflict-texts';

/** One field that differs between the two versions, already formatted for reading. */
export interface ConflictRow {
  key: string;
  label: LocalizedText;
  /** Where the field lives (a section or step), shown under the label. */
  group?: LocalizedText;
  mine: ReactNode;
  theirs: ReactNode;
}

export interface VersionConflictModalProps {
  open: boolean;
  /** Why the save was refused (the API's CONFLICT message). */
  message?: string;
  /** A line about the server's version: its number and when it was saved. */
  serverNote?: ReactNode;
  /** The differing fields; `null` while the server's version is being fetched. */
  rows: readonly ConflictRow[] | null;
  /** Saves the user's version over the server's (with the server's version number). */
  onKeepMine: () => void;
  /** Loads the server's version into the form. */
  onTakeTheirs: () => void;
  /** Closes without choosing: nothing is saved meanwhile. */
  onLater?: () => void;
  /** Which choice is running, for its button's spinner. */
  busy?: 'mine' | 'theirs' | null;
}

/**
 * The two versions of a record side by side after a stale save (409 CONFLICT): the fields that differ, yours and
 * the server's, and the choice to keep yours (saved over the server's version) or take theirs. Nothing is
 * overwritten until the user chooses.
 */
export function VersionConflictModal({ open, message, serverNote, rows, onKeepMine, onTakeTheirs, onLater, busy = null }: VersionConflictModalProps) {
  const { t } = useLocale();
  const columns: TableColumnsType<ConflictRow> = [
    {
      key: 'field',
      title: t(CONFLICT_TEXTS.field),
      width: '28%',
      render: (_, row) => (
        <Flex vertical>
          <Typography.Text strong>{t(row.label)}</Typography.Text>
          {row.group && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(row.group)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'mine', title: t(CONFLICT_TEXTS.mine), render: (_, row) => <div data-testid="conflict-mine">{row.mine}</div>, onCell: () => ({ style: { background: '#f6ffed' } }) },
    { key: 'theirs', title: t(CONFLICT_TEXTS.theirs), render: (_, row) => <div data-testid="conflict-theirs">{row.theirs}</div>, onCell: () => ({ style: { background: '#e6f4ff' } }) },
  ];

  return (
    <Modal
      open={open}
      title={t(CONFLICT_TEXTS.title)}
      width={860}
      closable={Boolean(onLater)}
      maskClosable={false}
      keyboard={Boolean(onLater)}
      onCancel={onLater}
      data-testid="conflict-dialog"
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <span>{onLater && <Button onClick={onLater}>{t(CONFLICT_TEXTS.decideLater)}</Button>}</span>
          <Flex gap={8} wrap>
            <Tooltip title={t(CONFLICT_TEXTS.takeTheirsHint)}>
              <Button onClick={onTakeTheirs} loading={busy === 'theirs'} disabled={rows === null || busy === 'mine'} data-testid="conflict-take-theirs">
                {t(CONFLICT_TEXTS.takeTheirs)}
              </Button>
            </Tooltip>
            <Tooltip title={t(CONFLICT_TEXTS.keepMineHint)}>
              <Button type="primary" onClick={onKeepMine} loading={busy === 'mine'} disabled={rows === null || busy === 'theirs'} data-testid="conflict-keep-mine">
                {t(CONFLICT_TEXTS.keepMine)}
              </Button>
            </Tooltip>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {message && <Alert type="warning" showIcon title={message} />}
        {serverNote && <Typography.Text type="secondary">{serverNote}</Typography.Text>}
        {rows === null ? (
          <Flex justify="center" align="center" gap={8} style={{ padding: 24 }}>
            <Spin />
            <Typography.Text type="secondary">{t(CONFLICT_TEXTS.loading)}</Typography.Text>
          </Flex>
        ) : rows.length === 0 ? (
          <Typography.Text>{t(CONFLICT_TEXTS.noDifferences)}</Typography.Text>
        ) : (
          <>
            <Typography.Text>{t(differencesText(rows.length))}</Typography.Text>
            <Table<ConflictRow> rowKey="key" size="small" columns={columns} dataSource={[...rows]} pagination={false} scroll={{ y: 380 }} data-testid="conflict-table" />
          </>
        )}
      </Flex>
    </Modal>
  );
}

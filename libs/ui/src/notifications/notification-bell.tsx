import { BellOutlined } from '@ant-design/icons';
import { type NotificationView, NotificationViewSchema } from '@shifan/domain';
import { App, Badge, Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { z } from 'zod';
import { apiFetch, apiSend } from '../api/api-fetch';
import { toApiError } from '../api/api-error';
import { formatDateTime } from '../format/format-date-time';
import { useLocale } from '../i18n/use-locale';
import { NOTIFICATION_TEXTS, unreadText } from './notification-texts';

const NotificationListSchema = z.array(NotificationViewSchema);
const MarkedSchema = z.object({ marked: z.number().int() });

export const NOTIFICATIONS_PATH = '/api/notifications';

export interface NotificationBellProps {
  /** The app route a notification opens (e.g. its application), or null for none. */
  linkOf?: (notification: NotificationView) => string | null;
  /** How often the unread count is refreshed, default one minute. */
  refreshMs?: number;
}

/**
 * For the shell header of an enterprise: a bell with the number of unread notifications; clicking it lists them
 * (newest first, each linking to its application) with 全部标为已读. The count is refreshed on every navigation and
 * once a minute. Render it only for accounts that have notifications (enterprise roles).
 */
export function NotificationBell({ linkOf, refreshMs = 60_000 }: NotificationBellProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [open, setOpen] = useState(false);
  const [marking, setMarking] = useState(false);
  const { pathname } = useLocation();

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setItems(await apiFetch(NOTIFICATIONS_PATH, { signal }, NotificationListSchema));
    } catch {
      // The bell is a convenience: a failed refresh keeps the last list and tries again later.
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    const timer = window.setInterval(() => void load(), refreshMs);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
    // Asked again on every navigation, so a state change the user just made shows without waiting.
  }, [load, refreshMs, pathname]);

  const unread = items?.filter((item) => !item.read).length ?? 0;

  const markAllRead = async () => {
    setMarking(true);
    try {
      await apiSend(`${NOTIFICATIONS_PATH}/read`, 'POST', undefined, MarkedSchema);
      await load();
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setMarking(false);
    }
  };

  const content = (
    <div style={{ width: 360, maxWidth: '80vw' }} data-testid="notification-list">
      {items === null ? (
        <Flex justify="center" style={{ padding: 16 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(NOTIFICATION_TEXTS.none)} />
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, 20)}
          style={{ maxHeight: 360, overflowY: 'auto' }}
          renderItem={(item) => {
            const to = linkOf?.(item) ?? null;
            const title = t(item.title);
            return (
              <List.Item key={item.id} data-read={item.read ? 'true' : 'false'} style={{ paddingInline: 4 }}>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} align="baseline">
                    {!item.read && <Badge status="processing" title={t(NOTIFICATION_TEXTS.unread)} />}
                    {to ? (
                      <Link to={to} onClick={() => setOpen(false)}>
                        {title}
                      </Link>
                    ) : (
                      <Typography.Text>{title}</Typography.Text>
                    )}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void load();
      }}
      title={
        <Flex justify="space-between" align="center" gap={12}>
          <span>{t(NOTIFICATION_TEXTS.title)}</span>
          <Button size="small" type="link" onClick={() => void markAllRead()} loading={marking} disabled={unread === 0} data-testid="notifications-read">
            {t(NOTIFICATION_TEXTS.markAllRead)}
          </Button>
        </Flex>
      }
      content={content}
    >
      <Badge count={unread} size="small" offset={[-4, 4]} data-testid="notification-count" data-count={unread}>
        <Button ghost shape="circle" icon={<BellOutlined />} aria-label={unread > 0 ? t(unreadText(unread)) : t(NOTIFICATION_TEXTS.bellHint)} title={t(NOTIFICATION_TEXTS.bellHint)} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}

import type { LocalizedText } from '@shifan/domain';

export const NOTIFICATION_TEXTS = {
  title: { zh: '消息通知', en: 'Notifications' },
  bellHint: { zh: '消息通知', en: 'Notifications' },
  markAllRead: { zh: '全部标为已读', en: 'Mark all as read' },
  none: { zh: '暂无消息', en: 'No notifications yet' },
  unread: { zh: '未读', en: 'Unread' },
} as const satisfies Record<string, LocalizedText>;

export function unreadText(count: number): LocalizedText {
  return { zh: `${count} 条未读消息`, en: `${count} unread` };
}

import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { CategoryBadge } from '@simpul/ui';
import { formatDateTime, type NodeOf, useLanguage, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import type { MyNotificationsQuery } from '../__generated__/operations';
import { PORTAL } from '../messages';

export type NotificationNode = NodeOf<MyNotificationsQuery['myNotifications']>;

/** The link of a notification, where focus goes once its "Tandai dibaca" button is gone. */
export const notificationLinkId = (id: string) => `notification-${id}`;

/** One notification: what it is about (a link to it), when it came, whether it is read, and "Tandai dibaca". */
export function NotificationItem({
  notification,
  first,
  marking,
  onOpen,
  onMarkRead,
}: {
  notification: NotificationNode;
  first: boolean;
  marking: boolean;
  onOpen: () => void;
  onMarkRead: () => void;
}) {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const title = notification.title[language];
  const unread = !notification.readAt;
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="wrap"
      gap="sm"
      py="sm"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-gray-4)' }}
    >
      <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
        <Anchor
          id={notificationLinkId(notification.id)}
          component={Link}
          to={notification.url}
          fw={unread ? 800 : 500}
          size="lg"
          onClick={onOpen}
        >
          {title}
        </Anchor>
        <Text>{notification.body[language]}</Text>
        <Text size="sm">
          {t(`tasks.module.${notification.module}`)} · {formatDateTime(notification.createdAt, language)}
        </Text>
      </Stack>
      <Stack gap="xs" align="flex-end">
        <CategoryBadge tone={unread ? 'info' : 'neutral'} label={unread ? t('notifications.unread') : t('notifications.read')} />
        {unread && (
          <Button
            variant="default"
            size="compact-sm"
            loading={marking}
            onClick={onMarkRead}
            aria-label={t('notifications.markReadNamed', { title })}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Stack>
    </Group>
  );
}

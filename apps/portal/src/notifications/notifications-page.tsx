import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { SegmentedControl } from '@simpul/ui/mantine-inputs';
import { EmptyState, ErrorPanel, LoadingState, PageHeader, useMorePages, SignInNeeded } from '@simpul/ui';
import { useFormat, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { PORTAL } from '../messages';
import { ALL, useMarkRead } from './mark-read';
import { NotificationItem, notificationLinkId } from './notification-item';
import { MY_NOTIFICATIONS } from './notification-operations';
import { NOTIFICATION_SETTINGS_PATH } from './notification-paths';
import { useUnreadCount } from './unread-count';

const PAGE_SIZE = 20;

function NotificationList() {
  const t = useT(PORTAL);
  const format = useFormat();
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const pages = useMorePages(MY_NOTIFICATIONS, { first: PAGE_SIZE, unreadOnly: show === 'unread' }, (data) => data.myNotifications);
  const { items, hasMore, loadMore, loading, query } = pages;
  const { count } = useUnreadCount();
  const marking = useMarkRead();
  // The bell's count: one number for the header and the page, asked again after each marking
  // (null until it has answered, so no "0 belum dibaca" flashes first).
  const unread = count;
  const loadFailed = query.errors?.map((error) => error.message).join(' ');

  let list;
  if (loadFailed && items.length === 0) {
    list = <ErrorPanel title={t('notifications.error')} message={loadFailed} onRetry={query.refetch} retryLabel={t('glance.retry')} />;
  } else if (items.length === 0 && (loading || !query.data)) {
    list = <LoadingState label={t('notifications.loading')} />;
  } else if (items.length === 0) {
    list = <EmptyState title={show === 'unread' ? t('notifications.noneUnread') : t('notifications.none')} />;
  } else {
    list = (
      <>
        <ul aria-label={t('notifications.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item, index) => {
            const readAt = item.readAt ?? marking.readAt[item.id] ?? null;
            return (
              <NotificationItem
                key={item.id}
                notification={{ ...item, readAt }}
                first={index === 0}
                marking={marking.busy === item.id}
                // Opening it is reading it; the page it leads to is what matters, so no waiting.
                onOpen={() => {
                  if (!readAt) void marking.markOne(item.id);
                }}
                onMarkRead={() => {
                  void marking.markOne(item.id).then((ok) => ok && document.getElementById(notificationLinkId(item.id))?.focus());
                }}
              />
            );
          })}
        </ul>
        {loadFailed && (
          <ErrorPanel title={t('notifications.moreError')} message={loadFailed} onRetry={query.refetch} retryLabel={t('glance.retry')} />
        )}
        {hasMore && !loadFailed && (
          <Group>
            <Button variant="default" loading={loading} onClick={loadMore}>
              {t('tasks.more')}
            </Button>
          </Group>
        )}
      </>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap">
        <SegmentedControl
          aria-label={t('notifications.filter')}
          value={show}
          onChange={(value) => setShow(value === 'unread' ? 'unread' : 'all')}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadFilter') },
          ]}
        />
        <Group gap="sm">
          <Text role="status">{unread === null ? '' : t('notifications.unreadCount', { count: format.number(unread) })}</Text>
          {unread !== null && unread > 0 && (
            <Button variant="default" loading={marking.busy === ALL} onClick={() => void marking.markAll()}>
              {t('notifications.markAll')}
            </Button>
          )}
        </Group>
      </Group>
      {marking.errors && (
        <ErrorPanel title={t('notifications.markFailed')} message={marking.errors.map((error) => error.message).join(' ')} />
      )}
      {list}
    </Stack>
  );
}

/** The signed-in person's reminders from every module, newest first, to read, open and mark read. */
export function NotificationsPage() {
  const t = useT(PORTAL);
  const { user } = useSession();
  return (
    <Stack>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          user ? (
            <Anchor component={Link} to={NOTIFICATION_SETTINGS_PATH}>
              {t('notifications.settingsLink')}
            </Anchor>
          ) : undefined
        }
      />
      {user ? <NotificationList /> : <SignInNeeded message={t('notifications.signIn')} />}
    </Stack>
  );
}

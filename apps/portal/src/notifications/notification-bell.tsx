import { Anchor, Badge, Group } from '@mantine/core';
import { useFormat, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { PORTAL } from '../messages';
import { NOTIFICATIONS_PATH } from './notification-paths';
import { useUnreadCount } from './unread-count';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The header's bell: a link to the notifications page whose name says how many are unread. */
export function NotificationBell() {
  const t = useT(PORTAL);
  const format = useFormat();
  const { count } = useUnreadCount();
  const label = count ? t('notifications.bellUnread', { count: format.number(count) }) : t('notifications.bell');
  return (
    <Anchor component={Link} to={NOTIFICATIONS_PATH} c="white" aria-label={label} title={label} underline="never" display="inline-flex">
      <Group gap={4} wrap="nowrap" align="center">
        <BellIcon />
        {/* The number is in the link's name already; shown here for the eye. */}
        {count ? (
          <Badge color="red.8" size="sm" circle={count < 10} aria-hidden="true">
            {count > 99 ? '99+' : format.number(count)}
          </Badge>
        ) : null}
      </Group>
    </Anchor>
  );
}

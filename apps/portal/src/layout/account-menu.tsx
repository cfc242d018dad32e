import { Button, Menu } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { PORTAL } from '../messages';
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from '../notifications/notification-paths';

/** The signed-in person's own pages (Mantine's menu: a button with aria-expanded, arrow keys inside). */
export function AccountMenu() {
  const t = useT(PORTAL);
  return (
    // No transition and no hiding when detached: the header stays at the top, and jsdom (no layout)
    // would otherwise report the open menu as hidden.
    <Menu position="bottom-end" withinPortal transitionProps={{ duration: 0 }} hideDetached={false}>
      <Menu.Target>
        <Button size="compact-sm" variant="outline" color="white" rightSection={<span aria-hidden="true">▾</span>}>
          {t('account')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={NOTIFICATIONS_PATH}>
          {t('notifications.title')}
        </Menu.Item>
        <Menu.Item component={Link} to={NOTIFICATION_SETTINGS_PATH}>
          {t('notificationSettings.title')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

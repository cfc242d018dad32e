import { Box, Button, Paper } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { PORTAL } from '../messages';
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from '../notifications/notification-paths';

/**
 * The signed-in person's own pages: a menu button (WAI-ARIA APG) with aria-expanded, arrow keys, Home
 * and End inside, Escape back to the button. Our own, not Mantine's Menu: that was the page's only user
 * of Mantine's Popover, which brings floating-ui (~20 kB gzipped on every page, issue #17); a
 * dropdown under a button in the header needs no positioning engine.
 */
export function AccountMenu() {
  const t = useT(PORTAL);
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // The menu takes focus when it opens, so the arrow keys reach it at once.
  useEffect(() => {
    if (open) menu.current?.focus();
  }, [open]);

  // A press anywhere else closes it, as a click on the page outside a native menu does.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const current = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(current + 1);
    else if (event.key === 'ArrowUp') focusAt(current < 0 ? -1 : current - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(-1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
  };

  return (
    <Box ref={wrapper} pos="relative">
      <Button
        ref={button}
        id={buttonId}
        size="compact-sm"
        variant="outline"
        color="white"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        rightSection={<span aria-hidden="true">▾</span>}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('account')}
      </Button>
      {open && (
        <Paper
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          tabIndex={-1}
          shadow="md"
          withBorder
          p={4}
          pos="absolute"
          right={0}
          top="calc(100% + 4px)"
          miw={220}
          style={{ zIndex: 300 }}
          onKeyDown={onMenuKey}
        >
          <Link role="menuitem" tabIndex={-1} className="account-menu-item" to={NOTIFICATIONS_PATH} onClick={() => close(false)}>
            {t('notifications.title')}
          </Link>
          <Link role="menuitem" tabIndex={-1} className="account-menu-item" to={NOTIFICATION_SETTINGS_PATH} onClick={() => close(false)}>
            {t('notificationSettings.title')}
          </Link>
        </Paper>
      )}
    </Box>
  );
}

import { Anchor, Box, Button, Container, Group, Skeleton, Text } from '@mantine/core';
import { useLanguage, useSession, useT } from '@simpul/web-kit';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PORTAL } from '../messages';
import { useManifest } from '../remotes/manifest-context';
import { NotificationBell } from '../notifications/notification-bell';
import { SearchBox } from '../search/search-box';
import { UnreadCountProvider } from '../notifications/unread-count';
import { AccountMenu } from './account-menu';
import { DemoDataBanner } from './demo-data-banner';
import { LanguageSwitch } from './language-switch';
import { useNarrowScreen } from './use-narrow-screen';
import { currentNavItem, navItems } from './nav-items';

/** How long a `#target` may take to appear (the remote loads, then fetches its data). */
const HASH_TARGET_WAIT_MS = 10_000;

function focusElement(target: HTMLElement | null) {
  if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target?.focus({ preventScroll: false });
}

/**
 * Moves focus to the new page's heading after client-side navigation, as a full page load would;
 * with a `#target` (a task's "Lanjutkan" may point into a page), on to that element once the remote
 * has rendered it, unless the person has moved on by then.
 */
function useFocusOnNavigate() {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let heading: HTMLElement | null = null;
    // The remote may still be loading; wait a frame for its heading.
    const timer = window.setTimeout(() => {
      heading = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
      focusElement(heading);
    }, 50);
    const id = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;
    if (!id) return () => window.clearTimeout(timer);

    const untouched = () => [null, document.body, heading, document.getElementById('main')].includes(document.activeElement as HTMLElement);
    const tryTarget = () => {
      const target = document.getElementById(id);
      if (!target || !untouched()) return false;
      window.clearTimeout(timer);
      focusElement(target);
      return true;
    };
    if (tryTarget()) return;
    const observer = new MutationObserver(() => {
      if (tryTarget() || !untouched()) observer.disconnect();
    });
    observer.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), HASH_TARGET_WAIT_MS);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(giveUp);
      observer.disconnect();
    };
  }, [pathname, hash]);
}

/** Keeps the browser tab title in step with the page's h1, whichever remote rendered it (WCAG 2.4.2). */
function useTitleFromHeading(appName: string) {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const update = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [appName]);
}

export function AppLayout({ children }: { children: ReactNode }) {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const { user, checking, signOut } = useSession();
  const { remotes } = useManifest();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useFocusOnNavigate();
  useTitleFromHeading(t('appName'));
  const items = navItems(remotes, user, language, t);
  const current = currentNavItem(items, pathname);
  // On a phone (someone who scanned a QR code) the header and menu would fill half the first screen:
  // the tagline and the signed-in line go, and the menu folds behind one button.
  const narrow = useNarrowScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);
  const showMenu = !narrow || menuOpen;

  return (
    <UnreadCountProvider>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <DemoDataBanner />
      <Box component="header" bg="simpul.9" c="white" py="sm">
        <Container size="xl">
          <Group justify="space-between" wrap={narrow ? 'nowrap' : 'wrap'} gap="sm">
            <Group gap="sm" align="baseline">
              <Anchor component={Link} to="/" c="white" fw={800} fz="xl" underline="hover">
                {t('appName')}
              </Anchor>
              {!narrow && (
                <Text c="simpul.0" size="sm">
                  {t('tagline')}
                </Text>
              )}
            </Group>
            <Group gap={narrow ? 'xs' : 'md'} wrap={narrow ? 'nowrap' : 'wrap'}>
              <SearchBox compact={narrow} />
              <Box bg="white" px={4} py={2} style={{ borderRadius: 4 }}>
                <LanguageSwitch compact={narrow} />
              </Box>
              {user ? (
                <Group gap="sm">
                  <NotificationBell />
                  <Text size="sm" c="white" className={narrow ? 'visually-hidden' : undefined}>
                    {t('signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}
                  </Text>
                  <AccountMenu />
                  <Button
                    size="compact-sm"
                    variant="white"
                    color="dark"
                    onClick={() => {
                      void signOut();
                      void navigate('/');
                    }}
                  >
                    {t('signOut')}
                  </Button>
                </Group>
              ) : checking ? (
                // Same size as the button it stands for, so nothing moves when the check ends.
                <Skeleton height={26} width={72} radius="sm" aria-hidden="true" />
              ) : (
                <Button component={Link} to="/sign-in" size="compact-sm" variant="white" color="dark">
                  {t('signIn')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="nav" aria-label={t('mainNav')} bg="gray.1" style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
        <Container size="xl">
          {narrow && (
            <Button
              variant="subtle"
              color="simpul.8"
              my={4}
              px={0}
              aria-expanded={menuOpen}
              aria-controls="main-nav-list"
              onClick={() => setMenuOpen((open) => !open)}
            >
              {menuOpen ? t('menuClose') : t('menu')}
              {current ? ` · ${current.label}` : ''}
            </Button>
          )}
          {showMenu && (
            <Group
              id="main-nav-list"
              component="ul"
              gap={narrow ? 0 : 'lg'}
              py="xs"
              style={{
                listStyle: 'none',
                margin: 0,
                padding: 0,
                flexDirection: narrow ? 'column' : 'row',
                alignItems: narrow ? 'flex-start' : 'center',
              }}
              wrap="wrap"
            >
              {items.map((item) => (
                <li key={item.to}>
                  <Anchor
                    component={Link}
                    to={item.to}
                    aria-current={item === current ? 'page' : undefined}
                    className="nav-link"
                    fw={600}
                    c="simpul.8"
                    py={6}
                    display="inline-block"
                  >
                    {item.label}
                  </Anchor>
                </li>
              ))}
            </Group>
          )}
        </Container>
      </Box>
      {/* A screen tall at least, so the footer starts below the fold: a remote's page filling in never pushes it (layout shift). */}
      <Container component="main" id="main" tabIndex={-1} size="xl" py="xl" style={{ minHeight: '100vh' }}>
        {children}
      </Container>
      <Box component="footer" py="md" bg="gray.1" style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
        <Container size="xl">
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed">
              {t('footer')}
            </Text>
            <Anchor component={Link} to="/data" size="sm">
              {t('openData')}
            </Anchor>
          </Group>
        </Container>
      </Box>
    </UnreadCountProvider>
  );
}

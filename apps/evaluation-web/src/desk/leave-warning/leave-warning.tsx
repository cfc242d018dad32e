import { Button, Group, Text } from '@mantine/core';
import { Modal } from '@simpul/ui/mantine-more';
import { useT } from '@simpul/web-kit';
import { useContext, useEffect, useState } from 'react';
import { UNSAFE_DataRouterContext, useBlocker, useNavigate } from 'react-router';
import { F01 } from '../f01-messages';

/** The browser's own "leave site?" prompt on reload, closing the tab or typing another address. */
function useBeforeUnloadWarning(when: boolean): void {
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
}

function LeaveDialog({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  const t = useT(F01);
  return (
    <Modal opened={opened} onClose={onStay} title={t('leave.title')} centered>
      <Text size="sm">{t('leave.body')}</Text>
      <Group mt="md" justify="flex-end">
        <Button variant="default" onClick={onStay} data-autofocus>
          {t('leave.stay')}
        </Button>
        <Button color="red" onClick={onLeave}>
          {t('leave.go')}
        </Button>
      </Group>
    </Modal>
  );
}

/** Under a data router (the portal's): react-router's blocker holds any in-app navigation, Back included. */
function BlockerWarning({ when }: { when: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  return (
    <LeaveDialog
      opened={blocker.state === 'blocked'}
      onStay={() => blocker.state === 'blocked' && blocker.reset()}
      onLeave={() => blocker.state === 'blocked' && blocker.proceed()}
    />
  );
}

/**
 * Without a data router (no blocker there: the remote mounted on its own under a plain router): a
 * link clicked inside the page is held in the capture phase, before react-router's Link handles it,
 * and followed only if the person chooses to leave. Back cannot be held this way; the autosave sends
 * waiting drafts as the page goes away.
 */
function LinkWarning({ when }: { when: boolean }) {
  const navigate = useNavigate();
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!when) return;
    const hold = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      setTarget(url.pathname + url.search + url.hash);
    };
    document.addEventListener('click', hold, true);
    return () => document.removeEventListener('click', hold, true);
  }, [when]);
  return (
    <LeaveDialog
      opened={target !== null}
      onStay={() => setTarget(null)}
      onLeave={() => {
        const to = target;
        setTarget(null);
        if (to) void navigate(to);
      }}
    />
  );
}

/**
 * Warns before unsaved work is lost: the browser's prompt on reload or closing, and a dialog for
 * navigation inside the portal (react-router's useBlocker where the router supports it).
 */
export function LeaveWarning({ when }: { when: boolean }) {
  useBeforeUnloadWarning(when);
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  return dataRouter ? <BlockerWarning when={when} /> : <LinkWarning when={when} />;
}

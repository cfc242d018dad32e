import { Button, Group, Text } from '@mantine/core';
import { Modal } from '@simpul/ui/mantine-more';
import { useNavigationBlocker, useT } from '@simpul/web-kit';
import { useEffect } from 'react';
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

/**
 * Warns before unsaved work is lost: the browser's prompt on reload or closing, and one dialog for
 * any move to another page inside the portal, a link or the browser's Back (web-kit's navigation
 * blocker over the portal's history).
 */
export function LeaveWarning({ when }: { when: boolean }) {
  useBeforeUnloadWarning(when);
  const blocker = useNavigationBlocker(({ from, to }) => when && from.pathname !== to.pathname);
  return (
    <LeaveDialog
      opened={blocker.state === 'blocked'}
      onStay={() => blocker.state === 'blocked' && blocker.reset()}
      onLeave={() => blocker.state === 'blocked' && blocker.proceed()}
    />
  );
}

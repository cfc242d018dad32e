import { Anchor, Stack } from '@mantine/core';
import { ErrorPanel } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { PORTAL } from './messages';

/**
 * What the portal shows when one of its pages throws while rendering (a remote has its own panel):
 * the portal's words in the person's language instead of a blank page (page-error-boundary.tsx).
 */
export function PageError() {
  const t = useT(PORTAL);
  return (
    <Stack component="main" p="md" maw="60rem" mx="auto">
      <ErrorPanel title={t('pageError.title')} message={t('pageError.body')} onRetry={() => window.location.reload()} />
      <Anchor href="/">{t('home')}</Anchor>
    </Stack>
  );
}

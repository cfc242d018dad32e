import { Skeleton, Stack } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { PORTAL } from '../messages';

/**
 * What a new tab shows for the moment it asks whether the browser still has a session: a small
 * fixed-size placeholder, so neither the signed-out page nor a jump flashes by.
 */
export function SessionCheck() {
  const t = useT(PORTAL);
  return (
    <Stack role="status" aria-label={t('session.checking')} gap="sm" w={320} h={96}>
      <Skeleton height={32} width="70%" radius="sm" />
      <Skeleton height={16} radius="sm" />
      <Skeleton height={16} width="85%" radius="sm" />
    </Stack>
  );
}

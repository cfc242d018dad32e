import { Group, Loader, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { UI } from '../messages';

/** A spinner that also says so, in a status region screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT(UI);
  return (
    <Group role="status" gap="sm" my="md">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label ?? t('loading')}</Text>
    </Group>
  );
}

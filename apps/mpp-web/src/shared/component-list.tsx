import { Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import type { StandardComponent } from '../shared/enums';

/** The Standar Pelayanan components still missing or unpublished, named in words (spans, so it also fits in a checkbox hint). */
export function ComponentList({ missing, unpublished }: { missing: StandardComponent[]; unpublished: StandardComponent[] }) {
  const t = useT(MPP);
  const name = (c: StandardComponent) => t(`component.${c}`);
  return (
    <>
      {missing.length > 0 && (
        <Text component="span" display="block" size="sm">
          {t('notReady.missing', { list: missing.map(name).join(', ') })}
        </Text>
      )}
      {unpublished.length > 0 && (
        <Text component="span" display="block" size="sm">
          {t('notReady.unpublished', { list: unpublished.map(name).join(', ') })}
        </Text>
      )}
    </>
  );
}

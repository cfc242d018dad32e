import { Group, Text } from '@mantine/core';
import { OriginBadge } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { DataOrigin } from '../__generated__/operations';

/** A figure's origin badge with its source ("Sumber: Keputusan Menteri PANRB …"), or that it is a demo figure. */
export function FigureOrigin({ origin, source }: { origin: DataOrigin; source: string | null }) {
  const t = useT(EVALUATION);
  return (
    <Group gap="xs" wrap="wrap">
      <OriginBadge origin={origin} />
      <Text size="sm">{origin === 'DEMO' ? t('origin.demoFigure') : source ? t('origin.source', { source }) : null}</Text>
    </Group>
  );
}

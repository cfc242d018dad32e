import { Stack, Text } from '@mantine/core';
import { CategoryBadge, gradeTone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import type { DeskIkm } from './desk-ikm';
import { useMppFormat } from './format';

/** A desk's latest IKM from SKM: the value, its mutu category as a badge, respondents and period; "belum ada" before any survey. */
export function DeskIkmSummary({ ikm }: { ikm: DeskIkm | null }) {
  const t = useT(MPP);
  const f = useMppFormat();
  if (!ikm) return <Text size="xs" c="dimmed">{t('desk.ikmNone')}</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Text component="div" size="xs" fw={600}>
        {t('desk.ikmShort', { value: f.number(ikm.value, 2) })} <CategoryBadge tone={gradeTone(ikm.category.code)} label={`${ikm.category.code} · ${ikm.category.label}`} />
      </Text>
      <Text size="xs">{t('desk.ikmDetail', { respondents: f.number(ikm.respondents), period: ikm.periodLabel })}</Text>
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import { CategoryBadge, OriginWithSource, gradeTone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import type { DeskIkm, DeskIkmGap } from './desk-ikm';
import { useDeskIkmWords } from './desk-ikm-words';
import { useMppFormat } from './format';

/** A desk's latest IKM from SKM: the value, its mutu category as a badge, respondents and period; "belum ada" before any survey. */
export function DeskIkmSummary({ ikm, gap }: { ikm: DeskIkm | null; gap?: DeskIkmGap | null }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const words = useDeskIkmWords();
  if (!ikm)
    return (
      <Text size="xs" c="dimmed">
        {gap && gap !== 'NO_ANSWERS' ? words.none(gap) : t('desk.ikmNone')}
      </Text>
    );
  return (
    <Stack gap={2} align="flex-start">
      <Text component="div" size="xs" fw={600}>
        {t('desk.ikmShort', { value: f.number(ikm.value, 2) })}{' '}
        <CategoryBadge tone={gradeTone(ikm.category.code)} label={words.category(ikm)} />
      </Text>
      <Text size="xs">{t('desk.ikmDetail', { respondents: f.number(ikm.respondents), period: words.period(ikm) })}</Text>
      <OriginWithSource origin={ikm.origin} source={ikm.source} />
    </Stack>
  );
}

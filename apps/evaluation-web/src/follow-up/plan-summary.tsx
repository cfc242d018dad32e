import { Paper, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@simpul/web-kit';
import { FOLLOW_UP } from './messages';
import { progressOf } from './progress';

/** Counts per status of an accepted plan, and the share done. */
export function PlanSummary({ actions }: { actions: readonly { status: string }[] }) {
  const t = useT(FOLLOW_UP);
  const format = useFormat();
  const counts = progressOf(actions);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-summary-title">
      <Title order={2} size="h4" id="plan-summary-title">
        {t('summary.title')}
      </Title>
      <Text mt="xs">{t('summary.counts', { ...counts, percent: `${format.number(counts.percentDone, 1)}%` })}</Text>
    </Paper>
  );
}

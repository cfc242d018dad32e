import { Paper, Stack, Text, Title } from '@mantine/core';
import { GradeBadge } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { LokusResult } from '../lokus/lokus.operations';
import { FigureOrigin } from '../results/figure-origin';

/**
 * Where the live gap analysis stood: once the cycle is published the desk sees the official IPP and
 * category, when and from what source they were published — no estimate from the claims beside them.
 */
export function OfficialResultPanel({ result, publishedAt }: { result: LokusResult; publishedAt: string }) {
  const t = useT(EVALUATION);
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="official-result-title" data-testid="official-result">
      <Stack gap="xs">
        {/* A demo cycle's result is never called official, even once published. */}
        <Title order={2} size="h4" id="official-result-title">
          {result.origin === 'DEMO' ? t('official.titleDemo') : t('official.title')}
        </Title>
        <Text size="sm">{t('result.ipp')}</Text>
        <Text fw={800} fz={32} lh={1}>
          {format.number(result.index, 2)}
        </Text>
        <GradeBadge grade={result.category} />
        <Text size="sm">{t('official.published', { date: format.date(publishedAt) })}</Text>
        <FigureOrigin origin={result.origin} source={result.source} />
        <Text size="xs" c="dimmed">
          {t('official.note')}
        </Text>
      </Stack>
    </Paper>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { LokusResult } from '../lokus/lokus.operations';
import { ResultSummary } from '../results/result-summary';

/**
 * Where the live gap analysis stood: once the cycle is published the desk sees the result (the same
 * summary every reader sees) and when it was published — no estimate from the claims beside it.
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
        <ResultSummary result={result} />
        <Text size="sm">{t('official.published', { date: format.date(publishedAt) })}</Text>
        <Text size="xs" c="dimmed">
          {t('official.note')}
        </Text>
      </Stack>
    </Paper>
  );
}

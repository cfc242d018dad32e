import { Group, Paper, Stack, Text } from '@mantine/core';
import { useFormat, useLanguage, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import { CohortName } from '../shared/cohort-name';
import { FigureOrigin } from './figure-origin';
import type { LokusResult } from '../lokus/lokus.operations';
import { GradeBadge } from '@simpul/ui';

/** IPP, category and "peringkat k dari n" in one box. */
export function ResultSummary({ result }: { result: LokusResult }) {
  const t = useT(EVALUATION);
  const format = useFormat();
  const [language] = useLanguage();
  return (
    <Paper withBorder p="md">
      <Group gap="xl" align="flex-start">
        <Stack gap={2}>
          <Text size="sm">{t('result.ipp')}</Text>
          <Text fw={800} fz={36} lh={1}>
            {format.number(result.index, 2)}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="sm">{t('result.category')}</Text>
          <GradeBadge grade={result.category} />
        </Stack>
        <Stack gap={2}>
          <Text size="sm">{t('result.rank')}</Text>
          {/* Named by cycle and scheme, never by year alone: two cycles can share a year. */}
          <Text fw={700}>{result.rankLabel ? result.label[language] : t('result.noRank')}</Text>
          <Text size="sm">{result.rankLabel ? <CohortName of={result} /> : result.label[language]}</Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm">{t('result.parts')}</Text>
          {/* A published figure came without its parts: say so rather than show a zero. */}
          <Text>
            {result.evaluatorIndex === null
              ? t('result.publishedFigureOnly')
              : t('result.partsValue', {
                  f02: format.number(result.evaluatorIndex, 2),
                  f03: result.userIndex === null ? '–' : format.number(result.userIndex, 2),
                  respondents: result.respondents,
                })}
          </Text>
        </Stack>
      </Group>
      <Stack gap={4} mt="sm">
        <Text size="sm">{t('col.origin')}</Text>
        <FigureOrigin origin={result.origin} source={result.source} />
      </Stack>
      {result.version > 1 && (
        <Text size="sm" mt="sm">
          {t('result.corrected', { version: result.version, reason: result.reason ?? '' })}
        </Text>
      )}
    </Paper>
  );
}

import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { OriginWithSource } from '@simpul/ui';
import { useFormat, useLanguage, useSkmWords, useT, type QueryState } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EVALUATION } from '../messages';
import type { UnitLatestIkmQuery } from '../__generated__/operations';

/**
 * The unit's latest IKM beside an SKM indicator's claim (6.a.B–9.a.Ak): value, category, period,
 * respondents, whether the sample is adequate, and the public results page; or, plainly, that there
 * is none. A reference only: the claim still stands on its attached evidence.
 */
export function IkmReference({
  serviceUnitId,
  indicatorCode,
  query,
}: {
  serviceUnitId: string;
  indicatorCode: string;
  query: QueryState<UnitLatestIkmQuery>;
}) {
  const t = useT(EVALUATION);
  const format = useFormat();
  const [language] = useLanguage();
  const skm = useSkmWords();
  const headingId = `ikm-${indicatorCode}-title`;
  const ikm = query.data?.serviceUnit?.latestIkm ?? null;
  let body: ReactNode;
  if (query.errors && !query.data) body = <Text size="sm">{t('ikm.failed')}</Text>;
  else if (!query.data) body = <Text size="sm">{t('ikm.loading')}</Text>;
  else if (!ikm) {
    const gap = query.data.serviceUnit?.latestIkmGap;
    body = (
      <Text size="sm">
        {t('ikm.none')}
        {gap ? ` ${skm.headlineGap(gap)}` : ''}
      </Text>
    );
  } else {
    body = (
      <>
        <Text size="sm" fw={700}>
          {t('ikm.value', {
            value: format.number(ikm.value, 2),
            code: ikm.category.code,
            label: language === 'en' ? ikm.category.labelEn : ikm.category.label,
          })}
        </Text>
        <Text size="sm">
          {t('ikm.period', { period: skm.period(ikm) })} · {t('ikm.respondents', { count: format.number(ikm.respondents) })} ·{' '}
          {ikm.sampleAdequate ? t('ikm.sampleAdequate') : t('ikm.sampleShort')}
        </Text>
        <OriginWithSource origin={ikm.origin} source={ikm.source} />
      </>
    );
  }
  return (
    <Paper
      withBorder
      p="sm"
      bg="var(--mantine-color-gray-0)"
      component="section"
      aria-labelledby={headingId}
      data-testid={`ikm-${indicatorCode}`}
    >
      <Stack gap={4}>
        <Title order={4} size="h6" id={headingId}>
          {t('ikm.title')}
        </Title>
        <div aria-live="polite">{body}</div>
        <Text size="xs">{t('ikm.note')}</Text>
        <Anchor component={Link} to={`/skm/units/${serviceUnitId}/public`} size="sm">
          {t('ikm.public')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

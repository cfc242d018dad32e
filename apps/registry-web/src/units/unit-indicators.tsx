import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { GradeBadge, OriginWithSource } from '@simpul/ui';
import { useFormat, useLanguage, useQuery, useSkmWords, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { UNIT_INDICATORS } from './unit-indicators.operations';

/** The unit's latest IPP (PEKPPP) and IKM (SKM), each linking to its history in its own module. */
export function UnitIndicatorsSection({ unitId }: { unitId: string }) {
  const t = useT(REGISTRY);
  const format = useFormat();
  const [language] = useLanguage();
  const skm = useSkmWords();
  const { data, errors } = useQuery(UNIT_INDICATORS, { id: unitId });
  const unit = data?.serviceUnit;
  const ipp = unit?.ippResults.at(-1);
  const ikm = unit?.latestIkm;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="unit-indicators" aria-live="polite">
      <Title order={2} size="h3" id="unit-indicators" mb="sm">
        {t('indicators.title')}
      </Title>
      {errors && !data ? (
        <Text>{t('indicators.unavailable')}</Text>
      ) : !unit ? (
        <Text>{t('indicators.loading')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Stack gap={6}>
            <Text fw={700}>{t('indicators.ipp')}</Text>
            {ipp ? (
              <>
                <Text size="xl" fw={700}>
                  {format.number(ipp.index, 2)}
                </Text>
                <GradeBadge grade={ipp.category} />
                <OriginWithSource origin={ipp.origin} source={ipp.source} />
                {/* Named by cycle and scheme, not by year alone: two cycles can share a year. */}
                <Text size="sm">{ipp.label[language]}</Text>
              </>
            ) : (
              <Text>{t('indicators.ippNone')}</Text>
            )}
            <Anchor component={Link} to={`/evaluasi/units/${unitId}`}>
              {t('indicators.ippLink')}
            </Anchor>
          </Stack>
          <Stack gap={6}>
            <Text fw={700}>{t('indicators.ikm')}</Text>
            {ikm ? (
              <>
                <Text size="xl" fw={700}>
                  {format.number(ikm.value, 2)}
                </Text>
                <GradeBadge grade={ikm.category} />
                <OriginWithSource origin={ikm.origin} source={ikm.source} />
                <Text size="sm">{t('indicators.ikmPeriod', { period: skm.period(ikm), respondents: format.number(ikm.respondents) })}</Text>
                {!ikm.sampleAdequate && (
                  <Text size="sm" fw={600}>
                    {t('indicators.ikmSampleShort')}
                  </Text>
                )}
              </>
            ) : (
              <Text>{unit.latestIkmGap ? skm.headlineGap(unit.latestIkmGap) : t('indicators.ikmNone')}</Text>
            )}
            <Anchor component={Link} to={`/skm/units/${unitId}/public`}>
              {t('indicators.ikmLink')}
            </Anchor>
          </Stack>
        </SimpleGrid>
      )}
    </Paper>
  );
}

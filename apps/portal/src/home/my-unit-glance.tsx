import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorPanel, GradeBadge, LoadingState, OriginWithSource } from '@simpul/ui';
import { useFormat, useLanguage, useQuery, useSkmWords, useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PORTAL } from '../messages';
import { MY_UNIT } from './my-unit-query';

function Indicator({ title, children, link }: { title: string; children: ReactNode; link: { to: string; label: string } }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
        <Anchor component={Link} to={link.to}>
          {link.label}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The desk's own unit at a glance: its latest IPP, IKM and innovations, each linking to the details. */
export function MyUnitGlance({ unitId }: { unitId: string }) {
  const t = useT(PORTAL);
  const format = useFormat();
  const [language] = useLanguage();
  const skm = useSkmWords();
  const { data, errors, loading, refetch } = useQuery(MY_UNIT, { id: unitId });

  if (errors) return <ErrorPanel title={t('glance.error')} message={errors[0]?.message} onRetry={refetch} retryLabel={t('glance.retry')} />;
  if (loading && !data) return <LoadingState label={t('glance.loading')} />;
  const unit = data?.serviceUnit;
  if (!unit) return null;
  const ipp = unit.ippResults.at(-1);
  const ikm = unit.latestIkm;

  return (
    <Stack gap="sm" aria-live="polite">
      <Title order={2} size="h3">
        {t('glance.title', { unit: unit.name })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Indicator title={t('glance.ipp')} link={{ to: `/evaluasi/units/${unit.id}`, label: t('glance.ippLink') }}>
          {ipp ? (
            <>
              <Text size="xl" fw={700}>
                {format.number(ipp.index, 2)}
              </Text>
              <GradeBadge grade={ipp.category} />
              <OriginWithSource origin={ipp.origin} source={ipp.source} />
              {/* Named by cycle and scheme ("PEKPPP 2026 (Pemantauan): peringkat 2 dari 3"): two cycles can share a year. */}
              <Text size="sm">
                {ipp.label[language]}
                {ipp.published ? '' : ` · ${t('glance.unpublished')}`}
              </Text>
            </>
          ) : (
            <Text>{t('glance.ippNone')}</Text>
          )}
        </Indicator>
        <Indicator title={t('glance.ikm')} link={{ to: '/skm', label: t('glance.ikmLink') }}>
          {ikm ? (
            <>
              <Text size="xl" fw={700}>
                {format.number(ikm.value, 2)}
              </Text>
              <GradeBadge grade={ikm.category} />
              <OriginWithSource origin={ikm.origin} source={ikm.source} />
              <Text size="sm">{t('glance.ikmPeriod', { period: skm.period(ikm), respondents: format.number(ikm.respondents) })}</Text>
              {!ikm.sampleAdequate && (
                <Text size="sm" fw={600}>
                  {t('glance.ikmSampleShort')}
                </Text>
              )}
            </>
          ) : (
            <Text>{unit.latestIkmGap ? skm.headlineGap(unit.latestIkmGap) : t('glance.ikmNone')}</Text>
          )}
        </Indicator>
        <Indicator title={t('glance.innovations')} link={{ to: '/kipp/usulan', label: t('glance.innovationsLink') }}>
          <Text size="xl" fw={700}>
            {format.number(unit.innovations.totalCount)}
          </Text>
          {unit.innovations.edges.length > 0 ? (
            <List size="sm" spacing={4}>
              {unit.innovations.edges.map(({ node }) => (
                <List.Item key={node.id}>
                  <Anchor component={Link} to={`/kipp/inovasi/${node.id}`}>
                    {node.title}
                  </Anchor>{' '}
                  ({t(`glance.award.${node.award}`)} {node.latestYear})
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>{t('glance.innovationsNone')}</Text>
          )}
          {/* The count is every catalogued innovation; the list shows the newest few, so say how many more. */}
          {unit.innovations.totalCount > unit.innovations.edges.length && (
            <Text size="sm">
              {t('glance.innovationsMore', { count: format.number(unit.innovations.totalCount - unit.innovations.edges.length) })}
            </Text>
          )}
        </Indicator>
      </SimpleGrid>
    </Stack>
  );
}

import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState, PageHeader, GradeBadge } from '@simpul/ui';
import { useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { useParams } from 'react-router';
import { SKM } from '../messages';
import { LanguageSwitch } from '../public-form/language-switch';
import { nodes } from '../shared/connection';
import { QueryView } from '../shared/query-state';
import { PUBLIC_RESULTS } from './public-results.operations';
import { TrendChart } from './trend-chart';

/**
 * /skm/units/:unitId/public — readable signed out: the unit's latest IKM, its trend per period and
 * the follow-up plan ("Anda berkata, kami melakukan"). Aggregates only; no answer is ever shown.
 */
export function PublicResultsPage() {
  const { unitId = '' } = useParams();
  const t = useT(SKM);
  const format = useFormat();
  const [language] = useLanguage();
  const query = useQuery(PUBLIC_RESULTS, { id: unitId });
  const label = (c: { label: string; labelEn: string }) => (language === 'id' ? c.label : c.labelEn);
  return (
    <QueryView query={query}>
      {({ serviceUnit, skmPublicResults: results }) => {
        const trend = nodes(results.trend);
        const followUps = nodes(results.followUps);
        const name = serviceUnit?.name ?? t('public.unknownUnit');
        return (
          <Stack gap="xl">
            <PageHeader title={t('public.title', { unit: name })} description={t('public.description')} />
            <Group justify="flex-end"><LanguageSwitch /></Group>
            <section aria-labelledby="skm-public-latest">
              <Title order={2} size="h3" id="skm-public-latest">{t('public.latest')}</Title>
              {results.latest ? (
                <Stack gap={4}>
                  <Text size="xl" fw={700} data-testid="public-ikm">{format.number(results.latest.value, 2)}</Text>
                  <GradeBadge grade={results.latest.category} />
                  <Text>{t('public.latestBody', { period: results.latest.periodLabel, respondents: format.number(results.latest.respondents) })}</Text>
                  {!results.latest.sampleAdequate && <Text>{t('public.sampleShort')}</Text>}
                </Stack>
              ) : <EmptyState title={t('public.none')} />}
            </section>
            {/* Tables scroll sideways inside their box on a 360 px phone instead of widening the whole page. */}
            {trend.length > 0 && (
              <section aria-labelledby="skm-public-trend">
                <Title order={2} size="h3" id="skm-public-trend">{t('public.trend')}</Title>
                <TrendChart periods={trend} format={(v) => format.number(v, 2)}
                  summary={t('public.trendSummary', { values: trend.map((p) => `${p.periodLabel} ${format.number(p.value, 2)} (${p.category.code})`).join(', ') })} />
                <Table.ScrollContainer minWidth={440} type="native" tabIndex={0}>
                <Table withTableBorder striped>
                  <caption style={{ textAlign: 'left' }}>{t('public.trendCaption')}</caption>
                  <Table.Thead><Table.Tr><Table.Th>{t('col.period')}</Table.Th><Table.Th style={{ textAlign: 'right' }}>{t('result.ikm')}</Table.Th><Table.Th>{t('col.category')}</Table.Th><Table.Th style={{ textAlign: 'right' }}>{t('col.respondents')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {trend.map((p) => (
                      <Table.Tr key={p.surveyId}>
                        <Table.Td>{p.periodLabel}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{format.number(p.value, 2)}</Table.Td>
                        <Table.Td>{`${p.category.code} · ${label(p.category)}`}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{format.number(p.respondents)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                </Table.ScrollContainer>
              </section>
            )}
            <section aria-labelledby="skm-public-follow-up">
              <Title order={2} size="h3" id="skm-public-follow-up">{t('public.followUps')}</Title>
              {followUps.length === 0 ? <Text>{t('public.noFollowUps')}</Text> : (
                <Table.ScrollContainer minWidth={440} type="native" tabIndex={0}>
                <Table withTableBorder striped>
                  <caption style={{ textAlign: 'left' }}>{t('public.followUpsCaption')}</caption>
                  <Table.Thead><Table.Tr><Table.Th>{t('public.youSaid')}</Table.Th><Table.Th>{t('public.weDid')}</Table.Th><Table.Th>{t('followUp.dueOn')}</Table.Th><Table.Th>{t('followUp.status')}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {followUps.map((f) => (
                      <Table.Tr key={f.id}>
                        <Table.Td>{t('public.youSaidElement', { element: f.elementName })}</Table.Td>
                        <Table.Td>{f.action}{f.outcome && <Text size="sm">{f.outcome}</Text>}</Table.Td>
                        <Table.Td>{format.date(`${f.dueOn}T12:00:00+07:00`)}</Table.Td>
                        <Table.Td>{t(`status.${f.status}`)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                </Table.ScrollContainer>
              )}
            </section>
          </Stack>
        );
      }}
    </QueryView>
  );
}

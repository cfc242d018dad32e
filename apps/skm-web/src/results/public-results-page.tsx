import { Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState, GradeBadge, OriginWithSource, PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { SKM } from '../messages';
import { SKM_PUBLIC_LIST } from '../public-results/public-units.messages';
import { LanguageSwitch } from '../public-form/language-switch';
import { useSkmLabels } from '../shared/labels';
import { PUBLIC_DESK_RESULTS, PUBLIC_RESULTS, type PublicDesk, type PublicResultsData } from './public-results.operations';
import { TrendChart } from './trend-chart';

/**
 * /skm/units/:unitId/public — readable signed out: the unit's headline IKM (or why there is none),
 * its trend in one period type and the follow-up plan ("Anda berkata, kami melakukan"), with links
 * to the MPP desks it is surveyed at. Aggregates only; no answer is ever shown.
 */
export function PublicResultsPage() {
  const { unitId = '' } = useParams();
  const t = useT(SKM);
  const to = useBasePath();
  const query = useQuery(PUBLIC_RESULTS, { id: unitId });
  return (
    <QueryView query={query} errorTitle={t('error.loadTitle')}>
      {({ serviceUnit, skmPublicResults: results }) => (
        <PublicResultsView
          title={t('public.title', { unit: serviceUnit?.name ?? t('public.unknownUnit') })}
          results={results}
          extra={
            results.desks.length > 0 && (
              <section aria-labelledby="skm-public-desks">
                <Title order={2} size="h3" id="skm-public-desks">
                  {t('public.desks')}
                </Title>
                <Text>{t('public.desksHint')}</Text>
                <List>
                  {results.desks.map((desk) => (
                    <List.Item key={desk.id}>
                      <Anchor component={Link} to={to(`/desks/${desk.id}/public`)}>
                        {deskName(desk, t)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </section>
            )
          }
        />
      )}
    </QueryView>
  );
}

/** /skm/desks/:deskId/public — a desk survey's own figures and follow-ups (not its unit's quarter). */
export function PublicDeskResultsPage() {
  const { deskId = '' } = useParams();
  const t = useT(SKM);
  const query = useQuery(PUBLIC_DESK_RESULTS, { id: deskId });
  return (
    <QueryView query={query} errorTitle={t('error.loadTitle')}>
      {({ skmPublicResults: results }) => (
        <PublicResultsView
          title={t('public.deskTitle', { desk: results.desk ? deskName(results.desk, t) : t('public.deskUnknown') })}
          results={results}
        />
      )}
    </QueryView>
  );
}

function deskName(desk: PublicDesk, t: (key: string, params?: Record<string, string>) => string): string {
  // The MPP's own label ("Gerai 8", "Loket Samsat") when it has one, else the number.
  return desk.label
    ? t('public.deskLabel', { label: desk.label, mall: desk.mall?.name ?? '' })
    : t('public.deskNumber', { number: String(desk.number), mall: desk.mall?.name ?? '' });
}

function PublicResultsView({ title, results, extra }: { title: string; results: PublicResultsData; extra?: ReactNode }) {
  const t = useT(SKM);
  // Back to the signed-out list of every unit with a published IKM.
  const list = useT(SKM_PUBLIC_LIST);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const [language] = useLanguage();
  const trend = nodes(results.trend);
  const followUps = nodes(results.followUps);
  const category = (c: { label: string; labelEn: string }) => (language === 'id' ? c.label : c.labelEn);
  return (
    <Stack gap="xl">
      <PageHeader
        title={title}
        description={t('public.description')}
        breadcrumbs={[{ label: list('title'), to: to('/hasil') }, { label: title }]}
      />
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <section aria-labelledby="skm-public-latest">
        <Title order={2} size="h3" id="skm-public-latest">
          {t('public.latest')}
        </Title>
        {results.latest ? (
          <Stack gap={4}>
            <Text size="xl" fw={700} data-testid="public-ikm">
              {format.number(results.latest.value, 2)}
            </Text>
            <GradeBadge grade={results.latest.category} />
            <OriginWithSource origin={results.latest.origin} source={results.latest.source} />
            <Text>
              {t('public.latestBody', { period: labels.period(results.latest), respondents: format.number(results.latest.respondents) })}
            </Text>
          </Stack>
        ) : (
          <Stack gap={4}>
            <EmptyState title={t('public.none')} />
            {results.latestGap && <Text data-testid="public-gap">{labels.headlineGap(results.latestGap)}</Text>}
          </Stack>
        )}
        <Text size="sm" c="dimmed" mt={4}>
          {t('public.headlineRule')}
        </Text>
      </section>
      {/* Tables scroll sideways inside their box on a phone instead of widening the whole page. */}
      {trend.length > 0 && (
        <section aria-labelledby="skm-public-trend">
          <Title order={2} size="h3" id="skm-public-trend">
            {t('public.trend')}
          </Title>
          {results.trendPeriodKind && (
            <Text size="sm">{t('public.trendKind', { kind: t(`periodKind.${results.trendPeriodKind}`).toLowerCase() })}</Text>
          )}
          <TrendChart
            periods={trend}
            format={(v) => format.number(v, 2)}
            periodName={labels.period}
            summary={t('public.trendSummary', {
              values: trend.map((p) => `${labels.period(p)} ${format.number(p.value, 2)} (${p.category.code})`).join(', '),
            })}
          />
          <Table.ScrollContainer minWidth={440} type="native" tabIndex={0}>
            <Table withTableBorder striped>
              <caption style={{ textAlign: 'left' }}>{t('public.trendCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('col.period')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('result.ikm')}</Table.Th>
                  <Table.Th>{t('col.category')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('col.respondents')}</Table.Th>
                  <Table.Th>{t('col.origin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trend.map((p) => (
                  <Table.Tr key={p.surveyId}>
                    <Table.Td>{labels.period(p)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{format.number(p.value, 2)}</Table.Td>
                    <Table.Td>{`${p.category.code} · ${category(p.category)}`}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{format.number(p.respondents)}</Table.Td>
                    <Table.Td>
                      <OriginWithSource origin={p.origin} source={p.source} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
      <section aria-labelledby="skm-public-follow-up">
        <Title order={2} size="h3" id="skm-public-follow-up">
          {t('public.followUps')}
        </Title>
        {followUps.length === 0 ? (
          <Text>{t('public.noFollowUps')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={440} type="native" tabIndex={0}>
            <Table withTableBorder striped>
              <caption style={{ textAlign: 'left' }}>{t('public.followUpsCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('public.youSaid')}</Table.Th>
                  <Table.Th>{t('public.weDid')}</Table.Th>
                  <Table.Th>{t('followUp.dueOn')}</Table.Th>
                  <Table.Th>{t('followUp.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {followUps.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>{t('public.youSaidElement', { element: labels.element(f.elementCode, f.elementName) })}</Table.Td>
                    <Table.Td>
                      <span lang={language === 'id' ? undefined : 'id'}>{f.action}</span>
                      {f.outcome && (
                        <Text size="sm">
                          <strong>{t('followUp.outcome')}:</strong> <span lang={language === 'id' ? undefined : 'id'}>{f.outcome}</span>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{format.date(`${f.dueOn}T12:00:00+07:00`)}</Table.Td>
                    <Table.Td>{t(`status.${f.status}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
      {extra}
    </Stack>
  );
}

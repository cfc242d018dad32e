import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, dayNumber, EmptyState, OriginBadge, PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { ChartFigure } from '../charts/chart-figure';
import { BarChart, ColumnChart, FunnelChart, LineChart } from '../charts/svg-charts';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { useDeskIkmWords } from '../shared/desk-ikm-words';
import { AgreementBadge } from '../shared/badges';
import { ONBOARDING_PATH } from '../shared/enums';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { MALL_DASHBOARD, type DashboardDesk, type MallDashboard } from './dashboard.operations';
import { DeskIkmSection } from './desk-ikm-section';
import { ComponentList } from '../shared/component-list';

/** The operator's dashboard of one mall: onboarding funnel, desk occupancy, visitors, and what needs attention. */
export function DashboardPage({ mallId }: { mallId: string }) {
  const t = useT(MPP);
  const to = useBasePath();
  const query = useQuery(MALL_DASHBOARD, { mallId });
  const name = query.data?.mall?.name ?? '';
  return (
    <>
      <PageHeader
        title={name ? t('dashboard.title', { mall: name }) : t('dashboard.titlePlain')}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: name || t('dashboard.titlePlain') }]}
        actions={
          <Button component={Link} to={to(`/malls/${mallId}/tenants/invite`)}>
            {t('tenants.invite')}
          </Button>
        }
      />
      <MallNav mallId={mallId} current="dashboard" />
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          data.mall ? (
            <DashboardBody mallId={mallId} dashboard={data.mallDashboard} desks={data.mall.desks} />
          ) : (
            <EmptyState title={t('mall.notFound')} />
          )
        }
      </QueryView>
    </>
  );
}

function DashboardBody({ mallId, dashboard, desks }: { mallId: string; dashboard: MallDashboard; desks: DashboardDesk[] }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const words = useDeskIkmWords();
  const to = useBasePath();
  const funnel = ONBOARDING_PATH.map((step) => dashboard.funnel.find((s) => s.step === step) ?? { step, current: 0, reached: 0 });
  const paused = dashboard.funnel.find((s) => s.step === 'PAUSED')?.current ?? 0;
  const left = dashboard.funnel.find((s) => s.step === 'LEFT')?.current ?? 0;
  const totalVisitors = dashboard.visitorTrend.reduce((sum, p) => sum + p.visitors, 0);
  const expiring = nodes(dashboard.agreementsNearingExpiry);
  const busiestDesks = nodes(dashboard.busiestDesks);

  return (
    <Stack gap="xl">
      <Group gap="xs">
        <Text c="dimmed">{t('dashboard.range', { from: f.day(dashboard.from), to: f.day(dashboard.to) })}</Text>
        {/* Visitors and desk days seeded for a demo mall say they are demo (#11 §7). */}
        <OriginBadge origin={dashboard.origin} />
      </Group>
      {expiring.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('dashboard.expiringAlert', { count: expiring.length })}
          styles={{ title: { color: '#6b3d00' } }}
        >
          <List>
            {expiring.map((item) => (
              <List.Item key={item.agreement.id}>
                <Anchor component={Link} to={to(`/tenancies/${item.tenancy.id}/agreement`)} c="dark" td="underline">
                  {item.agency.name}
                </Anchor>{' '}
                — {t('dashboard.expiresOn', { number: item.agreement.number, date: f.day(item.agreement.expiresOn) })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartFigure
          title={t('dashboard.funnel')}
          description={t('dashboard.funnelHint', { paused, left })}
          chart={
            <FunnelChart
              summary={funnel.map((s) => `${t(`step.${s.step}`)}: ${s.reached}`).join(', ')}
              items={funnel.map((s) => ({ key: s.step, label: t(`step.${s.step}`), value: s.reached, display: f.number(s.reached) }))}
            />
          }
          table={
            <DataTable
              caption={t('dashboard.funnel')}
              captionHidden
              rowKey={(row) => row.step}
              rows={[...funnel, ...dashboard.funnel.filter((s) => s.step === 'PAUSED' || s.step === 'LEFT')]}
              columns={[
                { key: 'step', header: t('col.step'), cell: (row) => t(`step.${row.step}`) },
                { key: 'reached', header: t('col.reached'), numeric: true, cell: (row) => f.number(row.reached) },
                { key: 'current', header: t('col.currentlyHere'), numeric: true, cell: (row) => f.number(row.current) },
              ]}
            />
          }
        />
        <ChartFigure
          title={t('dashboard.occupancy')}
          description={t('dashboard.occupancyHint')}
          chart={
            <ColumnChart
              max={1}
              summary={dashboard.occupancy
                .map((d) => `${t(`weekday.${d.weekday}`)}: ${d.open ? f.percent(d.rate) : t('hours.closed')}`)
                .join(', ')}
              items={dashboard.occupancy.map((d) => ({
                key: d.weekday,
                label: t(`weekdayShort.${d.weekday}`),
                value: d.open ? d.rate : 0,
                display: d.open ? f.percent(d.rate) : t('hours.closed'),
              }))}
            />
          }
          table={
            <DataTable
              caption={t('dashboard.occupancy')}
              captionHidden
              rowKey={(row) => row.weekday}
              rows={dashboard.occupancy}
              columns={[
                { key: 'weekday', header: t('col.weekday'), cell: (row) => t(`weekday.${row.weekday}`) },
                { key: 'open', header: t('col.open'), cell: (row) => (row.open ? t('common.yes') : t('hours.closed')) },
                {
                  key: 'occupied',
                  header: t('col.occupiedDesks'),
                  numeric: true,
                  cell: (row) => `${f.number(row.occupied)} / ${f.number(row.desks)}`,
                },
                { key: 'rate', header: t('col.rate'), numeric: true, cell: (row) => f.percent(row.rate) },
              ]}
            />
          }
        />
      </SimpleGrid>

      <ChartFigure
        title={t('dashboard.visitors')}
        description={t('dashboard.visitorsHint', { total: f.number(totalVisitors) })}
        chart={
          dashboard.visitorTrend.length ? (
            <LineChart
              summary={t('dashboard.visitorsSummary', { total: f.number(totalVisitors), weeks: dashboard.visitorTrend.length })}
              items={dashboard.visitorTrend.map((p) => ({
                key: p.period,
                label: f.day(p.period),
                value: p.visitors,
                display: f.number(p.visitors),
                time: dayNumber(p.period),
              }))}
            />
          ) : (
            <Text>{t('dashboard.noVisitors')}</Text>
          )
        }
        table={
          <DataTable
            caption={t('dashboard.visitors')}
            captionHidden
            rowKey={(row) => row.period}
            rows={dashboard.visitorTrend}
            pageSize={15}
            columns={[
              { key: 'period', header: t('col.weekOf'), sortValue: (row) => row.period, cell: (row) => f.day(row.period) },
              {
                key: 'visitors',
                header: t('col.visitors'),
                numeric: true,
                sortValue: (row) => row.visitors,
                cell: (row) => f.number(row.visitors),
              },
              { key: 'complaints', header: t('col.complaints'), numeric: true, cell: (row) => f.number(row.complaints) },
              { key: 'deskDays', header: t('col.deskDays'), numeric: true, cell: (row) => f.number(row.deskDays) },
            ]}
          />
        }
      />

      <section aria-labelledby="not-ready-title">
        <Title order={2} size="h3" id="not-ready-title" mb="xs">
          {t('dashboard.notReady')}
        </Title>
        <DataTable
          caption={t('dashboard.notReady')}
          captionHidden
          rowKey={(row) => row.tenancyServiceId}
          rows={nodes(dashboard.servicesNotReady)}
          empty={<Text>{t('dashboard.allReady')}</Text>}
          columns={[
            { key: 'service', header: t('col.service'), cell: (row) => row.service.name },
            {
              key: 'agency',
              header: t('col.agency'),
              cell: (row) => (
                <Anchor component={Link} to={to(`/tenancies/${row.tenancy.id}`)}>
                  {row.agency.name}
                </Anchor>
              ),
            },
            {
              key: 'why',
              header: t('col.why'),
              cell: (row) =>
                row.reason === 'AWAITING_GO_LIVE' ? (
                  t('notReady.awaiting', { step: t(`step.${row.tenancy.step}`) })
                ) : (
                  <ComponentList missing={row.missingComponents} unpublished={row.unpublishedComponents} />
                ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="expiring-title">
        <Title order={2} size="h3" id="expiring-title" mb="xs">
          {t('dashboard.expiring')}
        </Title>
        <DataTable
          caption={t('dashboard.expiring')}
          captionHidden
          rowKey={(row) => row.agreement.id}
          rows={expiring}
          empty={<Text>{t('dashboard.noneExpiring')}</Text>}
          columns={[
            {
              key: 'agency',
              header: t('col.agency'),
              cell: (row) => (
                <Anchor component={Link} to={to(`/tenancies/${row.tenancy.id}/agreement`)}>
                  {row.agency.name}
                </Anchor>
              ),
            },
            { key: 'number', header: t('col.pksNumber'), cell: (row) => row.agreement.number },
            {
              key: 'expires',
              header: t('col.expiresOn'),
              sortValue: (row) => row.agreement.expiresOn,
              cell: (row) => f.day(row.agreement.expiresOn),
            },
            {
              key: 'status',
              header: t('col.status'),
              cell: (row) => <AgreementBadge status={row.agreement.status} days={row.agreement.daysToExpiry} />,
            },
          ]}
        />
      </section>

      <DeskIkmSection desks={desks} />

      <ChartFigure
        title={t('dashboard.busiestDesks')}
        chart={
          busiestDesks.length ? (
            <BarChart
              labelWidth={120}
              summary={busiestDesks.map((d) => `${t('desk.name', { number: d.desk.number })}: ${d.visitors}`).join(', ')}
              items={busiestDesks.map((d) => ({
                key: d.desk.id,
                label: t('desk.name', { number: d.desk.number }),
                value: d.visitors,
                display: f.number(d.visitors),
              }))}
            />
          ) : (
            <Text>{t('dashboard.noVisitors')}</Text>
          )
        }
        table={
          <DataTable
            caption={t('dashboard.busiestDesks')}
            captionHidden
            rowKey={(row) => row.desk.id}
            rows={busiestDesks}
            columns={[
              { key: 'desk', header: t('col.desk'), cell: (row) => deskName(t, row.desk) },
              { key: 'visitors', header: t('col.visitors'), numeric: true, cell: (row) => f.number(row.visitors) },
              {
                key: 'avg',
                header: t('col.perDay'),
                numeric: true,
                cell: (row) => (row.averagePerDay === null ? '–' : f.number(row.averagePerDay, 1)),
              },
              { key: 'complaints', header: t('col.complaints'), numeric: true, cell: (row) => f.number(row.complaints) },
              {
                key: 'ikm',
                header: t('col.ikm'),
                numeric: true,
                cell: (row) =>
                  row.desk.latestIkm === null
                    ? words.none(row.desk.latestIkmGap)
                    : t('desk.ikmValue', {
                        value: f.number(row.desk.latestIkm.value, 2),
                        category: words.category(row.desk.latestIkm),
                        respondents: f.number(row.desk.latestIkm.respondents),
                      }),
              },
            ]}
          />
        }
      />
      <section aria-labelledby="quota-title">
        <Title order={2} size="h3" id="quota-title" mb="xs">
          {t('dashboard.quota')}
        </Title>
        <DataTable
          caption={t('dashboard.quota')}
          captionHidden
          rowKey={(row) => row.service.id}
          rows={nodes(dashboard.quotaUse)}
          empty={<Text>{t('dashboard.noQuota')}</Text>}
          columns={[
            {
              key: 'service',
              header: t('col.service'),
              cell: (row) => (
                <>
                  {row.service.name}
                  <Text size="sm" c="dimmed">
                    {row.agency.name}
                  </Text>
                </>
              ),
            },
            { key: 'quota', header: t('col.dailyQuota'), numeric: true, cell: (row) => f.number(row.dailyQuota) },
            { key: 'use', header: t('col.quotaUse'), numeric: true, sortValue: (row) => row.use, cell: (row) => f.percent(row.use) },
            { key: 'over', header: t('col.daysOver'), numeric: true, cell: (row) => f.number(row.daysOverQuota) },
          ]}
        />
      </section>
      <Text size="sm">
        <Anchor component={Link} to={to(`/malls/${mallId}/visitors`)}>
          {t('dashboard.enterVisitors')}
        </Anchor>
      </Text>
    </Stack>
  );
}

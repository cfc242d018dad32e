import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { DataTable, dayNumber, OriginBadge, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { ChartFigure } from '../charts/chart-figure';
import { BarChart, ColumnChart } from '../charts/svg-charts';
import { MPP } from '../messages';
import { useMppFormat } from '../shared/format';
import { NationalMallTable } from './national-mall-table';
import { NATIONAL_OVERVIEW, type NationalOverview } from './national.operations';

/** The national view for KemenPAN-RB: malls over time and per province, active against proposed, tenants per mall. */
export function NationalPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  const query = useQuery(NATIONAL_OVERVIEW, {});
  return (
    <>
      <PageHeader
        title={t('national.title')}
        description={t('national.description')}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('national.title') }]}
      />
      {user?.role === 'NATIONAL_ADMIN' && (
        <Group mb="lg">
          <Button component={Link} to={to('/national/malls/new')}>
            {t('create.title')}
          </Button>
        </Group>
      )}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {({ nationalMallOverview }) => <NationalBody overview={nationalMallOverview} />}
      </QueryView>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function NationalBody({ overview }: { overview: NationalOverview }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const series = [...overview.publishedCounts].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const latest = series[series.length - 1];
  const provinces = [...overview.byProvince].sort((a, b) => b.total - a.total || a.province.name.localeCompare(b.province.name, 'id'));
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('national.published', { date: latest ? f.day(latest.asOf) : '' })} value={latest ? f.number(latest.count) : '–'} />
        <Figure label={t('national.activeInSimpul')} value={f.number(overview.active)} />
        <Figure label={t('national.proposedInSimpul')} value={f.number(overview.proposed)} />
      </SimpleGrid>
      <ChartFigure
        title={t('national.growth')}
        description={t('national.growthHint')}
        chart={
          <ColumnChart
            summary={series.map((p) => `${f.day(p.asOf)}: ${p.count}`).join(', ')}
            items={series.map((p) => ({
              key: p.asOf,
              label: p.asOf.slice(0, 4),
              value: p.count,
              display: f.number(p.count),
              time: dayNumber(p.asOf),
            }))}
          />
        }
        table={
          <DataTable
            caption={t('national.growth')}
            captionHidden
            rowKey={(row) => row.asOf}
            rows={series}
            columns={[
              { key: 'asOf', header: t('col.asOf'), cell: (row) => f.day(row.asOf) },
              { key: 'count', header: t('col.malls'), numeric: true, cell: (row) => f.number(row.count) },
              { key: 'source', header: t('col.source'), cell: (row) => row.source },
              { key: 'origin', header: t('col.origin'), cell: (row) => <OriginBadge origin={row.origin} /> },
            ]}
          />
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartFigure
          title={t('national.byProvince')}
          description={t('national.byProvinceHint')}
          chart={
            <BarChart
              labelWidth={170}
              valueWidth={210}
              summary={provinces
                .map((p) => `${p.province.name}: ${p.active} ${t('mallStatus.ACTIVE')}, ${p.proposed} ${t('mallStatus.PROPOSED')}`)
                .join('; ')}
              items={provinces.slice(0, 12).map((p) => ({
                key: p.provinceCode,
                label: p.province.name,
                value: p.total,
                display: t('national.activeProposed', { active: p.active, proposed: p.proposed }),
              }))}
            />
          }
          table={
            <DataTable
              caption={t('national.byProvince')}
              captionHidden
              rowKey={(row) => row.provinceCode}
              rows={provinces}
              columns={[
                { key: 'province', header: t('col.province'), sortValue: (row) => row.province.name, cell: (row) => row.province.name },
                {
                  key: 'active',
                  header: t('mallStatus.ACTIVE'),
                  numeric: true,
                  sortValue: (row) => row.active,
                  cell: (row) => f.number(row.active),
                },
                {
                  key: 'proposed',
                  header: t('mallStatus.PROPOSED'),
                  numeric: true,
                  sortValue: (row) => row.proposed,
                  cell: (row) => f.number(row.proposed),
                },
                { key: 'other', header: t('national.suspendedClosed'), numeric: true, cell: (row) => f.number(row.suspended + row.closed) },
                { key: 'total', header: t('col.total'), numeric: true, sortValue: (row) => row.total, cell: (row) => f.number(row.total) },
              ]}
            />
          }
        />
        <ChartFigure
          title={t('national.openedByYear')}
          chart={
            <ColumnChart
              summary={overview.openedByYear.map((y) => `${y.year}: ${y.opened}`).join(', ')}
              items={overview.openedByYear.map((y) => ({
                key: String(y.year),
                label: String(y.year),
                value: y.opened,
                display: f.number(y.opened),
              }))}
            />
          }
          table={
            <DataTable
              caption={t('national.openedByYear')}
              captionHidden
              rowKey={(row) => String(row.year)}
              rows={overview.openedByYear}
              columns={[
                { key: 'year', header: t('col.year'), cell: (row) => row.year },
                { key: 'opened', header: t('col.opened'), numeric: true, cell: (row) => f.number(row.opened) },
                { key: 'cumulative', header: t('col.cumulative'), numeric: true, cell: (row) => f.number(row.cumulative) },
              ]}
            />
          }
        />
      </SimpleGrid>
      <NationalMallTable />
    </Stack>
  );
}

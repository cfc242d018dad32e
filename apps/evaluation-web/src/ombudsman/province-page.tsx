import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, OriginWithSource, PageHeader, QueryView, SelectField } from '@simpul/ui';
import { useBasePath, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { useParams, useSearchParams } from 'react-router';
import type { OmbudsmanProvinceSummaryQuery, OmbudsmanZone } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { OMBUDSMAN } from './ombudsman-messages';
import { OMBUDSMAN_PROVINCE } from './ombudsman.operations';
import { ResultsTable } from './results-table';
import { ZoneBadge } from './zone-badge';

const BAR: Record<OmbudsmanZone, string> = { HIJAU: '#2f9e44', KUNING: '#e8a100', MERAH: '#e03131' };

type Summary = OmbudsmanProvinceSummaryQuery['ombudsmanProvinceSummary'];

/** /evaluasi/ombudsman/provinsi/:regionCode — how many instansi in each zone in one year, and the list behind the count. */
export function ProvincePage() {
  const { regionCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('tahun')) || null;
  const t = useT(OMBUDSMAN);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const query = useQuery(OMBUDSMAN_PROVINCE, { regionCode, year });
  return (
    <QueryView query={query}>
      {({ ombudsmanProvinceSummary: summary }) => {
        const name = summary.region.name ?? regionCode;
        return (
          <Stack gap="lg">
            <PageHeader
              title={t('province.title', { province: name })}
              breadcrumbs={[{ label: te('title'), to: to() }, { label: t('nav.link'), to: to('/ombudsman') }, { label: name }]}
            />
            {summary.years.length === 0 || summary.year === null ? (
              <EmptyState title={t('province.none')} />
            ) : (
              <>
                <SelectField
                  id="province-year"
                  label={t('filter.year')}
                  value={String(summary.year)}
                  onChange={(event) => setParams(new URLSearchParams({ tahun: event.currentTarget.value }), { replace: true })}
                  data={summary.years.map((value) => ({ value: String(value), label: String(value) }))}
                  maw={200}
                />
                <ZoneCounts summary={summary} year={summary.year} />
                {summary.publishedStatements.length > 0 && <Statements summary={summary} />}
                <Stack component="section" aria-labelledby="province-list" gap="xs">
                  <Title order={2} size="h3" id="province-list">
                    {t('province.list')}
                  </Title>
                  <ResultsTable rows={summary.results} caption={t('province.listCaption', { year: summary.year })} showYear={false} />
                </Stack>
              </>
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}

/** A bar per zone (for the eye; hidden from screen readers) and the same numbers as a table. */
function ZoneCounts({ summary, year }: { summary: Summary; year: number }) {
  const t = useT(OMBUDSMAN);
  const largest = Math.max(1, ...summary.zoneCounts.map((row) => row.count));
  return (
    <Stack component="section" aria-labelledby="province-counts" gap="xs">
      <Title order={2} size="h3" id="province-counts">
        {t('province.counts')}
      </Title>
      <Text>{t('province.total', { total: summary.total, official: summary.officialCount, demo: summary.demoCount })}</Text>
      <Stack gap={4} aria-hidden="true" maw={520}>
        {summary.zoneCounts.map((row) => (
          <Group key={row.zone} gap="sm" wrap="nowrap">
            <Text w={120} size="sm">
              {t(`zone.${row.zone}`)}
            </Text>
            <Box h={18} w={`${(row.count / largest) * 100}%`} miw={row.count ? 4 : 0} bg={BAR[row.zone]} style={{ borderRadius: 2 }} />
            <Text size="sm">{row.count}</Text>
          </Group>
        ))}
      </Stack>
      <DataTable
        caption={t('province.countsCaption', { year })}
        rows={summary.zoneCounts}
        rowKey={(row) => row.zone}
        columns={[
          { key: 'zone', header: t('col.zone'), cell: (row) => <ZoneBadge zone={row.zone} /> },
          { key: 'count', header: t('col.count'), cell: (row) => row.count, numeric: true },
        ]}
      />
    </Stack>
  );
}

function Statements({ summary }: { summary: Summary }) {
  const t = useT(OMBUDSMAN);
  const [language] = useLanguage();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="province-published">
      <Stack gap="xs">
        <Title order={2} size="h4" id="province-published">
          {t('province.published')}
        </Title>
        {summary.publishedStatements.map((statement) => (
          <Stack key={statement.source + statement.text.id} gap={4}>
            <Text>{language === 'en' ? statement.text.en : statement.text.id}</Text>
            <OriginWithSource origin={statement.origin} source={statement.source} />
          </Stack>
        ))}
        <Text size="sm">{t('province.publishedNote')}</Text>
      </Stack>
    </Paper>
  );
}

import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { DataTable, EmptyState, OriginBadge, PageHeader, SelectField, useCursorPages, GradeBadge, QueryView } from '@simpul/ui';
import { base64ToBlob, saveBlob, useFormat, useLanguage, useQuery, useSession, useT, useBasePath, nodes } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CYCLE } from '../cycles/cycle.operations';
import { EVALUATION } from '../messages';
import { CohortName, cohortOptionLabel } from '../shared/cohort-name';
import type { ExportFormat } from '../__generated__/operations';
import { CYCLE_COHORTS, CYCLE_RESULTS, EXPORT_RESULTS } from './results.operations';
import { COHORT } from '../cohort/cohort-messages';

const RESULT_PAGE = 50;

/** A cycle's results: ranking with "peringkat k dari n", a cohort filter, and CSV/XLSX exports. */
export function ResultsPage() {
  const { cycleId = '' } = useParams();
  const t = useT(EVALUATION);
  const tc = useT(COHORT);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const { client } = useSession();
  const [cohort, setCohort] = useState('');
  const [exportStatus, setExportStatus] = useState('');
  const cycle = useQuery(CYCLE, { id: cycleId });
  const cohortList = useQuery(CYCLE_COHORTS, { cycleId });
  const pages = useCursorPages(`${cycleId}:${cohort}`);
  const results = useQuery(CYCLE_RESULTS, { cycleId, cohort: cohort || null, first: RESULT_PAGE, after: pages.after });
  const cohorts = cohortList.data?.cycleCohorts ?? [];
  const selected = cohorts.find((c) => c.code === cohort) ?? null;

  // The file holds exactly the rows on screen: the same cohort filter goes with the request.
  async function download(formatName: ExportFormat) {
    setExportStatus(t('export.working'));
    try {
      const { exportCycleResults: file } = await client.request(EXPORT_RESULTS, { cycleId, format: formatName, cohort: cohort || null });
      saveBlob(base64ToBlob(file.contentBase64, file.mimeType), file.fileName);
      const cohortName = language === 'en' ? file.cohortLabelEn : file.cohortLabel;
      const done = cohortName
        ? t('export.doneCohort', { file: file.fileName, rows: file.rowCount, cohort: cohortName })
        : t('export.done', { file: file.fileName, rows: file.rowCount });
      setExportStatus(file.demoRowCount > 0 ? `${done} ${t('origin.demoRows', { rows: file.demoRowCount })}` : done);
    } catch {
      setExportStatus(t('export.failed'));
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('results.title', {
          cycle: cycle.data ? `${cycle.data.evaluationCycle.name} (${t(`schemeName.${cycle.data.evaluationCycle.scheme}`)})` : '',
        })}
        description={t('results.description')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: cycle.data?.evaluationCycle.name ?? '…', to: to(`/cycles/${cycleId}`) },
          { label: t('results.crumb') },
        ]}
      />
      <Group align="flex-end">
        <SelectField
          id="results-cohort"
          label={t('results.cohort')}
          value={cohort}
          onChange={(e) => setCohort(e.currentTarget.value)}
          data={[
            { value: '', label: t('results.allCohorts') },
            ...cohorts.map((c) => ({ value: c.code, label: cohortOptionLabel(c, language) })),
          ]}
        />
        <Button variant="default" onClick={() => void download('CSV')}>
          {t('export.csv')}
        </Button>
        <Button variant="default" onClick={() => void download('CSV_INDONESIAN')}>
          {t('export.csvIndonesian')}
        </Button>
        <Button variant="default" onClick={() => void download('XLSX')}>
          {t('export.xlsx')}
        </Button>
      </Group>
      <Anchor component={Link} to={to(cohort ? `/cycles/${cycleId}/cohorts/${encodeURIComponent(cohort)}` : `/cycles/${cycleId}/cohorts`)}>
        {tc('link.fromResults')}
      </Anchor>
      <Text size="sm">{t('export.hint')}</Text>
      <Text size="sm" aria-live="polite">
        {exportStatus}
      </Text>
      <QueryView query={results}>
        {({ cycleResults }) =>
          cycleResults.totalCount === 0 ? (
            <EmptyState title={t('results.none')}>{t('results.noneHelp')}</EmptyState>
          ) : (
            <DataTable
              caption={selected ? t('results.captionCohort', { cohort: cohortOptionLabel(selected, language) }) : t('results.caption')}
              rows={nodes(cycleResults)}
              rowKey={(r) => r.id}
              pagination={{
                page: pages.page,
                pageSize: RESULT_PAGE,
                totalCount: cycleResults.totalCount,
                hasNext: cycleResults.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(cycleResults.pageInfo.endCursor),
                onPrevious: pages.previous,
              }}
              columns={[
                {
                  key: 'rank',
                  header: t('col.rank'),
                  cell: (r) => (r.rankLabel ? r.rankLabel[language] : '–'),
                  sortValue: (r) => r.rank ?? 9999,
                },
                {
                  key: 'unit',
                  header: t('col.unit'),
                  cell: (r) => (
                    <Anchor component={Link} to={to(`/lokus/${r.lokusId}/rapor`)}>
                      {r.unitName}
                    </Anchor>
                  ),
                  sortValue: (r) => r.unitName,
                },
                { key: 'ipp', header: t('col.ipp'), cell: (r) => format.number(r.index, 2), sortValue: (r) => r.index, numeric: true },
                { key: 'category', header: t('col.category'), cell: (r) => <GradeBadge grade={r.category} /> },
                {
                  key: 'cohort',
                  header: t('col.cohort'),
                  cell: (r) => <CohortName of={r} />,
                  sortValue: (r) => (language === 'en' ? r.cohortLabelEn : r.cohortLabel),
                },
                { key: 'origin', header: t('col.origin'), cell: (r) => <OriginBadge origin={r.origin} />, sortValue: (r) => r.origin },
                {
                  key: 'version',
                  header: t('col.version'),
                  cell: (r) => (r.version > 1 ? t('results.corrected', { version: r.version }) : t('results.original')),
                },
              ]}
            />
          )
        }
      </QueryView>
    </Stack>
  );
}

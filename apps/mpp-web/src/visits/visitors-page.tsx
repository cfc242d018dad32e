import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FileInput } from '@simpul/ui/mantine-more';
import {
  CategoryBadge,
  DataTable,
  EmptyState,
  ErrorSummary,
  LoadingState,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  OriginBadge,
  PageHeader,
  QueryView,
  SelectField,
  serverPagination,
  TextAreaField,
  TextField,
  type Tone,
  useCursorPages,
} from '@simpul/ui';
import { type Connection, nodes, useBasePath, useLanguage, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { Announcement } from '../shared/announcement';
import { canManageMall } from '../shared/access';
import { addDays, todayIso } from '../shared/dates';
import { type DeskDayOutcome } from '../shared/enums';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { IMPORT_DESK_DAYS, RECORD_DESK_DAY, VISITS_PAGE, type DeskDayRow, type ImportReport } from './visit.operations';
import { countCsvRows, validateDeskDay, type DeskDayValues } from './desk-day-values';
import { VisitorsDownload } from '../exports/downloads';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };
const OUTCOME_TONES: Record<DeskDayOutcome, Tone> = { CREATED: 'success', UPDATED: 'info', UNCHANGED: 'neutral', REJECTED: 'danger' };

/** Daily visitors per desk: one day typed in, or a CSV file imported with a report per row. */
export function VisitorsPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const [today] = useState(() => todayIso());
  const pages = useCursorPages(mallId);
  const query = useQuery(VISITS_PAGE, { mallId, from: addDays(today, -13), to: today, first: RECENT_PAGE_SIZE, after: pages.after });
  const name = query.data?.mall?.name;
  const manager = canManageMall(user, mallId);
  return (
    <>
      <PageHeader
        title={t('visits.title')}
        description={t('visits.description')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: name ?? t('mall.label'), to: to(`/malls/${mallId}`) },
          { label: t('visits.title') },
        ]}
      />
      {manager && <MallNav mallId={mallId} current="visitors" />}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          !data.mall ? (
            <EmptyState title={t('mall.notFound')} />
          ) : (
            <Stack gap="xl">
              {manager && <EntryForm desks={data.mall.desks} today={today} onSaved={query.refetch} />}
              {manager && <ImportForm mallId={mallId} onImported={query.refetch} />}
              {manager && <VisitorsDownload mallId={mallId} />}
              <RecentDays days={data.deskDays} pages={pages} loading={query.loading} />
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}

const ENTRY_FIELDS = ['deskId', 'date', 'visitors', 'complaints'] as const;
const entryFieldId = (field: string) => `visit-${field}`;

function EntryForm({
  desks,
  today,
  onSaved,
}: {
  desks: { id: string; number: number; label: string | null }[];
  today: string;
  onSaved: () => void;
}) {
  const t = useT(MPP);
  const f = useMppFormat();
  const [values, setValues] = useState<DeskDayValues>({ deskId: '', date: today, visitors: '', complaints: '0' });
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [announcement, setAnnouncement] = useState('');
  const [record, { loading }] = useMutation(RECORD_DESK_DAY);
  const set = (key: keyof DeskDayValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const field = (path: string) => ({ id: entryFieldId(path), error: errors.fields[path] ?? null });

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateDeskDay(values, today, t);
    if ('errors' in checked) return setErrors(localErrors(checked.errors, entryFieldId));
    const result = await record({ input: checked.input });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ENTRY_FIELDS, entryFieldId));
    setErrors(NO_ERRORS);
    const desk = desks.find((d) => d.id === values.deskId);
    setAnnouncement(t('visits.saved', { desk: desk?.number ?? '', date: f.day(values.date) }));
    setValues((v) => ({ ...v, visitors: '', complaints: '0' }));
    onSaved();
  }

  return (
    <Paper withBorder p="lg" radius="sm" style={{ borderLeft: '6px solid #0b57a8' }}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="entry-title">
        <Title order={2} size="h3" id="entry-title" mb="xs">
          {t('visits.entry')}
        </Title>
        <Text mb="md">{t('visits.entryHint')}</Text>
        <ErrorSummary errors={errors.summary} />
        <Announcement message={announcement} />
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <SelectField
              {...field('deskId')}
              label={t('col.desk')}
              value={values.deskId}
              onChange={set('deskId')}
              data={[
                { value: '', label: t('form.choose') },
                ...[...desks]
                  .sort((a, b) => a.number - b.number)
                  .map((d) => ({ value: d.id, label: t('desk.name', { number: d.number }) })),
              ]}
            />
            <TextField {...field('date')} type="date" label={t('visits.date')} max={today} value={values.date} onChange={set('date')} />
            <TextField
              {...field('visitors')}
              label={t('col.visitors')}
              inputMode="numeric"
              value={values.visitors}
              onChange={set('visitors')}
            />
            <TextField
              {...field('complaints')}
              label={t('col.complaints')}
              inputMode="numeric"
              value={values.complaints}
              onChange={set('complaints')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('visits.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ImportForm({ mallId, onImported }: { mallId: string; onImported: () => void }) {
  const t = useT(MPP);
  const [language] = useLanguage();
  const [csv, setCsv] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [run, { loading, errors }] = useMutation(IMPORT_DESK_DAYS);

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!csv.trim()) return setError(t('import.empty'));
    setError(null);
    setReport(null);
    const result = await run({ mallId, csv });
    if (result.errors) return;
    setReport(result.data.importDeskDays);
    if (result.data.importDeskDays.accepted) onImported();
  }

  return (
    <Paper withBorder p="lg" radius="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="import-title">
        <Title order={2} size="h3" id="import-title" mb="xs">
          {t('import.title')}
        </Title>
        <Text mb="xs">{t('import.hint')}</Text>
        <Text component="pre" size="sm" p="xs" mb="md" style={{ background: '#f1f3f5', borderRadius: 4, overflowX: 'auto' }}>
          gerai,tanggal,pengunjung,pengaduan{'\n'}7,2026-11-20,42,1
        </Text>
        <ErrorSummary
          errors={[...(error ? [{ fieldId: 'import-csv', message: error }] : []), ...(errors ?? []).map((e) => ({ message: e.message }))]}
        />
        <Stack gap="md" maw={760}>
          <FileInput
            id="import-file"
            label={t('import.file')}
            accept=".csv,text/csv"
            clearable
            onChange={(file) => {
              if (!file) return setCsv('');
              // A file moved or deleted since it was chosen cannot be read: say so on the pasted text's field.
              void file.text().then(setCsv, () => setError(t('file.unreadable', { name: file.name })));
            }}
          />
          <TextAreaField
            id="import-csv"
            label={t('import.paste')}
            minRows={4}
            value={csv}
            error={error}
            onChange={(event) => setCsv(event.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Group>
            <Button type="submit" variant="default" size="md" loading={loading}>
              {t('import.submit')}
            </Button>
          </Group>
          <div aria-live="polite">
            {loading && <LoadingState label={t('import.running', { rows: countCsvRows(csv) })} />}
            {report && (
              <Stack gap="sm">
                <Alert
                  color={report.accepted ? 'green' : 'red'}
                  variant="light"
                  title={report.accepted ? t('import.accepted') : t('import.rejected')}
                >
                  <Text c="dark">
                    {t('import.counts', { created: report.created, updated: report.updated, unchanged: report.unchanged })}
                  </Text>
                </Alert>
                <DataTable
                  caption={t('import.report')}
                  rowKey={(row) => String(row.row)}
                  rows={report.rows}
                  pageSize={20}
                  columns={[
                    { key: 'row', header: t('col.row'), numeric: true, cell: (row) => row.row },
                    { key: 'desk', header: t('col.desk'), cell: (row) => row.deskNumber ?? '–' },
                    { key: 'date', header: t('visits.date'), cell: (row) => row.date ?? '–' },
                    {
                      key: 'outcome',
                      header: t('col.outcome'),
                      cell: (row) => <CategoryBadge tone={OUTCOME_TONES[row.outcome]} label={t(`outcome.${row.outcome}`)} />,
                    },
                    {
                      key: 'problems',
                      header: t('col.problems'),
                      cell: (row) =>
                        row.problems.length
                          ? row.problems.map((p) => `${p.field}: ${language === 'en' ? p.messageEn : p.message}`).join('; ')
                          : '–',
                    },
                  ]}
                />
              </Stack>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

const RECENT_PAGE_SIZE = 20;

/** The last 14 days, a server page at a time, by date then desk. */
function RecentDays({
  days,
  pages,
  loading,
}: {
  days: Connection<DeskDayRow>;
  pages: ReturnType<typeof useCursorPages>;
  loading: boolean;
}) {
  const t = useT(MPP);
  const f = useMppFormat();
  return (
    <section aria-labelledby="recent-title">
      <Title order={2} size="h3" id="recent-title" mb="xs">
        {t('visits.recent')}
      </Title>
      <DataTable
        caption={t('visits.recent')}
        captionHidden
        rowKey={(row) => row.id}
        rows={nodes(days)}
        loading={loading}
        pagination={serverPagination(days, pages, RECENT_PAGE_SIZE)}
        empty={<Text>{t('dashboard.noVisitors')}</Text>}
        columns={[
          { key: 'date', header: t('visits.date'), cell: (row) => f.day(row.date) },
          { key: 'desk', header: t('col.desk'), cell: (row) => t('desk.name', { number: row.desk.number }) },
          { key: 'agency', header: t('col.agency'), cell: (row) => row.tenancy.agency.name },
          { key: 'visitors', header: t('col.visitors'), numeric: true, cell: (row) => f.number(row.visitors) },
          { key: 'complaints', header: t('col.complaints'), numeric: true, cell: (row) => f.number(row.complaints) },
          { key: 'source', header: t('col.source'), cell: (row) => t(`source.${row.source}`) },
          { key: 'origin', header: t('col.origin'), cell: (row) => <OriginBadge origin={row.origin} /> },
        ]}
      />
    </section>
  );
}

import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { DataTable, ErrorSummary, PageHeader, SpreadsheetField } from '@simpul/ui';
import { spreadsheetFormat, toUpload, useBasePath, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { AdminOnly } from './admin-only';
import { OMBUDSMAN } from './ombudsman-messages';
import { IMPORT_OMBUDSMAN_RESULTS, type ImportReport } from './ombudsman.operations';

/** /evaluasi/ombudsman/impor — check a file, then import it whole; the report names each row's problems. */
export function ImportPage() {
  const t = useT(OMBUDSMAN);
  const te = useT(EVALUATION);
  const to = useBasePath();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('import.title')}
        description={t('import.intro')}
        breadcrumbs={[{ label: te('title'), to: to() }, { label: t('nav.link'), to: to('/ombudsman') }, { label: t('import.title') }]}
      />
      <AdminOnly>
        <ImportForm />
      </AdminOnly>
    </Stack>
  );
}

function ImportForm() {
  const t = useT(OMBUDSMAN);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [send, state] = useMutation(IMPORT_OMBUDSMAN_RESULTS);

  async function run(dryRun: boolean) {
    setReport(null);
    if (!file) return setProblem(t('import.fileMissing'));
    const format = spreadsheetFormat(file.name);
    if (!format) return setProblem(t('import.fileType'));
    setProblem(null);
    const result = await send({ file: { format, fileName: file.name, contentBase64: (await toUpload(file)).contentBase64 }, dryRun });
    if (result.data) setReport(result.data.importOmbudsmanResults);
  }

  const errors = [
    ...(problem ? [{ fieldId: 'ombudsman-import-file', message: problem }] : []),
    ...(state.errors ?? []).map((error) => ({ message: error.message })),
  ];
  return (
    <Stack gap="md" maw={900}>
      <Text size="sm">{t('import.columns')}</Text>
      <ErrorSummary errors={errors} />
      <SpreadsheetField
        id="ombudsman-import-file"
        label={t('import.file')}
        error={problem}
        onChange={(chosen) => {
          setFile(chosen);
          setReport(null);
        }}
      />
      <Group>
        <Button variant="default" onClick={() => void run(true)} loading={state.loading}>
          {t('import.check')}
        </Button>
        <Button onClick={() => void run(false)} loading={state.loading}>
          {t('import.submit')}
        </Button>
      </Group>
      <div aria-live="polite">{report && <ReportView report={report} />}</div>
    </Stack>
  );
}

function ReportView({ report }: { report: ImportReport }) {
  const t = useT(OMBUDSMAN);
  const [language] = useLanguage();
  const text = (message: { id: string; en: string }) => (language === 'en' ? message.en : message.id);
  if (report.fileError) return <Alert color="red">{text(report.fileError.message)}</Alert>;
  return (
    <Stack gap="sm">
      <Alert color={report.accepted ? 'green' : 'red'}>
        {!report.accepted
          ? t('import.rejected')
          : report.dryRun
            ? t('import.checked', { count: report.rows.length })
            : t('import.done', { count: report.created })}
      </Alert>
      <DataTable
        caption={t('import.caption')}
        rows={report.rows}
        rowKey={(row) => String(row.row)}
        columns={[
          { key: 'row', header: t('col.row'), cell: (row) => row.row, numeric: true },
          { key: 'agency', header: t('col.agency'), cell: (row) => row.agencyName ?? row.agencyId ?? t('none') },
          { key: 'year', header: t('col.year'), cell: (row) => row.year ?? t('none'), numeric: true },
          {
            key: 'result',
            header: t('col.result'),
            cell: (row) =>
              row.ok ? (
                row.zone ? (
                  t('import.rowZone', { zone: t(`zone.${row.zone}`) })
                ) : (
                  t('import.rowOk')
                )
              ) : (
                <List size="sm">
                  {row.errors.map((error) => (
                    <List.Item key={error.field + error.message.id}>{text(error.message)}</List.Item>
                  ))}
                </List>
              ),
          },
        ]}
      />
    </Stack>
  );
}

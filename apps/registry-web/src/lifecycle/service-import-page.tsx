import { Anchor, Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorSummary, PageHeader, QueryView, SpreadsheetField, type SummaryError } from '@simpul/ui';
import { formatBytes, spreadsheetFormat, toUpload, useBasePath, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { UNIT_FOR_SERVICE } from '../services/service.operations';
import { regionCrumbs } from '../shared/crumbs';
import { COMPONENT_COLUMNS, IMPORT_MAX_BYTES } from './import-columns';
import { ImportReport } from './import-report';
import { IMPORT_SERVICES, type ImportFormat, type ImportReport as Report } from './lifecycle.operations';

const FILE_ID = 'service-import-file';
const FORMAT_ID = 'service-import-format';
const FORMATS: readonly ImportFormat[] = ['CSV', 'XLSX'];

/** /registry/units/:unitId/services/import — a unit's services from one CSV or XLSX file, all or nothing. */
export function ServiceImportPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { unitId = '' } = useParams();
  const query = useQuery(UNIT_FOR_SERVICE, { id: unitId });
  return (
    <QueryView query={query}>
      {({ serviceUnit: unit }) => {
        if (!unit) return <EmptyState title={t('unit.notFound')} />;
        return (
          <>
            <PageHeader
              title={t('import.title')}
              description={t('import.intro', { unit: unit.name })}
              breadcrumbs={[
                ...regionCrumbs(unit.region, to, t),
                { label: unit.name, to: to(`/units/${unit.id}`) },
                { label: t('import.title') },
              ]}
            />
            {/* The service allows the admin and the unit's own desk; canEdit is that rule, asked of the service. */}
            {unit.canEdit ? <ImportForm unitId={unit.id} unitName={unit.name} /> : <EmptyState title={t('import.notAllowed')} />}
          </>
        );
      }}
    </QueryView>
  );
}

function ImportForm({ unitId, unitName }: { unitId: string; unitName: string }) {
  const t = useT(REGISTRY);
  const format = useFormat();
  const to = useBasePath();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportFormat | ''>('');
  const [problems, setProblems] = useState<SummaryError[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [send, state] = useMutation(IMPORT_SERVICES);
  const max = formatBytes(IMPORT_MAX_BYTES, format.number);
  const fieldError = (fieldId: string) => problems.find((problem) => problem.fieldId === fieldId)?.message;

  function choose(next: File | null) {
    setFile(next);
    setReport(null);
    const implied = next ? spreadsheetFormat(next.name) : null;
    if (implied) setKind(implied);
  }

  function check(): SummaryError[] {
    const found: SummaryError[] = [];
    if (!file) found.push({ fieldId: FILE_ID, message: t('import.fileMissing') });
    else if (file.size === 0) found.push({ fieldId: FILE_ID, message: t('import.fileEmpty', { name: file.name }) });
    else if (file.size > IMPORT_MAX_BYTES) found.push({ fieldId: FILE_ID, message: t('import.fileTooLarge', { name: file.name, max }) });
    if (!kind) found.push({ fieldId: FORMAT_ID, message: t('import.formatMissing') });
    return found;
  }

  // Never rejects: an unreadable file and the service's refusal both end on the form.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setReport(null);
    const found = check();
    if (found.length || !file || !kind) return setProblems(found);
    let contentBase64: string;
    try {
      contentBase64 = (await toUpload(file)).contentBase64;
    } catch {
      // Moved or deleted after it was chosen: the browser cannot read it any more.
      return setProblems([{ fieldId: FILE_ID, message: t('import.unreadable', { name: file.name }) }]);
    }
    const result = await send({ serviceUnitId: unitId, format: kind, contentBase64 });
    if (result.errors) {
      return setProblems(
        result.errors.map((error) => ({ fieldId: error.field === 'contentBase64' ? FILE_ID : undefined, message: error.message })),
      );
    }
    setProblems([]);
    setReport(result.data.importServices);
  }

  return (
    <Stack gap="lg" maw={960}>
      <Paper withBorder p="lg" component="section" aria-labelledby="import-columns-title">
        <Title order={2} size="h3" id="import-columns-title" mb="xs">
          {t('import.columnsTitle')}
        </Title>
        <Stack gap="xs">
          <Text>{t('import.columns', { columns: COMPONENT_COLUMNS.join(', ') })}</Text>
          <Text>{t('import.published')}</Text>
          <Text>{t('import.matching')}</Text>
        </Stack>
      </Paper>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="import-form-title">
        <Title order={2} size="h3" id="import-form-title" mb="sm">
          {t('import.title')}
        </Title>
        <ErrorSummary errors={problems} />
        <Stack gap="md">
          <SpreadsheetField
            id={FILE_ID}
            label={t('import.file')}
            description={t('import.fileHint', { max })}
            required
            error={fieldError(FILE_ID)}
            onChange={choose}
          />
          <NativeSelect
            id={FORMAT_ID}
            label={t('import.format')}
            description={t('import.formatHint')}
            required
            value={kind}
            error={fieldError(FORMAT_ID)}
            onChange={(event) => setKind(event.currentTarget.value as ImportFormat | '')}
            data={[{ value: '', label: t('form.choose') }, ...FORMATS.map((value) => ({ value, label: t(`import.format.${value}`) }))]}
            maw={420}
          />
          <div>
            <Button type="submit" loading={state.loading}>
              {t('import.submit')}
            </Button>
          </div>
        </Stack>
      </form>
      <div role="status" aria-live="polite">
        {state.loading && <Text>{t('import.working')}</Text>}
      </div>
      {/* The report's headline is an alert (announced when it appears); the table under it is read at will. */}
      <div>
        {report && (
          <Stack gap="sm">
            <ImportReport report={report} />
            {report.accepted && (
              <Anchor component={Link} to={to(`/units/${unitId}`)}>
                {t('import.backToUnit', { unit: unitName })}
              </Anchor>
            )}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

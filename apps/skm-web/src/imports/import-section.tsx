import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorSummary, SpreadsheetField } from '@simpul/ui';
import { spreadsheetFormat, toUpload, useFormat, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { SKM } from '../messages';
import { IMPORT, type ImportReport } from '../surveys/survey.operations';

/** Paper forms typed into CSV/XLSX: one file, all or nothing, and a report row by row. */
export function ImportSection({ surveyId, onImported }: { surveyId: string; onImported: () => void }) {
  const t = useT(SKM);
  const [language] = useLanguage();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [run, state] = useMutation(IMPORT);

  // Never rejects (an unreadable file and the server's errors both end on the form), so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const kind = file ? spreadsheetFormat(file.name) : null;
    if (!file || !kind) {
      setError(t(file ? 'import.badType' : 'import.required'));
      return;
    }
    setError(null);
    let contentBase64: string;
    try {
      contentBase64 = (await toUpload(file)).contentBase64;
    } catch {
      // The file was moved or deleted after it was chosen: the browser cannot read it any more.
      setError(t('import.unreadable', { name: file.name }));
      return;
    }
    const result = await run({ surveyId, fileName: file.name, format: kind, contentBase64 });
    if (result.data) {
      setReport(result.data.importSkmResponses);
      if (result.data.importSkmResponses.status === 'STORED') onImported();
    } else setError(result.errors.map((e) => e.message).join(' '));
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('import.title')}
      </Title>
      <Text>{t('import.hint')}</Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={error ? [{ fieldId: 'skm-import-file', message: error }] : []} />
        <SpreadsheetField id="skm-import-file" label={t('import.file')} error={error} onChange={setFile} />
        <Button type="submit" mt="sm" loading={state.loading}>
          {t('import.submit')}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {state.loading && <Text>{t('import.working')}</Text>}
        {report && (
          <Stack gap={4} mt="sm">
            <Text fw={700}>
              {report.status === 'STORED'
                ? t('import.stored', { count: format.number(report.storedCount), ms: format.number(report.elapsedMs) })
                : t('import.refused', { rows: format.number(report.rowCount), problems: format.number(report.problemCount) })}
            </Text>
            {report.problems.length > 0 && (
              <Table withTableBorder striped>
                <caption style={{ textAlign: 'left' }}>{t('import.problems')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('col.row')}</Table.Th>
                    <Table.Th>{t('col.field')}</Table.Th>
                    <Table.Th>{t('col.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.problems.map((p, i) => (
                    <Table.Tr key={`${p.row}-${p.field}-${i}`}>
                      <Table.Td>{p.row}</Table.Td>
                      <Table.Td>{p.field}</Table.Td>
                      <Table.Td>{language === 'id' ? p.messageId : p.messageEn}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

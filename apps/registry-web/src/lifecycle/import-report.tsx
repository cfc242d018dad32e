import { Alert, List, Stack, Text } from '@mantine/core';
import { CategoryBadge, DataTable } from '@simpul/ui';
import { useFormat, useLanguage, useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';
import { columnLabel } from './import-columns';
import type { ImportReport as Report, ImportRow } from './lifecycle.operations';

/**
 * What the registry said about a file: accepted with how many services were added and updated, or
 * refused with every row's problems named by column. Nothing is written when one row is wrong, so
 * the words say so. A problem with the file as a whole (unreadable, no rows) comes as one row.
 */
export function ImportReport({ report }: { report: Report }) {
  const t = useT(REGISTRY);
  const [language] = useLanguage();
  const format = useFormat();
  const bad = report.rows.filter((row) => !row.ok);
  const message = (error: ImportRow['errors'][number]) =>
    t('import.problem', { column: columnLabel(error.field, t), message: language === 'en' ? error.messageEn : error.message });

  // One row about the whole file (it could not be read, or has no data rows): the problems are the news.
  const fileProblem = !report.accepted && report.rows.length === 1 && report.rows[0].name === null && report.rows[0].row <= 1;
  if (fileProblem) {
    return (
      <Alert color="red" title={t('import.fileRejected')}>
        <List>
          {report.rows[0].errors.map((error) => (
            <List.Item key={error.field + error.message}>
              <Text c="dark">{message(error)}</Text>
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Alert color={report.accepted ? 'green' : 'red'}>
        <Text c="dark" fw={600}>
          {report.accepted
            ? t('import.accepted', { created: format.number(report.created), updated: format.number(report.updated) })
            : t('import.rejected', { bad: format.number(bad.length), rows: format.number(report.rows.length) })}
        </Text>
      </Alert>
      <DataTable<ImportRow>
        caption={t('import.reportCaption')}
        // A refused file lists its wrong rows first: they are what the person has to fix.
        rows={report.accepted ? report.rows : [...bad, ...report.rows.filter((row) => row.ok)]}
        rowKey={(row) => String(row.row)}
        pageSize={50}
        columns={[
          { key: 'row', header: t('import.col.row'), numeric: true, cell: (row) => format.number(row.row) },
          {
            key: 'name',
            header: t('import.col.name'),
            cell: (row) => row.name ?? (row.row === 1 ? t('import.rowHeader') : t('import.noName')),
          },
          {
            key: 'result',
            header: t('import.col.result'),
            cell: (row) =>
              row.ok ? (
                <CategoryBadge tone="success" label={t('import.rowOk')} />
              ) : (
                <List size="sm">
                  {row.errors.map((error) => (
                    <List.Item key={error.field + error.message}>{message(error)}</List.Item>
                  ))}
                </List>
              ),
          },
        ]}
      />
    </Stack>
  );
}

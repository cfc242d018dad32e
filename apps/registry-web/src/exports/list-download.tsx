import { Button, Group, Stack, Text } from '@mantine/core';
import { base64ToBlob, saveBlob, useFormat, useSession, useT } from '@simpul/web-kit';
import { useId, useState } from 'react';
import type { AgencyFilter, ExportFormat, ServiceFilter, ServiceUnitFilter } from '../__generated__/operations';
import { REGISTRY } from '../messages';
import { EXPORT_AGENCIES, EXPORT_SERVICES, EXPORT_SERVICE_UNITS } from './export.operations';

const FORMATS: ReadonlyArray<readonly [ExportFormat, string]> = [
  ['CSV', 'exports.csv'],
  ['CSV_INDONESIAN', 'exports.csvIndonesian'],
  ['XLSX', 'exports.xlsx'],
];

export type ListDownloadProps =
  { list: 'units'; filter: ServiceUnitFilter } | { list: 'services'; filter: ServiceFilter } | { list: 'agencies'; filter: AgencyFilter };

/**
 * CSV, Indonesian CSV and XLSX buttons for a registry list with the filter on screen; the server
 * applies the list's own access rules. The outcome is announced (aria-live).
 */
export function ListDownload(props: ListDownloadProps) {
  const t = useT(REGISTRY);
  const format = useFormat();
  const { client } = useSession();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const label = t(`exports.${props.list}`);
  const labelId = useId();

  async function fetchFile(fileFormat: ExportFormat) {
    if (props.list === 'units')
      return (await client.request(EXPORT_SERVICE_UNITS, { filter: props.filter, format: fileFormat })).exportServiceUnits;
    if (props.list === 'services')
      return (await client.request(EXPORT_SERVICES, { filter: props.filter, format: fileFormat })).exportServices;
    return (await client.request(EXPORT_AGENCIES, { filter: props.filter, format: fileFormat })).exportAgencies;
  }

  async function download(fileFormat: ExportFormat) {
    setBusy(true);
    setStatus(t('exports.working'));
    try {
      const file = await fetchFile(fileFormat);
      saveBlob(base64ToBlob(file.contentBase64, file.mimeType), file.fileName);
      const done = t('exports.done', { file: file.fileName, rows: format.number(file.rowCount) });
      setStatus(file.demoRowCount > 0 ? `${done} ${t('exports.demoRows', { rows: format.number(file.demoRowCount) })}` : done);
    } catch {
      setStatus(t('exports.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap={4} my="sm">
      <Text fw={600} size="sm" id={labelId}>
        {label}
      </Text>
      <Group role="group" aria-labelledby={labelId} gap="xs">
        {FORMATS.map(([value, key]) => (
          <Button key={value} size="xs" variant="default" disabled={busy} onClick={() => void download(value)}>
            {t(key)}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('exports.hint')}
      </Text>
      <Text size="sm" aria-live="polite">
        {status}
      </Text>
    </Stack>
  );
}

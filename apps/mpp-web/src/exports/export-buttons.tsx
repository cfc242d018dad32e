import { Button, Group, Text } from '@mantine/core';
import { base64ToBlob, saveBlob, useFormat, useT } from '@simpul/web-kit';
import { useId, useState } from 'react';
import type { ExportFormat } from '../__generated__/operations';
import { MPP_EXPORTS } from './export.messages';

export interface DownloadedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
  demoRowCount: number;
}

const FORMATS: ReadonlyArray<readonly [ExportFormat, string]> = [
  ['CSV', 'csv'],
  ['CSV_INDONESIAN', 'csvIndonesian'],
  ['XLSX', 'xlsx'],
];

/** A titled row of CSV, Indonesian CSV and XLSX buttons for one export; the outcome is announced (aria-live). */
export function ExportButtons({ run, label }: { run: (format: ExportFormat) => Promise<DownloadedFile>; label: string }) {
  const t = useT(MPP_EXPORTS);
  const format = useFormat();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  async function download(fileFormat: ExportFormat) {
    setBusy(true);
    setStatus(t('working'));
    try {
      const file = await run(fileFormat);
      saveBlob(base64ToBlob(file.contentBase64, file.mimeType), file.fileName);
      const done = t('done', { file: file.fileName, rows: format.number(file.rowCount) });
      setStatus(file.demoRowCount > 0 ? `${done} ${t('demoRows', { rows: format.number(file.demoRowCount) })}` : done);
    } catch {
      setStatus(t('failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Text fw={600} id={titleId}>
        {label}
      </Text>
      <Group role="group" aria-labelledby={titleId}>
        {FORMATS.map(([value, key]) => (
          <Button key={value} variant="default" disabled={busy} onClick={() => void download(value)}>
            {t(key)}
          </Button>
        ))}
      </Group>
      <Text size="sm" aria-live="polite">
        {status}
      </Text>
    </>
  );
}

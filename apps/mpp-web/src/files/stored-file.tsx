import { Button, Group, Text } from '@mantine/core';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { MPP } from '../messages';
import { useMppFormat } from '../shared/format';
import { base64ToBlob, saveBlob } from '@simpul/web-kit';
import { MPP_FILE, type StoredFileInfo } from './file.operations';
import { formatBytes } from '@simpul/web-kit';

/** The first characters of a SHA-256: enough to compare by eye with a copy someone holds. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);

/**
 * A stored document: a button that fetches it (`mppFile`, base64, only for those entitled) and
 * saves it under its own name, with its size and short SHA-256 so a copy can be checked.
 */
export function StoredFile({ file }: { file: StoredFileInfo }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const [fetchFile, { loading }] = useMutation(MPP_FILE);
  const [status, setStatus] = useState<{ message: string; failed: boolean }>({ message: '', failed: false });
  async function download() {
    setStatus({ message: '', failed: false });
    const result = await fetchFile({ id: file.id });
    if (result.errors) return setStatus({ message: result.errors.map((e) => e.message).join(' '), failed: true });
    const { mppFile } = result.data;
    saveBlob(base64ToBlob(mppFile.contentBase64, mppFile.file.mimeType), mppFile.file.fileName);
    setStatus({ message: t('file.downloaded', { name: mppFile.file.fileName }), failed: false });
  }
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Button
        variant="light"
        size="compact-sm"
        loading={loading}
        onClick={() => void download()}
        aria-label={t('file.downloadLabel', { name: file.fileName })}
      >
        {t('file.download')}
      </Button>
      <Text size="sm" span>
        {file.fileName} · {formatBytes(file.sizeBytes, f.number)} · SHA-256 <code title={file.sha256}>{shortSha(file.sha256)}</code>
      </Text>
      <Text size="sm" span role="status" aria-live="polite" c={status.failed ? 'red.9' : undefined} fw={status.failed ? 600 : undefined}>
        {status.message}
      </Text>
    </Group>
  );
}

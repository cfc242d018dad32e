import { Anchor, Button, Group, Text } from '@mantine/core';
import { gql, useFormat, useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import type { KippAttachmentFileQuery, KippAttachmentFileQueryVariables } from '../__generated__/operations';
import type { Attachment } from '../desk/desk.operations';
import { KIPP } from '../messages';
import { base64ToBlob, saveBlob } from '@simpul/web-kit';
import { formatBytes } from '@simpul/web-kit';

export const ATTACHMENT_FILE = gql<KippAttachmentFileQuery, KippAttachmentFileQueryVariables>`
  query KippAttachmentFile($id: ID!) {
    kippAttachmentFile(id: $id) {
      contentBase64
      attachment {
        fileName
        contentType
        sha256
      }
    }
  }
`;

/**
 * An attachment as a person opens it: an uploaded file is fetched through the KIPP service (only
 * for those who may see the proposal) and saved under its own name, with its size and the start
 * of its SHA-256; an older attachment recorded as a link stays a link.
 */
export function AttachmentFile({ attachment }: { attachment: Attachment }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [fetchFile, { loading }] = useMutation(ATTACHMENT_FILE);
  const [status, setStatus] = useState<{ message: string; failed: boolean }>({ message: '', failed: false });
  if (!attachment.stored)
    return attachment.url ? <Anchor href={attachment.url}>{attachment.fileName}</Anchor> : <Text span>{attachment.fileName}</Text>;
  async function download() {
    setStatus({ message: '', failed: false });
    const result = await fetchFile({ id: attachment.id });
    if (result.errors) return setStatus({ message: result.errors.map((error) => error.message).join(' '), failed: true });
    const file = result.data.kippAttachmentFile;
    saveBlob(base64ToBlob(file.contentBase64, file.attachment.contentType), file.attachment.fileName);
    setStatus({ message: t('file.downloaded', { name: file.attachment.fileName }), failed: false });
  }
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Button
        variant="light"
        size="compact-sm"
        loading={loading}
        onClick={() => void download()}
        aria-label={t('file.downloadLabel', { name: attachment.fileName })}
      >
        {t('file.download')}
      </Button>
      <Text size="sm" span>
        {attachment.fileName} · {formatBytes(attachment.sizeBytes, format.number)}
        {attachment.sha256 && (
          <>
            {' '}
            · SHA-256 <code title={attachment.sha256}>{attachment.sha256.slice(0, 12)}</code>
          </>
        )}
      </Text>
      <Text size="sm" span role="status" aria-live="polite" c={status.failed ? 'red.9' : undefined} fw={status.failed ? 600 : undefined}>
        {status.message}
      </Text>
    </Group>
  );
}

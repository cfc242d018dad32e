import { Anchor, Stack, Text } from '@mantine/core';
import type { StoredFileInfo } from './file.operations';
import { StoredFile } from './stored-file';

/**
 * Where a recorded document can be read: its uploaded file (downloaded through the service) or
 * the address it was filed under elsewhere; a name alone, from before uploads, is shown as text.
 */
export function DocumentLink({
  document,
}: {
  document: { title: string; fileName: string | null; url: string | null; file: StoredFileInfo | null };
}) {
  return (
    <Stack gap={2}>
      {document.file && <StoredFile file={document.file} />}
      {document.url && (
        <Anchor href={document.url} target="_blank" rel="noreferrer" size="sm">
          {document.fileName ?? document.title}
        </Anchor>
      )}
      {!document.file && !document.url && <Text size="sm">{document.fileName ?? document.title}</Text>}
    </Stack>
  );
}

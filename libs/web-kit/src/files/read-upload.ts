import type { Translate } from '../i18n/i18n-context';
import { toUpload, type FileUpload } from './upload-file';

export type ReadUpload = { upload: FileUpload | null; problem: null } | { upload: null; problem: string };

/**
 * The chosen file read for the mutation (none chosen reads as null), or in words why it could not be
 * read: the browser rejects when the file was moved or deleted after it was chosen, and the form then
 * shows this on its file field instead of failing silently. Like checkUploadFile, the words come from the
 * remote's catalogue (`file.unreadable` with `{name}`).
 */
export async function readUpload(file: File | null, t: Translate): Promise<ReadUpload> {
  if (!file) return { upload: null, problem: null };
  try {
    return { upload: await toUpload(file), problem: null };
  } catch {
    return { upload: null, problem: t('file.unreadable', { name: file.name }) };
  }
}

import { gql } from '@simpul/web-kit';

/** A stored document file as the MPP service describes it. */
export interface StoredFileInfo {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/** The selection every page uses for a stored file. */
export const STORED_FILE = 'file { id fileName mimeType sizeBytes sha256 }';

export const MPP_FILE = gql<{ mppFile: { file: { fileName: string; mimeType: string; sha256: string }; contentBase64: string } }, { id: string }>`
query MppFile($id: ID!) { mppFile(id: $id) { file { fileName mimeType sha256 } contentBase64 } }`;

import { gql } from '@simpul/web-kit';
import type { MallProfileQuery, MppFileQuery, MppFileQueryVariables } from '../__generated__/operations';

/** A stored document file as the MPP service describes it. */
export type StoredFileInfo = NonNullable<NonNullable<MallProfileQuery['mall']>['documents'][number]['file']>;

/** The selection every page uses for a stored file. */
export const STORED_FILE = 'file { id fileName mimeType sizeBytes sha256 }';

export const MPP_FILE = gql<MppFileQuery, MppFileQueryVariables>`
  query MppFile($id: ID!) {
    mppFile(id: $id) {
      file {
        fileName
        mimeType
        sha256
      }
      contentBase64
    }
  }
`;

import { gql } from '@simpul/web-kit';
import type { DocumentVerificationQuery, DocumentVerificationQueryVariables } from '../__generated__/operations';

/** Public: what the registry recorded for a printed document's code (null when unknown). */
export const DOCUMENT_VERIFICATION = gql<DocumentVerificationQuery, DocumentVerificationQueryVariables>`
  query DocumentVerification($code: String!) {
    documentVerification(code: $code) {
      code
      kind
      title
      issuedAt
      issuer {
        name
        role
      }
      figures {
        label
        value
      }
      sourcePath
      valid
    }
  }
`;

import { type DocumentToIssue } from '@simpul/ui';
import { gql, useMutation } from '@simpul/web-kit';
import { useCallback } from 'react';
import type { IssueDocumentMutation, IssueDocumentMutationVariables } from '../__generated__/operations';

/** Registers a printed document with the registry; its code goes under the QR. */
export const ISSUE_DOCUMENT = gql<IssueDocumentMutation, IssueDocumentMutationVariables>`
  mutation IssueDocument($input: IssueDocumentInput!) {
    issueDocument(input: $input) {
      code
      issuedAt
    }
  }
`;

/** The issuing function `useDocumentIssue` takes: the code, or null when the registry refused. */
export function useIssueDocument(): (document: DocumentToIssue) => Promise<string | null> {
  const [issue] = useMutation(ISSUE_DOCUMENT);
  return useCallback(async (document) => (await issue({ input: document })).data?.issueDocument.code ?? null, [issue]);
}

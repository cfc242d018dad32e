import { type DocumentToIssue } from '@simpul/ui';
import { connectionOf, gql, useMutation } from '@simpul/web-kit';
import { useCallback } from 'react';
import type {
  IssueDocumentMutation,
  IssueDocumentMutationVariables,
  MallReportCardQuery,
  MallReportCardQueryVariables,
} from '../__generated__/operations';
import { DESK_IKM } from '../shared/desk-ikm';

export type MallReportCard = MallReportCardQuery;
export type ReportMall = NonNullable<MallReportCardQuery['mall']>;

/**
 * One request for the mall's report card: the mall, every tenant with its step, agreement and number
 * of services, every desk with its latest IKM from SKM, and the operator dashboard's visitors and
 * expiring agreements (the dashboard's own period, the last 90 days by default).
 */
export const MALL_REPORT_CARD = gql<MallReportCardQuery, MallReportCardQueryVariables>`
query MallReportCard($mallId: ID!) {
  mall(id: $mallId) {
    id name status origin address openedOn regency { code name } province { code name }
    managingUnit { id name agency { id name } }
    desks { id number label ${DESK_IKM} }
    tenancies(first: 100) {
      ${connectionOf('id step agency { id name } currentAgreement { id number expiresOn status daysToExpiry } services(first: 1) { totalCount }')}
    }
  }
  mallDashboard(mallId: $mallId) {
    from to origin
    visitorTrend(granularity: MONTH) { period visitors complaints deskDays }
    agreementsNearingExpiry(first: 50) { totalCount }
  }
}`;

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

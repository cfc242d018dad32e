import { gql } from '@simpul/web-kit';
import type {
  F01StatusQuery,
  F01StatusQueryVariables,
  ReopenF01Mutation,
  ReopenF01MutationVariables,
  SubmitF01Mutation,
  SubmitF01MutationVariables,
} from '../../__generated__/operations';

const RECEIPT = `id lokusId submittedBy submittedByName submittedAt instrumentId
  indicators { indicatorCode level evidence { documentId fileName sha256 } }
  reopenedAt reopenedByName reopenReason`;

/** Completeness per aspect, the F-01 deadline, the submission in force (the lock) and earlier sends with why they were reopened. */
export const F01_STATUS = gql<F01StatusQuery, F01StatusQueryVariables>`
query F01Status($lokusId: ID!) { f01Completeness(lokusId: $lokusId) {
  lokusId complete done total deadline fillingOpen
  aspects { aspectCode aspectName done total missing { indicatorCode text missingClaim missingEvidence } }
  submission { ${RECEIPT} } }
  f01SubmissionHistory(lokusId: $lokusId) { id submittedAt reopenedAt reopenedByName reopenReason } }`;

export const SUBMIT_F01 = gql<SubmitF01Mutation, SubmitF01MutationVariables>`
mutation SubmitF01($lokusId: ID!) { submitF01(lokusId: $lokusId) { ${RECEIPT} } }`;

export const REOPEN_F01 = gql<ReopenF01Mutation, ReopenF01MutationVariables>`
mutation ReopenF01($lokusId: ID!, $reason: String!) { reopenF01(lokusId: $lokusId, reason: $reason) { ${RECEIPT} } }`;

export type F01Status = F01StatusQuery['f01Completeness'];
export type F01Receipt = NonNullable<F01Status['submission']>;
export type F01SendRecord = F01StatusQuery['f01SubmissionHistory'][number];

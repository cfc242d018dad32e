import { gql } from '@simpul/web-kit';
import type {
  KippFileObjectionMutation,
  KippFileObjectionMutationVariables,
  KippObjectionWindowQuery,
  KippObjectionWindowQueryVariables,
} from '../__generated__/operations';

export type ObjectionWindow = NonNullable<KippObjectionWindowQuery['competition']>;

export const OBJECTION_WINDOW = gql<KippObjectionWindowQuery, KippObjectionWindowQueryVariables>`
  query KippObjectionWindow($year: Int!) {
    competition(year: $year) {
      id
      year
      rules {
        objectionsPerHour
      }
      stages {
        stage
        opensOn
        closesOn
        decidedAt
      }
    }
  }
`;

export const FILE_OBJECTION = gql<KippFileObjectionMutation, KippFileObjectionMutationVariables>`
  mutation KippFileObjection($proposalId: ID!, $body: String!, $contact: String) {
    fileObjection(proposalId: $proposalId, body: $body, contact: $contact) {
      id
      filedAt
    }
  }
`;

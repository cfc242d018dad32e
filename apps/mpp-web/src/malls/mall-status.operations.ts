import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  MallStatusHistoryQuery,
  MallStatusHistoryQueryVariables,
  SetMallStatusMutation,
  SetMallStatusMutationVariables,
} from '../__generated__/operations';

export type MallStatusChange = NodeOf<NonNullable<MallStatusHistoryQuery['mall']>['statusHistory']>;

export const MALL_STATUS_HISTORY = gql<MallStatusHistoryQuery, MallStatusHistoryQueryVariables>`
query MallStatusHistory($id: ID!, $first: Int, $after: String) {
  mall(id: $id) { id statusHistory(first: $first, after: $after) { ${connectionOf('id from to reason changedByName changedAt')} } }
}`;

export const SET_MALL_STATUS = gql<SetMallStatusMutation, SetMallStatusMutationVariables>`
  mutation SetMallStatus($id: ID!, $status: MallStatus!, $reason: String!, $openedOn: String) {
    setMallStatus(id: $id, status: $status, reason: $reason, openedOn: $openedOn) {
      id
      status
      openedOn
    }
  }
`;

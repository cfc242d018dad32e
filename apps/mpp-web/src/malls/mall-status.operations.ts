import { gql } from '@simpul/web-kit';
import { connectionOf, type Connection } from '../shared/connection';
import type { MallStatus } from '../shared/enums';

export interface MallStatusChange {
  id: string;
  from: MallStatus;
  to: MallStatus;
  reason: string;
  changedByName: string | null;
  changedAt: string;
}

export const MALL_STATUS_HISTORY = gql<{ mall: { id: string; statusHistory: Connection<MallStatusChange> } | null }, { id: string; first: number; after: string | null }>`
query MallStatusHistory($id: ID!, $first: Int, $after: String) {
  mall(id: $id) { id statusHistory(first: $first, after: $after) { ${connectionOf('id from to reason changedByName changedAt')} } }
}`;

export const SET_MALL_STATUS = gql<{ setMallStatus: { id: string; status: MallStatus; openedOn: string | null } }, { id: string; status: MallStatus; reason: string; openedOn: string | null }>`
mutation SetMallStatus($id: ID!, $status: MallStatus!, $reason: String!, $openedOn: String) {
  setMallStatus(id: $id, status: $status, reason: $reason, openedOn: $openedOn) { id status openedOn }
}`;

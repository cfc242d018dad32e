import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type { CycleAppealListQuery, CycleAppealListQueryVariables } from '../__generated__/operations';

/** A page of a cycle's appeals (the admin's all, an evaluator's own lokus'), newest first. */
export const CYCLE_APPEALS = gql<CycleAppealListQuery, CycleAppealListQueryVariables>`
query CycleAppealList($cycleId: ID!, $status: AppealStatus, $first: Int, $after: String) {
  cycleAppeals(cycleId: $cycleId, status: $status, first: $first, after: $after) {
    ${connectionOf('id lokusId unitName indicatorCode disputedLevel requestedLevel reason filedAt status decisionReason newLevel decidedAt')}
  }
}`;

export type CycleAppeal = NodeOf<CycleAppealListQuery['cycleAppeals']>;

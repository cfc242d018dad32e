import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type { CycleAggregatesQuery, CycleAggregatesQueryVariables } from '../__generated__/operations';

const FIGURE = 'group name count value min max method origin category { code label labelEn }';

/** A cycle's national figure, every province and one page of instansi in the order asked for. */
export const CYCLE_AGGREGATES = gql<CycleAggregatesQuery, CycleAggregatesQueryVariables>`
query CycleAggregates($cycleId: ID!, $order: AggregateOrder, $first: Int, $after: String) {
  cycleAggregates(cycleId: $cycleId) {
    cycleId
    nation { ${FIGURE} }
    province { ${FIGURE} }
    instansi(order: $order, first: $first, after: $after) { ${connectionOf(FIGURE)} }
  }
}`;

/** One mean IPP: a province, an instansi or the nation. */
export type AggregateFigure = NodeOf<CycleAggregatesQuery['cycleAggregates']['instansi']>;

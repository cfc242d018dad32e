import { gql } from '@simpul/web-kit';
import type { CycleComparisonQuery, CycleComparisonQueryVariables } from '../__generated__/operations';

const SIDE = 'cycle { id name year publishedAt } instrumentId ipp scoredResults publishedFigures';

/** Two cycles side by side, aspect by aspect, for the cycles' results or one unit. */
export const CYCLE_COMPARISON = gql<CycleComparisonQuery, CycleComparisonQueryVariables>`
  query CycleComparison($first: ID!, $second: ID!, $unit: ID) {
    cycleComparison(firstCycleId: $first, secondCycleId: $second, serviceUnitId: $unit) {
      first { ${SIDE} }
      second { ${SIDE} }
      aspects {
        code
        first { name weight indicators score }
        second { name weight indicators score }
        differences { kind cycle indicatorCodes }
      }
      blendDiffers
      surveyItemsAdded
      surveyItemsRemoved
    }
  }
`;

export type Comparison = CycleComparisonQuery['cycleComparison'];
export type ComparedAspect = Comparison['aspects'][number];

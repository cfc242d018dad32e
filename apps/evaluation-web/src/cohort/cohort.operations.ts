import { gql } from '@simpul/web-kit';
import type {
  CohortRankingQuery,
  CohortRankingQueryVariables,
  PeerComparisonQuery,
  PeerComparisonQueryVariables,
} from '../__generated__/operations';

/** One page of a cohort's ranking, each rank with the range its figures support and the small-sample flag. */
export const COHORT_RANKING = gql<CohortRankingQuery, CohortRankingQueryVariables>`
  query CohortRanking($cycleId: ID!, $cohort: String!, $first: Int, $after: String) {
    cohortRanking(cycleId: $cycleId, cohort: $cohort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          lokusId
          unitName
          index
          category {
            code
            label
            labelEn
          }
          rank
          cohortSize
          rankRange {
            best
            worst
          }
          rankIsUncertain
          indexMargin
          respondents
          minRespondents
          sampleBelowMinimum
          origin
        }
      }
    }
  }
`;

/** A unit against its cohort, province and kind in one cycle. */
export const PEER_COMPARISON = gql<PeerComparisonQuery, PeerComparisonQueryVariables>`
  query PeerComparison($lokusId: ID!) {
    peerComparison(lokusId: $lokusId) {
      lokusId
      cycleId
      cycleName
      unitName
      cohort
      index
      groups {
        kind
        label
        labelEn
        count
        mean
        min
        max
        unitPosition
        points {
          lokusId
          unitName
          index
          isUnit
        }
      }
    }
  }
`;

export type RankedEntry = CohortRankingQuery['cohortRanking']['edges'][number]['node'];
export type PeerGroupData = PeerComparisonQuery['peerComparison']['groups'][number];

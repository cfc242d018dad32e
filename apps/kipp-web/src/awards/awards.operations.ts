import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  KippAwardTiersQuery,
  KippAwardTiersQueryVariables,
  KippHistoricalAwardsQuery,
  KippHistoricalAwardsQueryVariables,
  KippRecordHistoricalAwardMutation,
  KippRecordHistoricalAwardMutationVariables,
  KippSetAwardTierMutation,
  KippSetAwardTierMutationVariables,
  KippChosenUnitQuery,
  KippChosenUnitQueryVariables,
  KippUnitOptionsQuery,
  KippUnitOptionsQueryVariables,
  KippUpdateHistoricalAwardMutation,
  KippUpdateHistoricalAwardMutationVariables,
} from '../__generated__/operations';

export type HistoricalAwardRow = NodeOf<KippHistoricalAwardsQuery['historicalAwards']>;

export const AWARD_TIERS = gql<KippAwardTiersQuery, KippAwardTiersQueryVariables>`
  query KippAwardTiers {
    kippAwardTiers {
      year
      winnerSize
      name
      source
    }
  }
`;

const AWARD = 'innovationId year award tierName title summary category group serviceUnitId source enteredAt';

export const HISTORICAL_AWARDS = gql<KippHistoricalAwardsQuery, KippHistoricalAwardsQueryVariables>`
  query KippHistoricalAwards($first: Int, $after: String) {
    historicalAwards(first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${AWARD} } } }
  }
`;

export const SET_AWARD_TIER = gql<KippSetAwardTierMutation, KippSetAwardTierMutationVariables>`
  mutation KippSetAwardTier($year: Int!, $winnerSize: Int!, $source: String!) {
    setKippAwardTier(year: $year, winnerSize: $winnerSize, source: $source) {
      year
      winnerSize
      name
      source
    }
  }
`;

export const RECORD_HISTORICAL_AWARD = gql<KippRecordHistoricalAwardMutation, KippRecordHistoricalAwardMutationVariables>`
  mutation KippRecordHistoricalAward($input: HistoricalAwardInput!) {
    recordHistoricalAward(input: $input) { ${AWARD} }
  }
`;

export const UPDATE_HISTORICAL_AWARD = gql<KippUpdateHistoricalAwardMutation, KippUpdateHistoricalAwardMutationVariables>`
  mutation KippUpdateHistoricalAward($innovationId: ID!, $input: HistoricalAwardInput!) {
    updateHistoricalAward(innovationId: $innovationId, input: $input) { ${AWARD} }
  }
`;

/** Registry units found by name, for the unit an entered award belongs to. */
export const UNIT_OPTIONS = gql<KippUnitOptionsQuery, KippUnitOptionsQueryVariables>`
  query KippUnitOptions($first: Int, $filter: ServiceUnitFilter) {
    serviceUnits(first: $first, filter: $filter) { ${PAGE_INFO} edges { cursor node { id name agency { id name } } } }
  }
`;

/** The unit an award already names, when it is not among the matches (an edited award's unit past the first page). */
export const CHOSEN_UNIT = gql<KippChosenUnitQuery, KippChosenUnitQueryVariables>`
  query KippChosenUnit($id: ID!) {
    serviceUnit(id: $id) {
      id
      name
      agency {
        id
        name
      }
    }
  }
`;

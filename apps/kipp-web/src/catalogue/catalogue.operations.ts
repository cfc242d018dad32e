import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  InnovationFilter,
  KippCatalogueFiltersQuery,
  KippCatalogueFiltersQueryVariables,
  KippCompetitionYearsQuery,
  KippCompetitionYearsQueryVariables,
  KippInnovationQuery,
  KippInnovationQueryVariables,
  KippInnovationsQuery,
  KippInnovationsQueryVariables,
  KippWinnersQuery,
  KippWinnersQueryVariables,
} from '../__generated__/operations';

/** A catalogue row; its `origin` says where it came from (#11 §7): a published award list (with its `source`) or demo data. */
export type InnovationRow = NodeOf<KippInnovationsQuery['innovations']>;
export type InnovationDetail = NonNullable<KippInnovationQuery['innovation']>;
export type { InnovationFilter };

const ROW =
  'id title summary category group agencyType firstYear latestYear award awardName status origin source agency { id name } region { code name }';

export const INNOVATIONS = gql<KippInnovationsQuery, KippInnovationsQueryVariables>`
  query KippInnovations($filter: InnovationFilter, $first: Int, $after: String) {
    innovations(filter: $filter, first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${ROW} } } }
  }
`;

/** What the filters offer: years and categories of the competitions, and the provinces. */
export const CATALOGUE_FILTERS = gql<KippCatalogueFiltersQuery, KippCatalogueFiltersQueryVariables>`
  query KippCatalogueFilters {
    competitions(first: 50) { ${PAGE_INFO} edges { cursor node { id year categories } } }
    provinces { code name }
  }
`;

export const INNOVATION = gql<KippInnovationQuery, KippInnovationQueryVariables>`
  query KippInnovation($id: ID!) {
    innovation(id: $id) {
      ${ROW} statusReason
      history { year group award awardName proposalId }
      replicates { id title agency { id name } }
      replicatedBy(first: 50) { ${PAGE_INFO} edges { cursor node { id title agency { id name } } } }
      serviceUnit { id name }
    }
  }
`;

export const WINNERS = gql<KippWinnersQuery, KippWinnersQueryVariables>`
  query KippWinners($year: Int!, $first: Int, $after: String) {
    winners(year: $year, first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${ROW} } } }
    kippAwardYears
    kippAwardTiers { year name }
  }
`;

export const COMPETITION_YEARS = gql<KippCompetitionYearsQuery, KippCompetitionYearsQueryVariables>`
  query KippCompetitionYears {
    competitions(first: 50) { ${PAGE_INFO} edges { cursor node { id year stages { stage decidedAt } } } }
  }
`;

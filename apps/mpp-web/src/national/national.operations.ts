import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  NationalMallOverviewQuery,
  NationalMallOverviewQueryVariables,
  NationalMallsQuery,
  NationalMallsQueryVariables,
} from '../__generated__/operations';

export type NationalMallRow = NodeOf<NationalMallsQuery['nationalMallOverview']['malls']>;
export type NationalOverview = NationalMallOverviewQuery['nationalMallOverview'];

export const NATIONAL_OVERVIEW = gql<NationalMallOverviewQuery, NationalMallOverviewQueryVariables>`
  query NationalMallOverview {
    nationalMallOverview {
      active
      proposed
      byProvince {
        provinceCode
        province {
          code
          name
        }
        active
        proposed
        suspended
        closed
        total
      }
      publishedCounts {
        asOf
        count
        source
        origin
      }
      openedByYear {
        year
        opened
        cumulative
      }
    }
  }
`;

/** One page of the ~305 malls (most live services first, as the service orders them); the figures above are not asked again per page. */
export const NATIONAL_MALLS = gql<NationalMallsQuery, NationalMallsQueryVariables>`
query NationalMalls($first: Int, $after: String) {
  nationalMallOverview {
    malls(first: $first, after: $after) { ${connectionOf('mall { id name status origin province { code name } regency { code name } } tenants liveTenants liveServices desks')} }
  }
}`;

import { gql } from '@simpul/web-kit';
import { connectionOf, type Connection } from '../shared/connection';
import type { MallStatus } from '../shared/enums';

export interface NationalMallRow {
  mall: { id: string; name: string; status: MallStatus; province: { code: string; name: string }; regency: { code: string; name: string } };
  tenants: number;
  liveTenants: number;
  liveServices: number;
  desks: number;
}

export interface NationalOverview {
  active: number;
  proposed: number;
  byProvince: { provinceCode: string; province: { code: string; name: string }; active: number; proposed: number; suspended: number; closed: number; total: number }[];
  publishedCounts: { asOf: string; count: number; source: string }[];
  openedByYear: { year: number; opened: number; cumulative: number }[];
}

export const NATIONAL_OVERVIEW = gql<{ nationalMallOverview: NationalOverview }>`
query NationalMallOverview {
  nationalMallOverview {
    active proposed
    byProvince { provinceCode province { code name } active proposed suspended closed total }
    publishedCounts { asOf count source }
    openedByYear { year opened cumulative }
  }
}`;

/** One page of the ~305 malls (most live services first, as the service orders them); the figures above are not asked again per page. */
export const NATIONAL_MALLS = gql<{ nationalMallOverview: { malls: Connection<NationalMallRow> } }, { first: number; after: string | null }>`
query NationalMalls($first: Int, $after: String) {
  nationalMallOverview {
    malls(first: $first, after: $after) { ${connectionOf('mall { id name status province { code name } regency { code name } } tenants liveTenants liveServices desks')} }
  }
}`;

import type { FigureOrigin } from '@simpul/ui';
import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';
import type { Award, InnovationStatus, KippGroup } from '../shared/enums';

export interface InnovationRow {
  id: string;
  title: string;
  summary: string;
  category: string;
  group: KippGroup;
  agencyType: string;
  firstYear: number;
  latestYear: number;
  award: Award;
  status: InnovationStatus | null;
  agency: { id: string; name: string };
  region: { code: string; name: string };
  /** Where the row came from (#11 §7): a published award list (with its source) or demo data. */
  origin: FigureOrigin;
  source: string | null;
}

const ROW = 'id title summary category group agencyType firstYear latestYear award status origin source agency { id name } region { code name }';

export interface InnovationFilter {
  search?: string | null;
  year?: number | null;
  category?: string | null;
  regionCode?: string | null;
  agencyType?: string | null;
  award?: Award | null;
}

export const INNOVATIONS = gql<{ innovations: Connection<InnovationRow> }, { filter: InnovationFilter; first: number; after: string | null }>`
  query KippInnovations($filter: InnovationFilter, $first: Int, $after: String) {
    innovations(filter: $filter, first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${ROW} } } }
  }
`;

/** What the filters offer: years and categories of the competitions, and the provinces. */
export const CATALOGUE_FILTERS = gql<{ competitions: Connection<{ id: string; year: number; categories: string[] }>; provinces: { code: string; name: string }[] }>`
  query KippCatalogueFilters {
    competitions(first: 50) { ${PAGE_INFO} edges { cursor node { id year categories } } }
    provinces { code name }
  }
`;

export interface InnovationDetail extends InnovationRow {
  statusReason: string | null;
  history: { year: number; group: KippGroup; award: Award; proposalId: string | null }[];
  replicates: { id: string; title: string; agency: { id: string; name: string } } | null;
  replicatedBy: Connection<{ id: string; title: string; agency: { id: string; name: string } }>;
  serviceUnit: { id: string; name: string } | null;
}

export const INNOVATION = gql<{ innovation: InnovationDetail | null }, { id: string }>`
  query KippInnovation($id: ID!) {
    innovation(id: $id) {
      ${ROW} statusReason
      history { year group award proposalId }
      replicates { id title agency { id name } }
      replicatedBy(first: 50) { ${PAGE_INFO} edges { cursor node { id title agency { id name } } } }
      serviceUnit { id name }
    }
  }
`;

export const WINNERS = gql<{ winners: Connection<InnovationRow>; kippAwardYears: number[] }, { year: number; first: number; after: string | null }>`
  query KippWinners($year: Int!, $first: Int, $after: String) {
    winners(year: $year, first: $first, after: $after) { ${PAGE_INFO} edges { cursor node { ${ROW} } } }
    kippAwardYears
  }
`;

export const COMPETITION_YEARS = gql<{ competitions: Connection<{ id: string; year: number; stages: { stage: string; decidedAt: string | null }[] }> }>`
  query KippCompetitionYears {
    competitions(first: 50) { ${PAGE_INFO} edges { cursor node { id year stages { stage decidedAt } } } }
  }
`;

import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type { SkmYearResultsQuery, SkmYearResultsQueryVariables } from '../__generated__/operations';

export type YearResult = NodeOf<SkmYearResultsQuery['skmResults']>;

/** Every survey result of a year the caller may read (the service scopes it: all units, one mall, or one unit). */
export const YEAR_RESULTS = gql<SkmYearResultsQuery, SkmYearResultsQueryVariables>`
  query SkmYearResults($year: Int!, $periodKind: SkmPeriodKind, $first: Int, $after: String) {
    skmResults(year: $year, periodKind: $periodKind, first: $first, after: $after) {
      ${PAGE_INFO}
      edges { cursor node { surveyId periodKind year number periodLabel origin source serviceUnit { id name }
        ikm { value category { code label labelEn } }
        sample { expectedUsers required respondents adequate shortBy percent } } }
    }
  }
`;

import { connectionOf, gql } from '@simpul/web-kit';
import type { AgencyOptionsQuery, AgencyOptionsQueryVariables } from '../__generated__/operations';

/** Instansi found by name, for a search picker: a deployment may have thousands, so never "the first 100". */
export const AGENCY_OPTIONS = gql<AgencyOptionsQuery, AgencyOptionsQueryVariables>`
query AgencyOptions($first: Int, $filter: AgencyFilter) {
  agencies(first: $first, filter: $filter) { ${connectionOf('id name region { name }')} }
}`;

import { gql } from '@simpul/web-kit';
import type { KippProvinceNamesQuery, KippProvinceNamesQueryVariables } from '../__generated__/operations';

/** Province names from the registry, for the balance by province (the KIPP service keeps codes). */
export const PROVINCE_NAMES = gql<KippProvinceNamesQuery, KippProvinceNamesQueryVariables>`
  query KippProvinceNames {
    provinces {
      code
      name
    }
  }
`;

import { gql } from '@simpul/web-kit';

/** Province names from the registry, for the balance by province (the KIPP service keeps codes). */
export const PROVINCE_NAMES = gql<{ provinces: { code: string; name: string }[] }>`
  query KippProvinceNames { provinces { code name } }
`;

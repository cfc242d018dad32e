import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  SkmPublicUnitsQuery,
  SkmPublicUnitsQueryVariables,
  SkmProvincesQuery,
  SkmProvincesQueryVariables,
} from '../__generated__/operations';

export type PublicUnit = NodeOf<SkmPublicUnitsQuery['skmPublicUnits']>;

/** Signed out: units with a published IKM (SKM), their names, agency and region (registry), in one request through the gateway. */
export const PUBLIC_UNITS = gql<SkmPublicUnitsQuery, SkmPublicUnitsQueryVariables>`
  query SkmPublicUnits($search: String, $regionCode: String, $first: Int, $after: String) {
    skmPublicUnits(search: $search, regionCode: $regionCode, first: $first, after: $after) {
      ${connectionOf(`serviceUnitId
        serviceUnit { id name agency { id name } region { code name } }
        latest { surveyId value periodKind year number respondents sampleAdequate origin source category { code label labelEn } }`)}
    }
  }
`;

export const PROVINCES = gql<SkmProvincesQuery, SkmProvincesQueryVariables>`
  query SkmProvinces {
    provinces {
      code
      name
    }
  }
`;

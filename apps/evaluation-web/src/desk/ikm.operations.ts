import { gql } from '@simpul/web-kit';
import type { UnitLatestIkmQuery, UnitLatestIkmQueryVariables } from '../__generated__/operations';

/**
 * Asked of the gateway, which joins the registry's unit with the SKM service's `latestIkm`: the
 * evaluation service never calls SKM, and an SKM outage only empties this reference.
 */
export const UNIT_LATEST_IKM = gql<UnitLatestIkmQuery, UnitLatestIkmQueryVariables>`
  query UnitLatestIkm($id: ID!) {
    serviceUnit(id: $id) {
      id
      latestIkm {
        value
        category {
          code
          label
          labelEn
        }
        periodKind
        year
        number
        respondents
        sampleAdequate
        origin
        source
      }
      latestIkmGap
    }
  }
`;

/** The unit's latest IKM as the SKM subgraph publishes it on `ServiceUnit` (null: no IKM yet). */
export type LatestIkm = NonNullable<NonNullable<UnitLatestIkmQuery['serviceUnit']>['latestIkm']>;

import { gql } from '@simpul/web-kit';
import type { UnitIndicatorsQuery, UnitIndicatorsQueryVariables } from '../__generated__/operations';

/**
 * The unit's latest PEKPPP result and IKM, answered by the evaluation and SKM services through the
 * gateway. Its own request, so the registry page still shows when either service is down.
 */
export const UNIT_INDICATORS = gql<UnitIndicatorsQuery, UnitIndicatorsQueryVariables>`
  query UnitIndicators($id: ID!) {
    serviceUnit(id: $id) {
      id
      ippResults {
        year
        index
        category {
          code
          label
          labelEn
        }
        rank
        cohortSize
        published
        label {
          id
          en
        }
        origin
        source
      }
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

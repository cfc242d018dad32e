import { gql } from '@simpul/web-kit';
import type { MyUnitGlanceQuery, MyUnitGlanceQueryVariables } from '../__generated__/operations';

/**
 * One request for the desk's own unit, each part answered by the service that owns it through the
 * gateway: IPP history (evaluation), latest IKM (SKM), innovations (KIPP).
 */
export const MY_UNIT = gql<MyUnitGlanceQuery, MyUnitGlanceQueryVariables>`
  query MyUnitGlance($id: ID!) {
    serviceUnit(id: $id) {
      id
      name
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
      innovations(first: 3) {
        totalCount
        edges {
          node {
            id
            title
            latestYear
            award
          }
        }
      }
    }
  }
`;

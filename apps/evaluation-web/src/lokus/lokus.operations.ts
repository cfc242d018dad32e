import { gql, type NodeOf } from '@simpul/web-kit';
import type {
  ImportLokusMutation,
  ImportLokusMutationVariables,
  LokusByIdQuery,
  LokusByIdQueryVariables,
  RegistryUnitsQuery,
  RegistryUnitsQueryVariables,
  RemoveLokusMutation,
  RemoveLokusMutationVariables,
  UnitLokusQuery,
  UnitLokusQueryVariables,
} from '../__generated__/operations';
import { LOKUS_FIELDS } from '../cycles/cycle.operations';

const DOC = 'id serviceUnitId fileName mimeType sizeBytes sha256 uploadedByName uploadedAt';

export const RESULT_FIELDS =
  'id lokusId cycleId year unitName serviceUnitId provinceCode version current index evaluatorIndex userIndex basis respondents category { code label labelEn } cohort cohortLabel cohortLabelEn rank cohortSize rankLabel { id en } reason computedAt origin source indicatorsOrigin cycleName scheme label { id en }';

export const LOKUS = gql<LokusByIdQuery, LokusByIdQueryVariables>`
query LokusById($id: ID!) {
  lokusById(id: $id) {
    ${LOKUS_FIELDS}
    cycle { id year name currentPhase openPhases finalisedAt publishedAt phases { phase startsAt endsAt } }
    assignments { lokusId evaluatorId evaluatorName role }
    claims { lokusId indicatorCode level justification version updatedAt evidence { ${DOC} } }
    scores { lokusId indicatorCode level note version updatedAt }
    fieldVerifications { id visitedOn team findings recordedAt }
    survey { respondents minRespondents maxRespondents linksIssued linksUsed enough }
    result { ${RESULT_FIELDS} }
    appeals { id lokusId indicatorCode disputedLevel requestedLevel reason filedAt status decisionReason newLevel decidedAt }
    evidence { indicatorCode document { ${DOC} } }
    secondScores { lokusId evaluatorId indicatorCode level updatedAt }
    scoringStatus { role blind evaluationVisible primaryScored secondScored indicatorCount }
  }
}`;

/** One lokus with everything its page shows: claims, scores, visits, survey, result, appeals and the caller's scoring standing. */
export type LokusDetail = LokusByIdQuery['lokusById'];
export type Claim = LokusDetail['claims'][number];
export type Score = LokusDetail['scores'][number];
export type Appeal = LokusDetail['appeals'][number];
export type FieldVerification = LokusDetail['fieldVerifications'][number];
export type SecondScore = LokusDetail['secondScores'][number];
export type EvidenceDocument = Claim['evidence'][number];
/** A lokus' IPP result (the same fields wherever a result is asked for). */
export type LokusResult = NonNullable<LokusDetail['result']>;

export const UNIT_LOKUS = gql<UnitLokusQuery, UnitLokusQueryVariables>`
query UnitLokus($serviceUnitId: ID!) { unitLokus(serviceUnitId: $serviceUnitId) { ${LOKUS_FIELDS} cycle { id year name currentPhase openPhases publishedAt } } }`;

export const IMPORT_LOKUS = gql<ImportLokusMutation, ImportLokusMutationVariables>`
  mutation ImportLokus($cycleId: ID!, $rows: [LokusUnitInput!]!) {
    importLokus(cycleId: $cycleId, rows: $rows) {
      added
      alreadyPresent
      errors {
        row
        field
        message {
          id
          en
        }
      }
    }
  }
`;

export type ImportReport = ImportLokusMutation['importLokus'];

export const REMOVE_LOKUS = gql<RemoveLokusMutation, RemoveLokusMutationVariables>`
  mutation RemoveLokus($lokusId: ID!) {
    removeLokus(lokusId: $lokusId)
  }
`;

export const REGISTRY_UNITS = gql<RegistryUnitsQuery, RegistryUnitsQueryVariables>`
  query RegistryUnits($search: String, $first: Int) {
    serviceUnits(first: $first, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
          kind
          serviceGroup
          agency {
            id
            name
            type
          }
          region {
            code
            name
            level
            parent {
              code
              name
            }
          }
        }
      }
    }
  }
`;

/** The registry's units through the gateway: the source of every lokus. */
export type RegistryUnit = NodeOf<RegistryUnitsQuery['serviceUnits']>;

import { connectionOf, gql } from '@simpul/web-kit';
import type {
  CorrectResultMutation,
  CorrectResultMutationVariables,
  CycleCohortsQuery,
  CycleCohortsQueryVariables,
  CycleResultsQuery,
  CycleResultsQueryVariables,
  ExportCycleResultsQuery,
  ExportCycleResultsQueryVariables,
  NationalIppTrendQuery,
  NationalIppTrendQueryVariables,
  ReportCardQuery,
  ReportCardQueryVariables,
  ServiceUnitIppHistoryQuery,
  ServiceUnitIppHistoryQueryVariables,
} from '../__generated__/operations';
import { RESULT_FIELDS } from '../lokus/lokus.operations';

const HISTORY_FIELDS =
  'year cycleId lokusId index category { code label labelEn } rank cohortSize cohort cohortLabel cohortLabelEn published cycleName scheme origin source label { id en }';

export const CYCLE_RESULTS = gql<CycleResultsQuery, CycleResultsQueryVariables>`
query CycleResults($cycleId: ID!, $cohort: String, $first: Int, $after: String) {
  cycleResults(cycleId: $cycleId, cohort: $cohort, first: $first, after: $after) { ${connectionOf(RESULT_FIELDS)} }
}`;

export const CYCLE_COHORTS = gql<CycleCohortsQuery, CycleCohortsQueryVariables>`
  query CycleCohorts($cycleId: ID!) {
    cycleCohorts(cycleId: $cycleId) {
      code
      label
      labelEn
    }
  }
`;

/** A point of the national series: an official figure, or the mean of one national PEMANTAUAN cycle. */
export const NATIONAL_TREND = gql<NationalIppTrendQuery, NationalIppTrendQueryVariables>`
  query NationalIppTrend {
    nationalIppTrend {
      year
      value
      change
      lokusCount
      basis
      origin
      source
      cycleId
      cycleName
      scheme
      category {
        code
        label
        labelEn
      }
    }
  }
`;

export type TrendPoint = NationalIppTrendQuery['nationalIppTrend'][number];

/** The export of exactly the rows on screen: the same cohort filter as CYCLE_RESULTS. */
export const EXPORT_RESULTS = gql<ExportCycleResultsQuery, ExportCycleResultsQueryVariables>`
  query ExportCycleResults($cycleId: ID!, $format: ExportFormat!, $cohort: String) {
    exportCycleResults(cycleId: $cycleId, format: $format, cohort: $cohort) {
      fileName
      mimeType
      contentBase64
      rowCount
      cohort
      cohortLabel
      cohortLabelEn
      demoRowCount
    }
  }
`;

export const CORRECT_RESULT = gql<CorrectResultMutation, CorrectResultMutationVariables>`
mutation CorrectResult($input: CorrectResultInput!) { correctResult(input: $input) { ${RESULT_FIELDS} } }`;

export const REPORT_CARD = gql<ReportCardQuery, ReportCardQueryVariables>`
query ReportCard($lokusId: ID!) {
  reportCard(lokusId: $lokusId) {
    lokus { id unitName agencyName provinceName cohort cohortLabel cohortLabelEn instrumentId serviceUnitId cycle { name year } }
    result { ${RESULT_FIELDS} explanation { formula text { id en } steps { id label { id en } formula inputs { name value weight } value exact } } }
    aspects { code name weight score }
    history { ${HISTORY_FIELDS} }
    gap { reachable fromIndex from { code label labelEn } target { code label labelEn } targetIndex steps { indicatorCode indicatorText from to gain targetDescriptor } levelSteps resultingIndex summary { id en } }
    followUpProgress { acceptedAt total planned inProgress done dropped percentDone }
  }
}`;

export const UNIT_WITH_HISTORY = gql<ServiceUnitIppHistoryQuery, ServiceUnitIppHistoryQueryVariables>`
query ServiceUnitIppHistory($id: ID!) { serviceUnit(id: $id) { id name ippResults { ${HISTORY_FIELDS} } } }`;

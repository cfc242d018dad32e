import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AgencyOmbudsmanReadinessQuery,
  AgencyOmbudsmanReadinessQueryVariables,
  ImportOmbudsmanResultsMutation,
  ImportOmbudsmanResultsMutationVariables,
  OmbudsmanAgencySearchQuery,
  OmbudsmanAgencySearchQueryVariables,
  OmbudsmanComplianceQuery,
  OmbudsmanComplianceQueryVariables,
  OmbudsmanProvinceSummaryQuery,
  OmbudsmanProvinceSummaryQueryVariables,
  OmbudsmanProvincesQuery,
  OmbudsmanProvincesQueryVariables,
  OmbudsmanResultsQuery,
  OmbudsmanResultsQueryVariables,
  RecordOmbudsmanResultMutation,
  RecordOmbudsmanResultMutationVariables,
} from '../__generated__/operations';

/** What a list row shows: the agency (its current name from the registry), the year, the figure and where it came from. */
const RESULT_FIELDS = `id agency { id name } agencyName regionCode year methodVersion score zone zoneLabel { id en }
  opinion opinionLabel { id en } maladministrationRisk origin source`;

/** A result on the compliance page: also its dimension scores and unit findings. */
const RESULT_DETAIL = `${RESULT_FIELDS} dimensions { dimension score weight }
  unitFindings { serviceUnit { id } unitName score zone note }`;

export const OMBUDSMAN_RESULTS = gql<OmbudsmanResultsQuery, OmbudsmanResultsQueryVariables>`
query OmbudsmanResults($filter: OmbudsmanResultFilter, $first: Int, $after: String) {
  ombudsmanResults(filter: $filter, first: $first, after: $after) { ${connectionOf(RESULT_FIELDS)} }
}`;

export const OMBUDSMAN_COMPLIANCE = gql<OmbudsmanComplianceQuery, OmbudsmanComplianceQueryVariables>`
query OmbudsmanCompliance($agencyId: ID!) {
  agency(id: $agencyId) { id name regionCode }
  ombudsmanCompliance(agencyId: $agencyId) {
    history { ${RESULT_DETAIL} }
    latestOfficial { id year score zone zoneLabel { id en } opinion opinionLabel { id en } source }
    changeSinceLastYear { yearBefore yearAfter scoreDelta zoneBefore zoneAfter methodChanged summary { id en } }
  }
}`;

/** The registry's readiness counts for the instansi (H3's check): asked apart so the page stands without them. */
export const AGENCY_READINESS = gql<AgencyOmbudsmanReadinessQuery, AgencyOmbudsmanReadinessQueryVariables>`
query AgencyOmbudsmanReadiness($agencyId: ID!) {
  agencyOmbudsmanReadiness(agencyId: $agencyId) {
    unitCount readyUnitCount serviceCount checkedComponents missingCount unpublishedCount
    units(first: 50) { ${connectionOf('serviceUnit { id name } serviceCount missingCount unpublishedCount ready')} }
  }
}`;

export const OMBUDSMAN_PROVINCE = gql<OmbudsmanProvinceSummaryQuery, OmbudsmanProvinceSummaryQueryVariables>`
query OmbudsmanProvinceSummary($regionCode: String!, $year: Int) {
  ombudsmanProvinceSummary(regionCode: $regionCode, year: $year) {
    regionCode region { code name } year years total officialCount demoCount
    zoneCounts { zone count label { id en } }
    results { ${RESULT_FIELDS} }
    publishedStatements { text { id en } source origin }
  }
}`;

export const RECORD_OMBUDSMAN_RESULT = gql<RecordOmbudsmanResultMutation, RecordOmbudsmanResultMutationVariables>`
mutation RecordOmbudsmanResult($input: OmbudsmanResultInput!) {
  recordOmbudsmanResult(input: $input) { ${RESULT_FIELDS} }
}`;

export const IMPORT_OMBUDSMAN_RESULTS = gql<ImportOmbudsmanResultsMutation, ImportOmbudsmanResultsMutationVariables>`
  mutation ImportOmbudsmanResults($file: ImportFileInput!, $dryRun: Boolean) {
    importOmbudsmanResults(file: $file, dryRun: $dryRun) {
      accepted
      dryRun
      created
      fileError {
        field
        message {
          id
          en
        }
      }
      rows {
        row
        agencyId
        agencyName
        year
        zone
        ok
        errors {
          field
          message {
            id
            en
          }
        }
      }
    }
  }
`;

export type OmbudsmanRow = NodeOf<OmbudsmanResultsQuery['ombudsmanResults']>;
export type OmbudsmanDetail = OmbudsmanComplianceQuery['ombudsmanCompliance']['history'][number];
export type ImportReport = ImportOmbudsmanResultsMutation['importOmbudsmanResults'];

/** The 38 provinces (registry), for the province filter. */
export const OMBUDSMAN_PROVINCES = gql<OmbudsmanProvincesQuery, OmbudsmanProvincesQueryVariables>`
  query OmbudsmanProvinces {
    provinces {
      code
      name
    }
  }
`;

/** Agencies by part of their name (registry), for the entry form's agency picker. */
export const OMBUDSMAN_AGENCY_SEARCH = gql<OmbudsmanAgencySearchQuery, OmbudsmanAgencySearchQueryVariables>`
query OmbudsmanAgencySearch($search: String!) {
  agencies(filter: { search: $search }, first: 20) { ${connectionOf('id name regionCode')} }
}`;

import { gql, type NodeOf, PAGE_INFO } from '@simpul/web-kit';
import type {
  CreateSkmFollowUpMutation,
  CreateSkmFollowUpMutationVariables,
  CreateSkmSurveyMutation,
  CreateSkmSurveyMutationVariables,
  ImportSkmResponsesMutation,
  ImportSkmResponsesMutationVariables,
  IssueSkmLinksMutation,
  IssueSkmLinksMutationVariables,
  ReviewSkmImportBatchMutation,
  ReviewSkmImportBatchMutationVariables,
  ReviewSkmResponsesMutation,
  ReviewSkmResponsesMutationVariables,
  SkmBreakdownQuery,
  SkmBreakdownQueryVariables,
  SkmFlaggedQuery,
  SkmFlaggedQueryVariables,
  SkmFollowUpStatus,
  SkmImportBatchesQuery,
  SkmImportBatchesQueryVariables,
  SkmLinkUsageQuery,
  SkmLinkUsageQueryVariables,
  SkmOverlappingSurveysQuery,
  SkmOverlappingSurveysQueryVariables,
  SkmPeriodKind,
  SkmSurveyQuery,
  SkmSurveyQueryVariables,
  SkmSurveysQuery,
  SkmSurveysQueryVariables,
  UpdateSkmFollowUpMutation,
  UpdateSkmFollowUpMutationVariables,
  UpdateSkmSurveyMutation,
  UpdateSkmSurveyMutationVariables,
} from '../__generated__/operations';

export type PeriodKind = SkmPeriodKind;
export const PERIOD_KINDS: PeriodKind[] = ['QUARTER', 'HALF_YEAR', 'YEAR'];
export const PERIOD_COUNT: Record<PeriodKind, number> = { QUARTER: 4, HALF_YEAR: 2, YEAR: 1 };

export type SurveyDetail = SkmSurveyQuery['skmSurvey'];
export type Result = SurveyDetail['result'];
export type ElementResult = Result['elements'][number];
export type Sample = Result['sample'];
export type SurveySummary = NodeOf<SkmSurveysQuery['skmSurveys']>;

export type FollowUp = NodeOf<SurveyDetail['followUps']>;
export type FollowUpStatus = SkmFollowUpStatus;
export const FOLLOW_UP_STATUSES: FollowUpStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

const RESULT = `surveyId periodLabel origin source
  ikm { value interval respondents exactInterval exactValue formula explanation { id en } category { code label labelEn } }
  elements { code name weight sum answered nrr value categoryCode weak }
  sample { expectedUsers required respondents adequate shortBy percent }
  exclusions { excluded pendingReview reasons { reason responses } }`;

export const SURVEYS = gql<SkmSurveysQuery, SkmSurveysQueryVariables>`
  query SkmSurveys($first: Int, $after: String, $filter: SkmSurveyFilter) {
    skmSurveys(first: $first, after: $after, filter: $filter) {
      ${PAGE_INFO}
      edges { cursor node { id title serviceUnitId mallId deskId periodKind year number periodLabel startsOn endsOn
        serviceUnit { id name } desk { id number label mall { id name } }
        result { ikm { value category { code label labelEn } } sample { expectedUsers required respondents adequate shortBy percent } } } }
    }
  }
`;

export const SURVEY = gql<SkmSurveyQuery, SkmSurveyQueryVariables>`
  query SkmSurvey($id: ID!) {
    skmSurvey(id: $id) {
      id title serviceUnitId mallId deskId periodKind year number periodLabel startsOn endsOn expectedUsers opensAt closesAt publicCode publicUrl kioskUrl
      elements { code name weight required }
      serviceUnit { id name }
      result { ${RESULT} }
      followUps(first: 50) { ${PAGE_INFO} edges { cursor node { id surveyId elementCode elementName action owner dueOn status outcome updatedAt } } }
    }
  }
`;

export const BREAKDOWN = gql<SkmBreakdownQuery, SkmBreakdownQueryVariables>`
  query SkmBreakdown($surveyId: ID!, $dimension: SkmProfileDimension!) {
    skmResult(surveyId: $surveyId) { breakdown(dimension: $dimension, first: 50) { ${PAGE_INFO} edges { cursor node { bucket respondents ikm categoryCode } } } }
  }
`;

export const CREATE_SURVEY = gql<CreateSkmSurveyMutation, CreateSkmSurveyMutationVariables>`
  mutation CreateSkmSurvey($input: CreateSkmSurveyInput!) {
    createSkmSurvey(input: $input) {
      id
    }
  }
`;

export const UPDATE_SURVEY = gql<UpdateSkmSurveyMutation, UpdateSkmSurveyMutationVariables>`
  mutation UpdateSkmSurvey($input: UpdateSkmSurveyInput!) {
    updateSkmSurvey(input: $input) {
      id
      expectedUsers
    }
  }
`;

export const FLAGGED = gql<SkmFlaggedQuery, SkmFlaggedQueryVariables>`
  query SkmFlagged($surveyId: ID!) {
    skmFlaggedResponses(surveyId: $surveyId, first: 100) { ${PAGE_INFO} edges { cursor node { id channel answeredAt flags review answers } } }
  }
`;

export const REVIEW = gql<ReviewSkmResponsesMutation, ReviewSkmResponsesMutationVariables>`
  mutation ReviewSkmResponses($responseIds: [ID!]!, $decision: SkmReviewDecision!, $note: String) {
    reviewSkmResponses(responseIds: $responseIds, decision: $decision, note: $note) {
      decided
      excluded
    }
  }
`;

export type ImportReport = ImportSkmResponsesMutation['importSkmResponses'];

export const IMPORT = gql<ImportSkmResponsesMutation, ImportSkmResponsesMutationVariables>`
  mutation ImportSkmResponses($surveyId: ID!, $fileName: String!, $format: SkmImportFormat!, $contentBase64: String!) {
    importSkmResponses(surveyId: $surveyId, fileName: $fileName, format: $format, contentBase64: $contentBase64) {
      status
      batchId
      rowCount
      storedCount
      problemCount
      elapsedMs
      problems {
        row
        field
        code
        messageId
        messageEn
      }
    }
  }
`;

export const CREATE_FOLLOW_UP = gql<CreateSkmFollowUpMutation, CreateSkmFollowUpMutationVariables>`
  mutation CreateSkmFollowUp($input: CreateSkmFollowUpInput!) {
    createSkmFollowUp(input: $input) {
      id
      surveyId
      elementCode
      elementName
      action
      owner
      dueOn
      status
      outcome
      updatedAt
    }
  }
`;

export const UPDATE_FOLLOW_UP = gql<UpdateSkmFollowUpMutation, UpdateSkmFollowUpMutationVariables>`
  mutation UpdateSkmFollowUp($input: UpdateSkmFollowUpInput!) {
    updateSkmFollowUp(input: $input) {
      id
      surveyId
      elementCode
      elementName
      action
      owner
      dueOn
      status
      outcome
      updatedAt
    }
  }
`;

export type ImportBatch = NodeOf<SkmImportBatchesQuery['skmImportBatches']>;

/** Paper import batches of a survey with their review state (an admin or the mall's operator decides each whole). */
export const IMPORT_BATCHES = gql<SkmImportBatchesQuery, SkmImportBatchesQueryVariables>`
  query SkmImportBatches($surveyId: ID!) {
    skmImportBatches(surveyId: $surveyId, first: 100) { ${PAGE_INFO} edges { cursor node { id fileName rowCount review importedAt } } }
  }
`;

export const REVIEW_BATCH = gql<ReviewSkmImportBatchMutation, ReviewSkmImportBatchMutationVariables>`
  mutation ReviewSkmImportBatch($batchId: ID!, $decision: SkmReviewDecision!) {
    reviewSkmImportBatch(batchId: $batchId, decision: $decision) {
      decided
      excluded
    }
  }
`;

export type IssuedLink = IssueSkmLinksMutation['issueSkmLinks'][number];

export const ISSUE_LINKS = gql<IssueSkmLinksMutation, IssueSkmLinksMutationVariables>`
  mutation IssueSkmLinks($surveyId: ID!, $count: Int!) {
    issueSkmLinks(surveyId: $surveyId, count: $count) {
      token
      url
      createdAt
      usedAt
    }
  }
`;

/** How many one-time links of the survey were issued and used (counted over all of them). */
export const LINK_USAGE = gql<SkmLinkUsageQuery, SkmLinkUsageQueryVariables>`
  query SkmLinkUsage($id: ID!) {
    skmSurvey(id: $id) {
      id
      linkUsage {
        issued
        used
      }
    }
  }
`;

/** Surveys of the same unit or desk whose period overlaps the one being set up (a warning, not a refusal). */
export const OVERLAPPING = gql<SkmOverlappingSurveysQuery, SkmOverlappingSurveysQueryVariables>`
  query SkmOverlappingSurveys($serviceUnitId: ID, $deskId: ID, $periodKind: SkmPeriodKind!, $year: Int!, $number: Int!) {
    skmOverlappingSurveys(serviceUnitId: $serviceUnitId, deskId: $deskId, periodKind: $periodKind, year: $year, number: $number) {
      id
      title
      periodKind
      year
      number
    }
  }
`;

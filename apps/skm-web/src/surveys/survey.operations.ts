import type { FigureOrigin as DataOrigin } from '@simpul/ui';
import { type Connection, gql, PAGE_INFO } from '@simpul/web-kit';

export type PeriodKind = 'QUARTER' | 'HALF_YEAR' | 'YEAR';
export const PERIOD_KINDS: PeriodKind[] = ['QUARTER', 'HALF_YEAR', 'YEAR'];
export const PERIOD_COUNT: Record<PeriodKind, number> = { QUARTER: 4, HALF_YEAR: 2, YEAR: 1 };

export interface Category { code: string; label: string; labelEn: string }
export interface ElementResult { code: string; name: string; weight: number; sum: number; answered: number; nrr: number; value: number; categoryCode: string; weak: boolean }
export interface Sample { expectedUsers: number | null; required: number | null; respondents: number; adequate: boolean | null; shortBy: number | null; percent: number | null }
export interface Result {
  surveyId: string;
  periodLabel: string;
  /** Where the figure came from (#11 §7): a published report (with its source), demo data, or derived. */
  origin: DataOrigin;
  source: string | null;
  ikm: { value: number; interval: number; category: Category; respondents: number; exactInterval: string; exactValue: string; formula: string; explanation: { id: string; en: string } } | null;
  elements: ElementResult[];
  sample: Sample;
  exclusions: { excluded: number; pendingReview: number; reasons: { reason: string; responses: number }[] };
}

export interface SurveySummary {
  id: string; title: string; serviceUnitId: string | null; mallId: string | null; deskId: string | null;
  periodKind: PeriodKind; year: number; number: number; periodLabel: string; startsOn: string; endsOn: string;
  result: { ikm: { value: number; category: Category } | null; sample: Sample };
}

export interface FollowUp { id: string; surveyId: string; elementCode: string; elementName: string; action: string; owner: string; dueOn: string; status: FollowUpStatus; outcome: string | null; updatedAt: string }
export type FollowUpStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
export const FOLLOW_UP_STATUSES: FollowUpStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export interface SurveyDetail extends SurveySummary {
  elements: { code: string; name: string; weight: string; required: boolean }[];
  expectedUsers: number | null; opensAt: string | null; closesAt: string | null;
  publicCode: string; publicUrl: string; kioskUrl: string;
  serviceUnit: { id: string; name: string } | null;
  result: Result & { ikm: Result['ikm'] };
  followUps: Connection<FollowUp>;
}

const RESULT = `surveyId periodLabel origin source
  ikm { value interval respondents exactInterval exactValue formula explanation { id en } category { code label labelEn } }
  elements { code name weight sum answered nrr value categoryCode weak }
  sample { expectedUsers required respondents adequate shortBy percent }
  exclusions { excluded pendingReview reasons { reason responses } }`;

export const SURVEYS = gql<{ skmSurveys: Connection<SurveySummary> }, { first: number; after: string | null; filter: { year?: number | null } }>`
  query SkmSurveys($first: Int, $after: String, $filter: SkmSurveyFilter) {
    skmSurveys(first: $first, after: $after, filter: $filter) {
      ${PAGE_INFO}
      edges { cursor node { id title serviceUnitId mallId deskId periodKind year number periodLabel startsOn endsOn
        result { ikm { value category { code label labelEn } } sample { expectedUsers required respondents adequate shortBy percent } } } }
    }
  }
`;

export const SURVEY = gql<{ skmSurvey: SurveyDetail }, { id: string }>`
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

export const BREAKDOWN = gql<{ skmResult: { breakdown: Connection<{ bucket: string; respondents: number; ikm: number | null; categoryCode: string | null }> } }, { surveyId: string; dimension: string }>`
  query SkmBreakdown($surveyId: ID!, $dimension: SkmProfileDimension!) {
    skmResult(surveyId: $surveyId) { breakdown(dimension: $dimension, first: 50) { ${PAGE_INFO} edges { cursor node { bucket respondents ikm categoryCode } } } }
  }
`;

export interface CreateSurveyInput {
  title: string; serviceUnitId: string | null; mallId: string | null; deskId: string | null; periodKind: PeriodKind; year: number; number: number;
  elements: { code: string; name: string; weight: string; required: boolean }[] | null; expectedUsers: number | null; opensAt: string | null; closesAt: string | null;
}

export const CREATE_SURVEY = gql<{ createSkmSurvey: { id: string } }, { input: CreateSurveyInput }>`
  mutation CreateSkmSurvey($input: CreateSkmSurveyInput!) { createSkmSurvey(input: $input) { id } }
`;

export const UPDATE_SURVEY = gql<{ updateSkmSurvey: { id: string; expectedUsers: number | null } }, { input: { id: string; expectedUsers?: number | null } }>`
  mutation UpdateSkmSurvey($input: UpdateSkmSurveyInput!) { updateSkmSurvey(input: $input) { id expectedUsers } }
`;

export const FLAGGED = gql<{ skmFlaggedResponses: Connection<{ id: string; channel: string; answeredAt: string; flags: string[]; review: string; answers: number[] }> }, { surveyId: string }>`
  query SkmFlagged($surveyId: ID!) {
    skmFlaggedResponses(surveyId: $surveyId, first: 100) { ${PAGE_INFO} edges { cursor node { id channel answeredAt flags review answers } } }
  }
`;

export const REVIEW = gql<{ reviewSkmResponses: { decided: number; excluded: number } }, { responseIds: string[]; decision: 'KEEP' | 'EXCLUDE'; note: string | null }>`
  mutation ReviewSkmResponses($responseIds: [ID!]!, $decision: SkmReviewDecision!, $note: String) {
    reviewSkmResponses(responseIds: $responseIds, decision: $decision, note: $note) { decided excluded }
  }
`;

export interface ImportReport { status: 'STORED' | 'REFUSED'; batchId: string | null; rowCount: number; storedCount: number; problemCount: number; elapsedMs: number; problems: { row: number; field: string; code: string; messageId: string; messageEn: string }[] }

export const IMPORT = gql<{ importSkmResponses: ImportReport }, { surveyId: string; fileName: string; format: 'CSV' | 'XLSX'; contentBase64: string }>`
  mutation ImportSkmResponses($surveyId: ID!, $fileName: String!, $format: SkmImportFormat!, $contentBase64: String!) {
    importSkmResponses(surveyId: $surveyId, fileName: $fileName, format: $format, contentBase64: $contentBase64) {
      status batchId rowCount storedCount problemCount elapsedMs problems { row field code messageId messageEn }
    }
  }
`;

export const CREATE_FOLLOW_UP = gql<{ createSkmFollowUp: FollowUp }, { input: { surveyId: string; elementCode: string; action: string; owner: string; dueOn: string } }>`
  mutation CreateSkmFollowUp($input: CreateSkmFollowUpInput!) {
    createSkmFollowUp(input: $input) { id surveyId elementCode elementName action owner dueOn status outcome updatedAt }
  }
`;

export const UPDATE_FOLLOW_UP = gql<{ updateSkmFollowUp: FollowUp }, { input: { id: string; status: FollowUpStatus; outcome?: string | null } }>`
  mutation UpdateSkmFollowUp($input: UpdateSkmFollowUpInput!) {
    updateSkmFollowUp(input: $input) { id surveyId elementCode elementName action owner dueOn status outcome updatedAt }
  }
`;

export interface ImportBatch { id: string; fileName: string; rowCount: number; review: 'PENDING' | 'KEPT' | 'EXCLUDED' | 'NONE'; importedAt: string }

/** Paper import batches of a survey with their review state (an admin or the mall's operator decides each whole). */
export const IMPORT_BATCHES = gql<{ skmImportBatches: Connection<ImportBatch> }, { surveyId: string }>`
  query SkmImportBatches($surveyId: ID!) {
    skmImportBatches(surveyId: $surveyId, first: 100) { ${PAGE_INFO} edges { cursor node { id fileName rowCount review importedAt } } }
  }
`;

export const REVIEW_BATCH = gql<{ reviewSkmImportBatch: { decided: number; excluded: number } }, { batchId: string; decision: 'KEEP' | 'EXCLUDE' }>`
  mutation ReviewSkmImportBatch($batchId: ID!, $decision: SkmReviewDecision!) {
    reviewSkmImportBatch(batchId: $batchId, decision: $decision) { decided excluded }
  }
`;

export interface IssuedLink { token: string; url: string; createdAt: string; usedAt: string | null }

export const ISSUE_LINKS = gql<{ issueSkmLinks: IssuedLink[] }, { surveyId: string; count: number }>`
  mutation IssueSkmLinks($surveyId: ID!, $count: Int!) { issueSkmLinks(surveyId: $surveyId, count: $count) { token url createdAt usedAt } }
`;

/** How many one-time links of the survey were issued and used (counted over all of them). */
export const LINK_USAGE = gql<{ skmSurvey: { id: string; linkUsage: { issued: number; used: number } } }, { id: string }>`
  query SkmLinkUsage($id: ID!) { skmSurvey(id: $id) { id linkUsage { issued used } } }
`;

export interface OverlappingSurvey { id: string; title: string; periodKind: PeriodKind; year: number; number: number }

/** Surveys of the same unit or desk whose period overlaps the one being set up (a warning, not a refusal). */
export const OVERLAPPING = gql<{ skmOverlappingSurveys: OverlappingSurvey[] }, { serviceUnitId: string | null; deskId: string | null; periodKind: PeriodKind; year: number; number: number }>`
  query SkmOverlappingSurveys($serviceUnitId: ID, $deskId: ID, $periodKind: SkmPeriodKind!, $year: Int!, $number: Int!) {
    skmOverlappingSurveys(serviceUnitId: $serviceUnitId, deskId: $deskId, periodKind: $periodKind, year: $year, number: $number) { id title periodKind year number }
  }
`;

import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AddScoreCommentMutation,
  AddScoreCommentMutationVariables,
  AttachEvidenceMutation,
  AttachEvidenceMutationVariables,
  CarryEvidenceMutation,
  CarryEvidenceMutationVariables,
  DecideAppealMutation,
  DecideAppealMutationVariables,
  DetachEvidenceMutation,
  DetachEvidenceMutationVariables,
  EvidenceDownloadLinkMutation,
  EvidenceDownloadLinkMutationVariables,
  EvidenceHistoryQuery,
  EvidenceHistoryQueryVariables,
  FileAppealMutation,
  FileAppealMutationVariables,
  IssueSurveyLinksMutation,
  IssueSurveyLinksMutationVariables,
  LokusCommentsQuery,
  LokusCommentsQueryVariables,
  RecordFieldVerificationMutation,
  RecordFieldVerificationMutationVariables,
  SaveF01ClaimMutation,
  SaveF01ClaimMutationVariables,
  SaveF02ScoreMutation,
  SaveF02ScoreMutationVariables,
  SurveyLinksQuery,
  SurveyLinksQueryVariables,
  UnitEvidenceDocumentsQuery,
  UnitEvidenceDocumentsQueryVariables,
  UploadEvidenceDocumentMutation,
  UploadEvidenceDocumentMutationVariables,
} from '../__generated__/operations';

const DOC = 'id serviceUnitId fileName mimeType sizeBytes sha256 uploadedByName uploadedAt';

export const SAVE_CLAIM = gql<SaveF01ClaimMutation, SaveF01ClaimMutationVariables>`
mutation SaveF01Claim($input: SaveClaimInput!) {
  saveF01Claim(input: $input) { lokusId indicatorCode level justification version updatedAt evidence { ${DOC} } }
}`;

export const SAVE_SCORE = gql<SaveF02ScoreMutation, SaveF02ScoreMutationVariables>`
  mutation SaveF02Score($input: SaveScoreInput!) {
    saveF02Score(input: $input) {
      lokusId
      indicatorCode
      level
      note
      version
      updatedAt
    }
  }
`;

/** The newest 100 documents of the unit's library (the picker of documents to reuse). */
export const UNIT_DOCUMENTS = gql<UnitEvidenceDocumentsQuery, UnitEvidenceDocumentsQueryVariables>`
query UnitEvidenceDocuments($serviceUnitId: ID!) { unitEvidenceDocuments(serviceUnitId: $serviceUnitId, first: 100) { ${connectionOf(DOC)} } }`;

export const UPLOAD_EVIDENCE = gql<UploadEvidenceDocumentMutation, UploadEvidenceDocumentMutationVariables>`
mutation UploadEvidenceDocument($input: UploadEvidenceInput!) { uploadEvidenceDocument(input: $input) { ${DOC} } }`;

export const ATTACH_EVIDENCE = gql<AttachEvidenceMutation, AttachEvidenceMutationVariables>`
  mutation AttachEvidence($input: EvidenceSlotInput!) {
    attachEvidence(input: $input) {
      indicatorCode
    }
  }
`;

export const DETACH_EVIDENCE = gql<DetachEvidenceMutation, DetachEvidenceMutationVariables>`
  mutation DetachEvidence($input: EvidenceSlotInput!) {
    detachEvidence(input: $input)
  }
`;

export const CARRY_EVIDENCE = gql<CarryEvidenceMutation, CarryEvidenceMutationVariables>`
  mutation CarryEvidence($input: CarryEvidenceInput!) {
    carryEvidence(input: $input)
  }
`;

export const EVIDENCE_HISTORY = gql<EvidenceHistoryQuery, EvidenceHistoryQueryVariables>`
query EvidenceHistory($lokusId: ID!, $indicatorCode: String, $first: Int, $after: String) {
  evidenceHistory(lokusId: $lokusId, indicatorCode: $indicatorCode, first: $first, after: $after) { ${connectionOf('indicatorCode documentId fileName action actorId at')} }
}`;

/** A two-minute signed link to a document's bytes (portal path /files/evidence/…), for whoever may read it. */
export const EVIDENCE_DOWNLOAD_LINK = gql<EvidenceDownloadLinkMutation, EvidenceDownloadLinkMutationVariables>`
mutation EvidenceDownloadLink($documentId: ID!) { evidenceDownloadLink(documentId: $documentId) { url expiresAt document { ${DOC} } } }`;

const COMMENT = 'id indicatorCode authorId authorRole body createdAt';

/** One page of a lokus' desk–evaluator thread, oldest first (`Lokus.comments` is a connection). */
export const LOKUS_COMMENTS = gql<LokusCommentsQuery, LokusCommentsQueryVariables>`
query LokusComments($id: ID!, $first: Int, $after: String) { lokusById(id: $id) { id comments(first: $first, after: $after) { ${connectionOf(COMMENT)} } } }`;

export type ScoreComment = NodeOf<LokusCommentsQuery['lokusById']['comments']>;

export const ADD_COMMENT = gql<AddScoreCommentMutation, AddScoreCommentMutationVariables>`
  mutation AddScoreComment($input: AddCommentInput!) {
    addScoreComment(input: $input) {
      id
      indicatorCode
      authorId
      authorRole
      body
      createdAt
    }
  }
`;

export const RECORD_VERIFICATION = gql<RecordFieldVerificationMutation, RecordFieldVerificationMutationVariables>`
  mutation RecordFieldVerification($input: FieldVerificationInput!) {
    recordFieldVerification(input: $input) {
      id
      visitedOn
      team
      findings
      recordedAt
    }
  }
`;

const APPEAL = 'id lokusId indicatorCode disputedLevel requestedLevel reason filedAt status decisionReason newLevel decidedAt';

export const FILE_APPEAL = gql<FileAppealMutation, FileAppealMutationVariables>`
mutation FileAppeal($input: FileAppealInput!) { fileAppeal(input: $input) { ${APPEAL} } }`;

export const DECIDE_APPEAL = gql<DecideAppealMutation, DecideAppealMutationVariables>`
mutation DecideAppeal($input: DecideAppealInput!) { decideAppeal(input: $input) { ${APPEAL} } }`;

export const SURVEY_LINKS = gql<SurveyLinksQuery, SurveyLinksQueryVariables>`
query SurveyLinks($lokusId: ID!, $first: Int, $after: String) { surveyLinks(lokusId: $lokusId, first: $first, after: $after) { ${connectionOf('token url createdAt usedAt')} } }`;

export const ISSUE_SURVEY_LINKS = gql<IssueSurveyLinksMutation, IssueSurveyLinksMutationVariables>`
  mutation IssueSurveyLinks($lokusId: ID!, $count: Int!) {
    issueSurveyLinks(lokusId: $lokusId, count: $count) {
      token
      url
      createdAt
      usedAt
    }
  }
`;

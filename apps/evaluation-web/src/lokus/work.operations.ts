import { gql, connectionOf, type Connection } from '@simpul/web-kit';
import type { Appeal, Claim, EvidenceDocument, FieldVerification, Score, ScoreComment } from '../shared/types';

const DOC = 'id serviceUnitId fileName mimeType sizeBytes sha256 uploadedAt';

export const SAVE_CLAIM = gql<{ saveF01Claim: Claim }, { input: { lokusId: string; indicatorCode: string; level: number; justification: string; expectedVersion: number } }>`
mutation SaveF01Claim($input: SaveClaimInput!) {
  saveF01Claim(input: $input) { lokusId indicatorCode level justification version updatedAt evidence { ${DOC} } }
}`;

export const SAVE_SCORE = gql<{ saveF02Score: Score }, { input: { lokusId: string; indicatorCode: string; level: number; note: string | null; expectedVersion: number } }>`
mutation SaveF02Score($input: SaveScoreInput!) { saveF02Score(input: $input) { lokusId indicatorCode level note version updatedAt } }`;

/** The newest 100 documents of the unit's library (the picker of documents to reuse). */
export const UNIT_DOCUMENTS = gql<{ unitEvidenceDocuments: Connection<EvidenceDocument> }, { serviceUnitId: string }>`
query UnitEvidenceDocuments($serviceUnitId: ID!) { unitEvidenceDocuments(serviceUnitId: $serviceUnitId, first: 100) { ${connectionOf(DOC)} } }`;

export const UPLOAD_EVIDENCE = gql<{ uploadEvidenceDocument: EvidenceDocument }, { input: { serviceUnitId: string; fileName: string; mimeType: string; contentBase64: string } }>`
mutation UploadEvidenceDocument($input: UploadEvidenceInput!) { uploadEvidenceDocument(input: $input) { ${DOC} } }`;

export type EvidenceSlot = { lokusId: string; indicatorCode: string; documentId: string };

export const ATTACH_EVIDENCE = gql<{ attachEvidence: { indicatorCode: string } }, { input: EvidenceSlot }>`
mutation AttachEvidence($input: EvidenceSlotInput!) { attachEvidence(input: $input) { indicatorCode } }`;

export const DETACH_EVIDENCE = gql<{ detachEvidence: boolean }, { input: EvidenceSlot }>`
mutation DetachEvidence($input: EvidenceSlotInput!) { detachEvidence(input: $input) }`;

export const CARRY_EVIDENCE = gql<{ carryEvidence: number }, { input: { lokusId: string; fromLokusId: string } }>`
mutation CarryEvidence($input: CarryEvidenceInput!) { carryEvidence(input: $input) }`;

export interface EvidenceEvent {
  indicatorCode: string;
  documentId: string;
  fileName: string;
  action: 'ADDED' | 'REMOVED';
  actorId: string | null;
  at: string;
}

export const EVIDENCE_HISTORY = gql<{ evidenceHistory: Connection<EvidenceEvent> }, { lokusId: string; indicatorCode: string; first: number; after: string | null }>`
query EvidenceHistory($lokusId: ID!, $indicatorCode: String, $first: Int, $after: String) {
  evidenceHistory(lokusId: $lokusId, indicatorCode: $indicatorCode, first: $first, after: $after) { ${connectionOf('indicatorCode documentId fileName action actorId at')} }
}`;

export const EVIDENCE_CONTENT = gql<{ evidenceDocumentContent: { document: EvidenceDocument; contentBase64: string } }, { documentId: string }>`
query EvidenceDocumentContent($documentId: ID!) { evidenceDocumentContent(documentId: $documentId) { document { ${DOC} } contentBase64 } }`;

const COMMENT = 'id indicatorCode authorId authorRole body createdAt';

/** One page of a lokus' desk–evaluator thread, oldest first (`Lokus.comments` is a connection). */
export const LOKUS_COMMENTS = gql<{ lokusById: { id: string; comments: Connection<ScoreComment> } }, { id: string; first: number; after: string | null }>`
query LokusComments($id: ID!, $first: Int, $after: String) { lokusById(id: $id) { id comments(first: $first, after: $after) { ${connectionOf(COMMENT)} } } }`;

export const ADD_COMMENT = gql<{ addScoreComment: ScoreComment }, { input: { lokusId: string; indicatorCode: string | null; body: string } }>`
mutation AddScoreComment($input: AddCommentInput!) { addScoreComment(input: $input) { id indicatorCode authorId authorRole body createdAt } }`;

export const RECORD_VERIFICATION = gql<{ recordFieldVerification: FieldVerification }, { input: { lokusId: string; visitedOn: string; team: string[]; findings: string } }>`
mutation RecordFieldVerification($input: FieldVerificationInput!) { recordFieldVerification(input: $input) { id visitedOn team findings recordedAt } }`;

const APPEAL = 'id lokusId indicatorCode disputedLevel requestedLevel reason filedAt status decisionReason newLevel decidedAt';

export const FILE_APPEAL = gql<{ fileAppeal: Appeal }, { input: { lokusId: string; indicatorCode: string; reason: string; requestedLevel: number | null } }>`
mutation FileAppeal($input: FileAppealInput!) { fileAppeal(input: $input) { ${APPEAL} } }`;

export const DECIDE_APPEAL = gql<{ decideAppeal: Appeal }, { input: { appealId: string; decision: 'RESCORE' | 'REJECT'; reason: string; newLevel: number | null } }>`
mutation DecideAppeal($input: DecideAppealInput!) { decideAppeal(input: $input) { ${APPEAL} } }`;

export interface SurveyLink {
  token: string;
  url: string;
  createdAt: string;
  usedAt: string | null;
}

export const SURVEY_LINKS = gql<{ surveyLinks: Connection<SurveyLink> }, { lokusId: string; first: number; after: string | null }>`
query SurveyLinks($lokusId: ID!, $first: Int, $after: String) { surveyLinks(lokusId: $lokusId, first: $first, after: $after) { ${connectionOf('token url createdAt usedAt')} } }`;

export const ISSUE_SURVEY_LINKS = gql<{ issueSurveyLinks: SurveyLink[] }, { lokusId: string; count: number }>`
mutation IssueSurveyLinks($lokusId: ID!, $count: Int!) { issueSurveyLinks(lokusId: $lokusId, count: $count) { token url createdAt usedAt } }`;

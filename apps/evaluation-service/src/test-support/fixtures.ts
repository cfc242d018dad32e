import { stableId } from '@simpul/service-kit';

/** A minimal real PDF (the magic bytes the evidence policy checks, then a tiny body). */
export function pdfBase64(text: string): string {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8').toString(
    'base64',
  );
}

export function unitRow(kind: 'SAMSAT' | 'DPMPTSP', provinceCode: string, provinceName: string) {
  return {
    serviceUnitId: stableId('unit', `${kind.toLowerCase()}-${provinceCode}`),
    unitName: kind === 'SAMSAT' ? `SAMSAT ${provinceName}` : `DPMPTSP Provinsi ${provinceName}`,
    unitKind: kind,
    serviceGroup: 'ADMINISTRASI',
    agencyId: stableId('agency', `pemprov-${provinceCode}`),
    agencyName: `Pemerintah Provinsi ${provinceName}`,
    provinceCode,
    provinceName,
    governmentLevel: 'PROVINCE',
  };
}

/** The 2027 calendar the cycle tests walk through. */
export const CALENDAR_2027 = [
  { phase: 'PREPARATION', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-31T23:59:59Z' },
  { phase: 'F01_FILLING', startsAt: '2027-02-01T00:00:00Z', endsAt: '2027-03-31T23:59:59Z' },
  { phase: 'F03_SURVEY', startsAt: '2027-02-01T00:00:00Z', endsAt: '2027-04-15T23:59:59Z' },
  { phase: 'EVALUATOR_SCORING', startsAt: '2027-04-16T00:00:00Z', endsAt: '2027-05-15T23:59:59Z' },
  { phase: 'VERIFICATION', startsAt: '2027-05-16T00:00:00Z', endsAt: '2027-05-31T23:59:59Z' },
  { phase: 'APPEAL', startsAt: '2027-06-01T00:00:00Z', endsAt: '2027-06-10T23:59:59Z' },
  { phase: 'FINALISATION', startsAt: '2027-06-11T00:00:00Z', endsAt: '2027-06-20T23:59:59Z' },
  { phase: 'PUBLISHED', startsAt: '2027-06-21T00:00:00Z', endsAt: '2028-06-30T23:59:59Z' },
];

export const Q = {
  createCycle: `mutation($input: CreateCycleInput!) { createEvaluationCycle(input: $input) { id year currentPhase openPhases phases { phase open } } }`,
  importLokus: `mutation($cycleId: ID!, $rows: [LokusUnitInput!]!) { importLokus(cycleId: $cycleId, rows: $rows) { added alreadyPresent errors { row field message { en } } } }`,
  addLokus: `mutation($cycleId: ID!, $input: LokusUnitInput!) { addLokus(cycleId: $cycleId, input: $input) { id cohort } }`,
  cycleLokus: `query($cycleId: ID!) { cycleLokus(cycleId: $cycleId, first: 100) { totalCount edges { node { id serviceUnitId unitName cohort } } } }`,
  upsertProfile: `mutation($input: EvaluatorProfileInput!) { upsertEvaluatorProfile(input: $input) { userId level } }`,
  declare: `mutation($input: DeclareConflictInput!) { declareConflictOfInterest(input: $input) { id evaluatorId agencyId } }`,
  assign: `mutation($input: AssignEvaluatorInput!) { assignEvaluator(input: $input) { lokusId evaluatorId role } }`,
  workload: `query($cycleId: ID!) { evaluatorWorkload(cycleId: $cycleId) { edges { node { evaluatorId primaryLokus secondRaterLokus scoredIndicators totalIndicators completedLokus } } } }`,
  saveClaim: `mutation($input: SaveClaimInput!) { saveF01Claim(input: $input) { indicatorCode level descriptor version } }`,
  upload: `mutation($input: UploadEvidenceInput!) { uploadEvidenceDocument(input: $input) { id sha256 sizeBytes mimeType } }`,
  attach: `mutation($input: EvidenceSlotInput!) { attachEvidence(input: $input) { indicatorCode document { id } } }`,
  detach: `mutation($input: EvidenceSlotInput!) { detachEvidence(input: $input) }`,
  carry: `mutation($input: CarryEvidenceInput!) { carryEvidence(input: $input) }`,
  history: `query($lokusId: ID!) { evidenceHistory(lokusId: $lokusId) { edges { node { indicatorCode documentId action actorId } } } }`,
  issueLinks: `mutation($lokusId: ID!, $count: Int!) { issueSurveyLinks(lokusId: $lokusId, count: $count) { token url } }`,
  publicSurvey: `query($token: String!) { publicSurvey(token: $token) { unitName items { code } open used } }`,
  submitSurvey: `mutation($token: String!, $answers: [Int]!) { submitSurveyResponse(token: $token, answers: $answers) }`,
  saveScore: `mutation($input: SaveScoreInput!) { saveF02Score(input: $input) { indicatorCode level descriptor version } }`,
  saveSecond: `mutation($input: SaveSecondScoreInput!) { saveSecondScore(input: $input) { level } }`,
  comment: `mutation($input: AddCommentInput!) { addScoreComment(input: $input) { id authorRole body } }`,
  verify: `mutation($input: FieldVerificationInput!) { recordFieldVerification(input: $input) { id visitedOn team } }`,
  recompute: `mutation($cycleId: ID!) { recomputeCycleResults(cycleId: $cycleId) { computed skipped { lokusId field } cohorts durationMs } }`,
  agreement: `query($cycleId: ID!) { interRaterAgreement(cycleId: $cycleId) { evaluatorA evaluatorB lokusCount items kappa exactAgreement } }`,
  fileAppeal: `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id status disputedLevel } }`,
  decideAppeal: `mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id status newLevel decisionReason } }`,
  finalise: `mutation($cycleId: ID!) { finaliseCycle(cycleId: $cycleId) { finalisedAt } }`,
  publish: `mutation($cycleId: ID!) { publishCycle(cycleId: $cycleId) { publishedAt } }`,
  correct: `mutation($input: CorrectResultInput!) { correctResult(input: $input) { version index reason current } }`,
  lokus: `query($id: ID!) { lokusById(id: $id) {
    id unitName claims { indicatorCode level evidence { id } } scores { indicatorCode level version } comments { totalCount edges { node { body authorRole } } }
    survey { respondents enough linksIssued linksUsed } assignments { evaluatorId role } appeals { status } fieldVerifications { findings }
    result { version index evaluatorIndex userIndex basis respondents rank cohortSize category { code } explanation { steps { id } } }
    resultHistory { version reason current index } } }`,
  results: `query($cycleId: ID!) { cycleResults(cycleId: $cycleId, first: 100) { totalCount edges { node { unitName index rank cohortSize cohort category { code } } } } }`,
  exportResults: `query($cycleId: ID!, $format: ExportFormat!) { exportCycleResults(cycleId: $cycleId, format: $format) { fileName mimeType contentBase64 rowCount } }`,
  reportCard: `query($lokusId: ID!) { reportCard(lokusId: $lokusId) { result { index } aspects { code score } history { year index } gap { reachable summary { en } steps { indicatorCode from to } } } }`,
  gap: `query($unitId: ID!, $source: GapSource) { gapAnalysis(serviceUnitId: $unitId, source: $source) { source reachable fromIndex from { code } target { code } steps { indicatorCode from to } missingIndicators summary { id en } } }`,
  aggregates: `query($cycleId: ID!, $first: Int, $after: String) { cycleAggregates(cycleId: $cycleId) { nation { count value } instansi(first: $first, after: $after) { totalCount edges { cursor node { group name count value } } pageInfo { hasNextPage endCursor } } province { group name count value } } }`,
};

// The parts of the evaluation contract (apps/evaluation-service/schema.graphql) the pages read.
export type CyclePhase = 'PREPARATION' | 'F01_FILLING' | 'F03_SURVEY' | 'EVALUATOR_SCORING' | 'VERIFICATION' | 'APPEAL' | 'FINALISATION' | 'PUBLISHED';
export const CYCLE_PHASES: readonly CyclePhase[] = ['PREPARATION', 'F01_FILLING', 'F03_SURVEY', 'EVALUATOR_SCORING', 'VERIFICATION', 'APPEAL', 'FINALISATION', 'PUBLISHED'];
export type ServiceGroup = 'BARANG' | 'JASA' | 'ADMINISTRASI';
export const SERVICE_GROUPS: readonly ServiceGroup[] = ['BARANG', 'JASA', 'ADMINISTRASI'];
export type GovernmentLevel = 'CENTRAL' | 'PROVINCE' | 'REGENCY';

export interface Bilingual {
  id: string;
  en: string;
}

export interface CategoryInfo {
  code: string;
  label: string;
  labelEn: string;
}

export interface PhaseWindow {
  phase: CyclePhase;
  startsAt: string;
  endsAt: string;
  open: boolean;
  extended: boolean;
}

export interface PhaseExtension {
  id: string;
  phase: CyclePhase;
  previousEndsAt: string;
  newEndsAt: string;
  reason: string;
  extendedAt: string;
}

export interface Cycle {
  id: string;
  year: number;
  name: string;
  scheme: 'PEMANTAUAN' | 'MANDIRI' | 'KHUSUS';
  instrumentIds: string[];
  phases: PhaseWindow[];
  openPhases: CyclePhase[];
  currentPhase: CyclePhase | null;
  finalisedAt: string | null;
  publishedAt: string | null;
  extensions: PhaseExtension[];
  scheduleChanges: PhaseScheduleChange[];
  origin: DataOrigin;
  source: string | null;
}

/** Where a figure came from: official (with its source), demo data, or derived from other figures. */
export type DataOrigin = 'OFFICIAL' | 'DEMO' | 'DERIVED';

export interface ExplanationStep {
  id: string;
  label: Bilingual;
  formula: string;
  inputs: { name: string; value: number; weight: number | null }[];
  value: number;
  exact: string | null;
}

export interface LokusResult {
  id: string;
  lokusId: string;
  cycleId: string;
  year: number;
  unitName: string;
  serviceUnitId: string;
  provinceCode: string;
  version: number;
  current: boolean;
  index: number;
  evaluatorIndex: number;
  userIndex: number | null;
  basis: 'BLENDED' | 'EVALUATOR_ONLY';
  respondents: number;
  category: CategoryInfo;
  cohort: string;
  cohortLabel: string;
  cohortLabelEn: string;
  rank: number | null;
  cohortSize: number | null;
  rankLabel: Bilingual | null;
  reason: string | null;
  computedAt: string;
  origin: DataOrigin;
  source: string | null;
  indicatorsOrigin: DataOrigin;
  cycleName: string;
  scheme: Cycle['scheme'];
  /** "PEKPPP 2026 (Pemantauan): peringkat 2 dari 3" */
  label: Bilingual;
}

export interface LokusResultWithExplanation extends LokusResult {
  explanation: { formula: string; text: Bilingual; steps: ExplanationStep[] };
}

export interface IppHistoryPoint {
  year: number;
  cycleId: string;
  lokusId: string;
  index: number;
  category: CategoryInfo;
  rank: number | null;
  cohortSize: number | null;
  cohort: string;
  cohortLabel: string;
  cohortLabelEn: string;
  published: boolean;
  cycleName: string;
  scheme: Cycle['scheme'];
  origin: DataOrigin;
  source: string | null;
  label: Bilingual;
}

export interface EvidenceDocument {
  id: string;
  serviceUnitId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface Claim {
  lokusId: string;
  indicatorCode: string;
  level: number;
  justification: string;
  version: number;
  updatedAt: string;
  evidence: EvidenceDocument[];
}

export interface Score {
  lokusId: string;
  indicatorCode: string;
  level: number;
  note: string | null;
  version: number;
  updatedAt: string;
}

export interface ScoreComment {
  id: string;
  indicatorCode: string | null;
  authorId: string;
  authorRole: string;
  body: string;
  createdAt: string;
}

export interface FieldVerification {
  id: string;
  visitedOn: string;
  team: string[];
  findings: string;
  recordedAt: string;
}

export interface Appeal {
  id: string;
  lokusId: string;
  indicatorCode: string;
  disputedLevel: number;
  requestedLevel: number | null;
  reason: string;
  filedAt: string;
  status: 'OPEN' | 'RESCORED' | 'REJECTED';
  decisionReason: string | null;
  newLevel: number | null;
  decidedAt: string | null;
}

export interface Assignment {
  lokusId: string;
  evaluatorId: string;
  evaluatorName: string;
  role: 'PRIMARY' | 'SECOND_RATER';
}

export interface SurveyStatus {
  respondents: number;
  minRespondents: number;
  maxRespondents: number;
  linksIssued: number;
  linksUsed: number;
  enough: boolean;
}

export interface LokusSummary {
  id: string;
  cycleId: string;
  serviceUnitId: string;
  unitName: string;
  unitKind: string;
  serviceGroup: ServiceGroup;
  agencyName: string | null;
  provinceName: string | null;
  cohort: string;
  cohortLabel: string;
  cohortLabelEn: string;
  instrumentId: string;
}

/** A phase started ahead of its window (and the earlier phases it closed), with the reason. */
export interface PhaseScheduleChange {
  id: string;
  phase: CyclePhase;
  previousStartsAt: string;
  newStartsAt: string;
  newEndsAt: string;
  reason: string;
  changedAt: string;
}

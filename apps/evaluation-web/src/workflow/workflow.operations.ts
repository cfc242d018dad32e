import { gql, connectionOf, type Connection } from '@simpul/web-kit';
import type { Cycle, CyclePhase } from '../shared/types';

export type EvaluatorLevel = 'KEMENPANRB' | 'PROVINCE' | 'REGENCY';
export type Scheme = Cycle['scheme'];

export interface CreateCycleInput {
  name: string;
  year: number;
  scheme: Scheme;
  instrumentIds: string[];
  phases: { phase: CyclePhase; startsAt: string; endsAt: string }[];
}

export const CREATE_CYCLE = gql<{ createEvaluationCycle: { id: string; name: string } }, { input: CreateCycleInput }>`
mutation CreateEvaluationCycle($input: CreateCycleInput!) { createEvaluationCycle(input: $input) { id name } }`;

export interface EvaluatorProfileRow {
  userId: string;
  displayName: string;
  level: EvaluatorLevel;
  provinceCode: string | null;
  agencyId: string;
  agency: { id: string; name: string } | null;
}

const PROFILE = 'userId displayName level provinceCode agencyId agency { id name }';

export const ENROLLED_EVALUATORS = gql<{ evaluatorProfiles: Connection<EvaluatorProfileRow> }, { search: string | null; first: number; after: string | null }>`
query EnrolledEvaluators($search: String, $first: Int, $after: String) { evaluatorProfiles(search: $search, first: $first, after: $after) { ${connectionOf(PROFILE)} } }`;

export const UPSERT_EVALUATOR = gql<{ upsertEvaluatorProfile: EvaluatorProfileRow }, { input: { userId: string; displayName: string; agencyId: string; level: EvaluatorLevel; provinceCode: string | null } }>`
mutation UpsertEvaluatorProfile($input: EvaluatorProfileInput!) { upsertEvaluatorProfile(input: $input) { ${PROFILE} } }`;

/** Registry accounts with the Evaluator role (the registry decides who may list users). */
export interface EvaluatorAccount {
  id: string;
  email: string;
  displayName: string;
}

export const EVALUATOR_ACCOUNTS = gql<{ users: Connection<EvaluatorAccount> }, { text: string | null; first: number }>`
query EvaluatorAccounts($text: String, $first: Int) { users(first: $first, filter: { text: $text, role: EVALUATOR }) { ${connectionOf('id email displayName')} } }`;

export interface AgencyOption {
  id: string;
  name: string;
}

export const AGENCY_OPTIONS = gql<{ agencies: Connection<AgencyOption> }, { search: string | null; first: number }>`
query AgencyOptions($search: String, $first: Int) { agencies(first: $first, filter: { search: $search }, sort: { field: NAME, direction: ASC }) { ${connectionOf('id name')} } }`;

export const UNIT_OPTIONS = gql<{ serviceUnits: Connection<AgencyOption> }, { search: string | null; first: number }>`
query UnitOptions($search: String, $first: Int) { serviceUnits(first: $first, filter: { search: $search }) { ${connectionOf('id name')} } }`;

export const PROVINCES = gql<{ provinces: { code: string; name: string }[] }, Record<string, never>>`
query Provinces { provinces { code name } }`;

export interface ConflictRow {
  id: string;
  evaluatorId: string;
  agencyId: string | null;
  serviceUnitId: string | null;
  agency: { id: string; name: string } | null;
  serviceUnit: { id: string; name: string } | null;
  reason: string;
  declaredAt: string;
}

const CONFLICT = 'id evaluatorId agencyId serviceUnitId agency { id name } serviceUnit { id name } reason declaredAt';

export const CONFLICTS = gql<{ conflictDeclarations: Connection<ConflictRow> }, { evaluatorId: string; first: number }>`
query ConflictDeclarations($evaluatorId: ID, $first: Int) { conflictDeclarations(evaluatorId: $evaluatorId, first: $first) { ${connectionOf(CONFLICT)} } }`;

export const DECLARE_CONFLICT = gql<{ declareConflictOfInterest: ConflictRow }, { input: { evaluatorId: string; agencyId: string | null; serviceUnitId: string | null; reason: string } }>`
mutation DeclareConflictOfInterest($input: DeclareConflictInput!) { declareConflictOfInterest(input: $input) { ${CONFLICT} } }`;

export const WITHDRAW_CONFLICT = gql<{ withdrawConflictDeclaration: boolean }, { id: string }>`
mutation WithdrawConflictDeclaration($id: ID!) { withdrawConflictDeclaration(id: $id) }`;

export interface Candidate {
  evaluator: { userId: string; displayName: string; level: EvaluatorLevel };
  eligible: boolean;
  refusal: { id: string; en: string } | null;
}

export const ASSIGNMENT_CANDIDATES = gql<{ assignmentCandidates: Connection<Candidate> }, { lokusId: string; search: string | null; first: number }>`
query AssignmentCandidates($lokusId: ID!, $search: String, $first: Int) {
  assignmentCandidates(lokusId: $lokusId, search: $search, first: $first) { ${connectionOf('evaluator { userId displayName level } eligible refusal { id en }')} }
}`;

export interface SecondScore {
  lokusId: string;
  evaluatorId: string;
  indicatorCode: string;
  level: number;
  updatedAt: string;
}

export const SAVE_SECOND_SCORE = gql<{ saveSecondScore: SecondScore }, { input: { lokusId: string; indicatorCode: string; level: number } }>`
mutation SaveSecondScore($input: SaveSecondScoreInput!) { saveSecondScore(input: $input) { lokusId evaluatorId indicatorCode level updatedAt } }`;

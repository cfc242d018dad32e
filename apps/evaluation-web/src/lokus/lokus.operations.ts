import { gql } from '@simpul/web-kit';
import type { Appeal, Assignment, Claim, Cycle, EvidenceDocument, FieldVerification, GovernmentLevel, LokusResult, LokusSummary, PhaseWindow, Score, ServiceGroup, SurveyStatus } from '../shared/types';
import type { SecondScore } from '../workflow/workflow.operations';

/** The caller's standing on a lokus' scoring (evaluation service `LokusScoringStatus`). */
export interface ScoringStatus {
  role: 'PRIMARY' | 'SECOND_RATER' | null;
  blind: boolean;
  evaluationVisible: boolean;
  primaryScored: number;
  secondScored: number;
  indicatorCount: number;
}
import { LOKUS_FIELDS } from '../cycles/cycle.operations';

const DOC = 'id serviceUnitId fileName mimeType sizeBytes sha256 uploadedAt';

export interface LokusDetail extends LokusSummary {
  cycle: Pick<Cycle, 'id' | 'year' | 'name' | 'currentPhase' | 'openPhases' | 'finalisedAt' | 'publishedAt'> & { phases?: Pick<PhaseWindow, 'phase' | 'startsAt' | 'endsAt'>[] };
  assignments: Assignment[];
  claims: Claim[];
  scores: Score[];
  fieldVerifications: FieldVerification[];
  survey: SurveyStatus | null;
  result: LokusResult | null;
  appeals: Appeal[];
  evidence: { indicatorCode: string; document: EvidenceDocument }[];
  /** Absent in older fixtures: then the page falls back to the assignments. */
  secondScores?: SecondScore[];
  scoringStatus?: ScoringStatus | null;
}

export const RESULT_FIELDS = 'id lokusId cycleId year unitName serviceUnitId provinceCode version current index evaluatorIndex userIndex basis respondents category { code label labelEn } cohort cohortLabel cohortLabelEn rank cohortSize rankLabel { id en } reason computedAt origin source indicatorsOrigin cycleName scheme label { id en }';

export const LOKUS = gql<{ lokusById: LokusDetail }, { id: string }>`
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

export const UNIT_LOKUS = gql<{ unitLokus: (LokusSummary & { cycle: Pick<Cycle, 'id' | 'year' | 'name' | 'currentPhase' | 'openPhases' | 'publishedAt'> })[] }, { serviceUnitId: string }>`
query UnitLokus($serviceUnitId: ID!) { unitLokus(serviceUnitId: $serviceUnitId) { ${LOKUS_FIELDS} cycle { id year name currentPhase openPhases publishedAt } } }`;

export interface LokusUnitInput {
  serviceUnitId: string;
  unitName: string;
  unitKind: string;
  serviceGroup: ServiceGroup;
  agencyId: string;
  agencyName: string | null;
  provinceCode: string;
  provinceName: string | null;
  governmentLevel: GovernmentLevel;
}

export const ADD_LOKUS = gql<{ addLokus: LokusSummary }, { cycleId: string; input: LokusUnitInput }>`
mutation AddLokus($cycleId: ID!, $input: LokusUnitInput!) { addLokus(cycleId: $cycleId, input: $input) { ${LOKUS_FIELDS} } }`;

export interface ImportReport {
  added: number;
  alreadyPresent: number;
  errors: { row: number; field: string; message: { id: string; en: string } }[];
}

export const IMPORT_LOKUS = gql<{ importLokus: ImportReport }, { cycleId: string; rows: LokusUnitInput[] }>`
mutation ImportLokus($cycleId: ID!, $rows: [LokusUnitInput!]!) { importLokus(cycleId: $cycleId, rows: $rows) { added alreadyPresent errors { row field message { id en } } } }`;

export const REMOVE_LOKUS = gql<{ removeLokus: boolean }, { lokusId: string }>`mutation RemoveLokus($lokusId: ID!) { removeLokus(lokusId: $lokusId) }`;

/** The registry's units through the gateway: the source of every lokus. */
export interface RegistryUnit {
  id: string;
  name: string;
  kind: string;
  serviceGroup: ServiceGroup;
  agency: { id: string; name: string; type: string };
  region: { code: string; name: string; level: 'PROVINCE' | 'REGENCY'; parent: { code: string; name: string } | null };
}

export const REGISTRY_UNITS = gql<{ serviceUnits: { totalCount: number; edges: { node: RegistryUnit }[] } }, { search: string; first: number }>`
query RegistryUnits($search: String, $first: Int) {
  serviceUnits(first: $first, filter: { search: $search }) {
    totalCount edges { node { id name kind serviceGroup agency { id name type } region { code name level parent { code name } } } }
  }
}`;

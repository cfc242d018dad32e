import { gql, connectionOf, type Connection } from '@simpul/web-kit';
import type { Cycle, CyclePhase, LokusSummary } from '../shared/types';

const CYCLE_FIELDS = `id year name scheme instrumentIds currentPhase openPhases finalisedAt publishedAt origin source
  phases { phase startsAt endsAt open extended }
  extensions { id phase previousEndsAt newEndsAt reason extendedAt }
  scheduleChanges { id phase previousStartsAt newStartsAt newEndsAt reason changedAt }`;

export const LOKUS_FIELDS = 'id cycleId serviceUnitId unitName unitKind serviceGroup agencyName provinceName cohort cohortLabel cohortLabelEn instrumentId';

export const CYCLES = gql<{ evaluationCycles: Connection<Cycle> }, { first: number; after: string | null }>`
query EvaluationCycles($first: Int, $after: String) { evaluationCycles(first: $first, after: $after) { ${connectionOf(CYCLE_FIELDS)} } }`;

export const CYCLE = gql<{ evaluationCycle: Cycle }, { id: string }>`
query EvaluationCycle($id: ID!) { evaluationCycle(id: $id) { ${CYCLE_FIELDS} } }`;

export interface LokusRow extends LokusSummary {
  assignments: { evaluatorId: string; evaluatorName: string; role: 'PRIMARY' | 'SECOND_RATER' }[];
}

export const CYCLE_LOKUS = gql<{ cycleLokus: Connection<LokusRow> }, { cycleId: string; search?: string | null; first: number; after: string | null }>`
query CycleLokus($cycleId: ID!, $search: String, $first: Int, $after: String) {
  cycleLokus(cycleId: $cycleId, filter: { search: $search }, first: $first, after: $after) {
    ${connectionOf(`${LOKUS_FIELDS} assignments { evaluatorId evaluatorName role }`)}
  }
}`;

export const EXTEND_PHASE = gql<{ extendCyclePhase: Cycle }, { input: { cycleId: string; phase: CyclePhase; newEndsAt: string; reason: string } }>`
mutation ExtendCyclePhase($input: ExtendPhaseInput!) { extendCyclePhase(input: $input) { ${CYCLE_FIELDS} } }`;

export const START_PHASE = gql<{ startCyclePhase: Cycle }, { input: { cycleId: string; phase: CyclePhase; reason: string } }>`
mutation StartCyclePhase($input: StartPhaseInput!) { startCyclePhase(input: $input) { ${CYCLE_FIELDS} } }`;

export const FINALISE_CYCLE = gql<{ finaliseCycle: Cycle }, { cycleId: string }>`
mutation FinaliseCycle($cycleId: ID!) { finaliseCycle(cycleId: $cycleId) { ${CYCLE_FIELDS} } }`;

export const PUBLISH_CYCLE = gql<{ publishCycle: Cycle }, { cycleId: string }>`
mutation PublishCycle($cycleId: ID!) { publishCycle(cycleId: $cycleId) { ${CYCLE_FIELDS} } }`;

export interface RecomputeReport {
  computed: number;
  cohorts: number;
  durationMs: number;
  skipped: { lokusId: string; unitName: string; field: string; message: { id: string; en: string } }[];
}

export const RECOMPUTE = gql<{ recomputeCycleResults: RecomputeReport }, { cycleId: string }>`
mutation RecomputeCycleResults($cycleId: ID!) {
  recomputeCycleResults(cycleId: $cycleId) { computed cohorts durationMs skipped { lokusId unitName field message { id en } } }
}`;

import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  CycleLokusQuery,
  CycleLokusQueryVariables,
  EvaluationCycleQuery,
  EvaluationCycleQueryVariables,
  EvaluationCyclesQuery,
  EvaluationCyclesQueryVariables,
  ExtendCyclePhaseMutation,
  ExtendCyclePhaseMutationVariables,
  FinaliseCycleMutation,
  FinaliseCycleMutationVariables,
  PublishCycleMutation,
  PublishCycleMutationVariables,
  RecomputeCycleResultsMutation,
  RecomputeCycleResultsMutationVariables,
  StartCyclePhaseMutation,
  StartCyclePhaseMutationVariables,
} from '../__generated__/operations';

const CYCLE_FIELDS = `id year name scheme instrumentIds currentPhase openPhases finalisedAt publishedAt origin source
  phases { phase startsAt endsAt open extended }
  extensions { id phase previousEndsAt newEndsAt reason extendedAt }
  scheduleChanges { id phase previousStartsAt newStartsAt newEndsAt reason changedAt }`;

export const LOKUS_FIELDS =
  'id cycleId serviceUnitId unitName unitKind serviceGroup agencyName provinceName cohort cohortLabel cohortLabelEn instrumentId';

export const CYCLES = gql<EvaluationCyclesQuery, EvaluationCyclesQueryVariables>`
query EvaluationCycles($first: Int, $after: String) { evaluationCycles(first: $first, after: $after) { ${connectionOf(CYCLE_FIELDS)} } }`;

export const CYCLE = gql<EvaluationCycleQuery, EvaluationCycleQueryVariables>`
query EvaluationCycle($id: ID!) { evaluationCycle(id: $id) { ${CYCLE_FIELDS} } }`;

/** A cycle with its phase windows, extensions and schedule changes (every page asks for the same fields). */
export type Cycle = EvaluationCycleQuery['evaluationCycle'];

export const CYCLE_LOKUS = gql<CycleLokusQuery, CycleLokusQueryVariables>`
query CycleLokus($cycleId: ID!, $search: String, $first: Int, $after: String) {
  cycleLokus(cycleId: $cycleId, filter: { search: $search }, first: $first, after: $after) {
    ${connectionOf(`${LOKUS_FIELDS} assignments { evaluatorId evaluatorName role }`)}
  }
}`;

/** A lokus of a cycle's list, with who is assigned to it. */
export type LokusRow = NodeOf<CycleLokusQuery['cycleLokus']>;

export const EXTEND_PHASE = gql<ExtendCyclePhaseMutation, ExtendCyclePhaseMutationVariables>`
mutation ExtendCyclePhase($input: ExtendPhaseInput!) { extendCyclePhase(input: $input) { ${CYCLE_FIELDS} } }`;

export const START_PHASE = gql<StartCyclePhaseMutation, StartCyclePhaseMutationVariables>`
mutation StartCyclePhase($input: StartPhaseInput!) { startCyclePhase(input: $input) { ${CYCLE_FIELDS} } }`;

export const FINALISE_CYCLE = gql<FinaliseCycleMutation, FinaliseCycleMutationVariables>`
mutation FinaliseCycle($cycleId: ID!) { finaliseCycle(cycleId: $cycleId) { ${CYCLE_FIELDS} } }`;

export const PUBLISH_CYCLE = gql<PublishCycleMutation, PublishCycleMutationVariables>`
mutation PublishCycle($cycleId: ID!) { publishCycle(cycleId: $cycleId) { ${CYCLE_FIELDS} } }`;

export const RECOMPUTE = gql<RecomputeCycleResultsMutation, RecomputeCycleResultsMutationVariables>`
  mutation RecomputeCycleResults($cycleId: ID!) {
    recomputeCycleResults(cycleId: $cycleId) {
      computed
      cohorts
      durationMs
      skipped {
        lokusId
        unitName
        field
        message {
          id
          en
        }
      }
    }
  }
`;

export type RecomputeReport = RecomputeCycleResultsMutation['recomputeCycleResults'];

import type { CycleCohortsQuery, CyclePhase } from '../__generated__/operations';
import type { Cycle } from '../cycles/cycle.operations';
import type { LokusDetail } from '../lokus/lokus.operations';
import type { CohortNamed } from '../shared/cohort-name';

export const INSTRUMENT_ID = 'pekppp-2024-a';

const PHASES: CyclePhase[] = [
  'PREPARATION',
  'F01_FILLING',
  'F03_SURVEY',
  'EVALUATOR_SCORING',
  'VERIFICATION',
  'APPEAL',
  'FINALISATION',
  'PUBLISHED',
];

export function cycle(openPhases: CyclePhase[], overrides: Partial<Cycle> = {}): Cycle {
  return {
    id: 'cycle-2026',
    year: 2026,
    name: 'PEKPPP 2026',
    scheme: 'PEMANTAUAN',
    instrumentIds: [INSTRUMENT_ID],
    phases: PHASES.map((phase, i) => ({
      phase,
      startsAt: `2026-0${1 + (i % 9)}-01T00:00:00Z`,
      endsAt: `2026-0${1 + (i % 9)}-28T00:00:00Z`,
      open: openPhases.includes(phase),
      extended: false,
    })),
    openPhases,
    currentPhase: openPhases[openPhases.length - 1] ?? null,
    finalisedAt: null,
    publishedAt: null,
    extensions: [],
    scheduleChanges: [],
    origin: 'OFFICIAL',
    source: null,
    ...overrides,
  };
}

export function lokus(openPhases: CyclePhase[], overrides: Partial<LokusDetail> = {}): LokusDetail {
  const c = cycle(openPhases);
  return {
    id: 'lokus-1',
    cycleId: c.id,
    serviceUnitId: 'unit-1',
    unitName: 'SAMSAT Kalimantan Selatan',
    unitKind: 'SAMSAT',
    serviceGroup: 'ADMINISTRASI',
    agencyName: 'Pemerintah Provinsi Kalimantan Selatan',
    provinceName: 'Kalimantan Selatan',
    cohort: 'PROVINCE:SAMSAT',
    cohortLabel: 'Samsat tingkat provinsi',
    cohortLabelEn: 'Provincial Samsat',
    instrumentId: INSTRUMENT_ID,
    cycle: {
      id: c.id,
      year: c.year,
      name: c.name,
      currentPhase: c.currentPhase,
      openPhases,
      finalisedAt: null,
      publishedAt: null,
      phases: c.phases.map(({ phase, startsAt, endsAt }) => ({ phase, startsAt, endsAt })),
    },
    assignments: [{ lokusId: 'lokus-1', evaluatorId: 'eval-1', evaluatorName: 'Evaluator PEKPPP', role: 'PRIMARY' }],
    claims: [],
    scores: [],
    fieldVerifications: [],
    survey: null,
    result: null,
    appeals: [],
    evidence: [],
    secondScores: [],
    scoringStatus: null,
    ...overrides,
  };
}

/** A connection as the subgraph returns it: `totalCount` defaults to the rows given, cursors are `c<i>` counted from 1. */
export function connection<T>(rows: T[], options: { totalCount?: number; hasNextPage?: boolean; offset?: number } = {}) {
  const offset = options.offset ?? 0;
  return {
    totalCount: options.totalCount ?? rows.length,
    pageInfo: { hasNextPage: options.hasNextPage ?? false, endCursor: rows.length ? `c${offset + rows.length}` : null },
    edges: rows.map((node, i) => ({ cursor: `c${offset + i + 1}`, node })),
  };
}

/** Cohort names as the evaluation service gives them next to the code. */
export const COHORT_NAMES: Record<string, { label: string; labelEn: string }> = {
  'PROVINCE:SAMSAT': { label: 'Samsat tingkat provinsi', labelEn: 'Provincial Samsat' },
  'PROVINCE:DPMPTSP': { label: 'DPMPTSP tingkat provinsi', labelEn: 'Provincial DPMPTSP (one-stop service)' },
};

/** The cohort fields of a row (`cohort`, `cohortLabel`, `cohortLabelEn`) for a code of COHORT_NAMES. */
export function cohortFields(code: string): CohortNamed {
  const names = COHORT_NAMES[code] ?? { label: code, labelEn: code };
  return { cohort: code, cohortLabel: names.label, cohortLabelEn: names.labelEn };
}

/** An entry of the cohort filter (`cycleCohorts`). */
export function cohortOption(code: string): CycleCohortsQuery['cycleCohorts'][number] {
  const names = COHORT_NAMES[code] ?? { label: code, labelEn: code };
  return { code, ...names };
}

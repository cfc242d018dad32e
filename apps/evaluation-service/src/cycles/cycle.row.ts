import type { DataOrigin } from '@simpul/service-kit';
import type { CyclePhase, EvaluationScheme } from './cycle-phase.enum';

export interface PhaseRow {
  phase: CyclePhase;
  startsAt: Date;
  endsAt: Date;
  extended: boolean;
}

/** A cycle as the services use it: its phases loaded with it. */
export interface CycleRow {
  id: string;
  year: number;
  name: string;
  scheme: EvaluationScheme;
  instrumentIds: string[];
  finalisedAt: Date | null;
  publishedAt: Date | null;
  origin: DataOrigin;
  source: string | null;
  phases: PhaseRow[];
}

/** One statement that loads cycles with their phases; append a WHERE on `c`. */
export const CYCLE_COLUMNS = `
  c.id, c.year, c.name, c.scheme, c.instrument_ids AS "instrumentIds", c.finalised_at AS "finalisedAt", c.published_at AS "publishedAt", c.origin, c.source,
    COALESCE((SELECT json_agg(json_build_object('phase', p.phase, 'startsAt', p.starts_at, 'endsAt', p.ends_at,
      'extended', EXISTS (SELECT 1 FROM evaluation.phase_extensions e WHERE e.cycle_id = p.cycle_id AND e.phase = p.phase)) ORDER BY p.position)
      FROM evaluation.cycle_phases p WHERE p.cycle_id = c.id), '[]') AS phases`;

export const CYCLE_SELECT = `SELECT ${CYCLE_COLUMNS} FROM evaluation.cycles c`;

interface RawCycle extends Omit<CycleRow, 'phases'> {
  phases: { phase: CyclePhase; startsAt: string; endsAt: string; extended: boolean }[];
}

export function toCycleRow(raw: RawCycle): CycleRow {
  return { ...raw, phases: raw.phases.map((phase) => ({ ...phase, startsAt: new Date(phase.startsAt), endsAt: new Date(phase.endsAt) })) };
}

export type { RawCycle };

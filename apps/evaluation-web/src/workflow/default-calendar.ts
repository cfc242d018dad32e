import type { CyclePhase } from '../__generated__/operations';

export interface PhaseDates {
  phase: CyclePhase;
  start: string;
  end: string;
}

/**
 * The usual PEKPPP calendar of a year as a starting point (docs/domain.md: preparation early in the year,
 * F-01 and F-03 together, then scoring, verification, a short appeal window, finalisation, publication).
 */
export function defaultCalendar(year: number): PhaseDates[] {
  const y = String(year);
  const next = String(year + 1);
  return [
    { phase: 'PREPARATION', start: `${y}-01-02`, end: `${y}-01-31` },
    { phase: 'F01_FILLING', start: `${y}-02-01`, end: `${y}-03-31` },
    { phase: 'F03_SURVEY', start: `${y}-02-01`, end: `${y}-04-15` },
    { phase: 'EVALUATOR_SCORING', start: `${y}-04-16`, end: `${y}-05-15` },
    { phase: 'VERIFICATION', start: `${y}-05-16`, end: `${y}-05-31` },
    { phase: 'APPEAL', start: `${y}-06-01`, end: `${y}-06-10` },
    { phase: 'FINALISATION', start: `${y}-06-11`, end: `${y}-06-20` },
    { phase: 'PUBLISHED', start: `${y}-06-21`, end: `${next}-06-30` },
  ];
}

/** A chosen day in Jakarta time: the start of its first second, or the end of its last. */
export const dayStart = (date: string) => `${date}T00:00:00+07:00`;
export const dayEnd = (date: string) => `${date}T23:59:59+07:00`;

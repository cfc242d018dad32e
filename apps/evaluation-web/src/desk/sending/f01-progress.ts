import type { Instrument } from '@simpul/scoring';

export interface AspectProgress {
  code: string;
  name: string;
  done: number;
  total: number;
}

/**
 * Progress as the desk fills in: an indicator counts once it has a saved claim and at least one
 * piece of evidence — the same rule the service checks before F-01 can be sent.
 */
export function f01Progress(
  instrument: Instrument,
  claimed: (code: string) => boolean,
  evidenced: (code: string) => boolean,
): { aspects: AspectProgress[]; done: number; total: number } {
  const aspects = instrument.aspects.map((aspect) => ({
    code: aspect.code,
    name: aspect.name,
    done: aspect.indicators.filter((indicator) => claimed(indicator.code) && evidenced(indicator.code)).length,
    total: aspect.indicators.length,
  }));
  return {
    aspects,
    done: aspects.reduce((sum, aspect) => sum + aspect.done, 0),
    total: aspects.reduce((sum, aspect) => sum + aspect.total, 0),
  };
}

/** Whole days left before `deadline` (rounded up), hours in the last day, or passed. */
export function timeLeft(
  deadline: Date,
  now: Date,
): { kind: 'days'; days: number } | { kind: 'hours'; hours: number } | { kind: 'lastHour' } | { kind: 'passed' } {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return { kind: 'passed' };
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 1) return { kind: 'lastHour' };
  if (hours < 24) return { kind: 'hours', hours };
  return { kind: 'days', days: Math.ceil(ms / 86_400_000) };
}

import { answersForTargetIndex, computeIpp, getInstrument, type Instrument, type IppCategory } from '@simpul/scoring/ipp';

export const WHAT_IF_INSTRUMENT = 'pekppp-2024-a';
/** Where the simulation starts when the unit has no IPP: every indicator at this level. */
export const NEUTRAL_LEVEL = 3;

export interface WhatIfBaseline {
  f02: Record<string, number>;
  /** True when the levels were spread to give the unit's own index; false for the neutral start. */
  fromUnit: boolean;
}

/**
 * F-02 levels whose index rounds to the unit's IPP, so the simulation starts where the unit is. The
 * unit's real F-02 scores are not a plugin's to read; these are one plausible spread (scoring's
 * answersForTargetIndex), said as much on the screen. Without an index (or one no answer set gives),
 * every indicator starts at NEUTRAL_LEVEL.
 */
export function whatIfBaseline(instrument: Instrument, unitIndex: number | null): WhatIfBaseline {
  if (unitIndex !== null) {
    try {
      return { f02: answersForTargetIndex(instrument, unitIndex), fromUnit: true };
    } catch {
      // e.g. 0.01 or 4.99: no F-02 answer set rounds to it; fall through to the neutral start.
    }
  }
  const f02: Record<string, number> = {};
  for (const aspect of instrument.aspects) for (const indicator of aspect.indicators) f02[indicator.code] = NEUTRAL_LEVEL;
  return { f02, fromUnit: false };
}

/** Each indicator of an aspect raised by that aspect's levels, never above the instrument's maximum. */
export function raiseAspects(instrument: Instrument, f02: Record<string, number>, raises: Record<string, number>): Record<string, number> {
  const raised = { ...f02 };
  for (const aspect of instrument.aspects) {
    const by = raises[aspect.code] ?? 0;
    for (const indicator of aspect.indicators) raised[indicator.code] = Math.min(instrument.scale.max, (f02[indicator.code] ?? 0) + by);
  }
  return raised;
}

export function simulate(instrument: Instrument, f02: Record<string, number>): { index: number; category: IppCategory } {
  const { index, category } = computeIpp(instrument, { f02 });
  return { index, category };
}

export const whatIfInstrument = (): Instrument => getInstrument(WHAT_IF_INSTRUMENT);

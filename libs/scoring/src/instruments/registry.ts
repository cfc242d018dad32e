import { ScoringInputError } from '../errors/scoring-input-error';
import type { Instrument } from './instrument';
import { buildPekppp2024A } from './pekppp-2024-a';
import { buildPekppp2024B } from './pekppp-2024-b';

const BUILT_IN: ReadonlyMap<string, Instrument> = new Map(
  [buildPekppp2024A(), buildPekppp2024B()].map((instrument) => [instrument.id, deepFreeze(instrument)]),
);

/** Every built-in instrument, oldest year first, A before B. */
export function listInstruments(): Instrument[] {
  return [...BUILT_IN.values()].sort((a, b) => a.year - b.year || a.variant.localeCompare(b.variant));
}

export function getInstrument(id: string): Instrument {
  const instrument = BUILT_IN.get(id);
  if (!instrument) {
    throw new ScoringInputError('instrumentId', {
      id: `Instrumen "${id}" tidak dikenal.`,
      en: `Unknown instrument "${id}".`,
    });
  }
  return instrument;
}

export function hasInstrument(id: string): boolean {
  return BUILT_IN.has(id);
}

// Instruments are shared by every caller in the process: freeze them so nobody edits the regulation.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

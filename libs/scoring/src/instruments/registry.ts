import type { BandTable } from '../bands/band';
import { ScoringInputError } from '../errors/scoring-input-error';
import ippCategories2022 from '../ipp/data/ipp-categories-2022.json';
import type { IppCategoryCode } from '../ipp/ipp-category-code';
import type { Instrument } from './instrument';
import { readInstrumentFile } from './instrument-file';
import pekppp2022A from './pekppp-2022-a.json';
import pekppp2024A from './pekppp-2024-a.json';
import pekppp2024B from './pekppp-2024-b.json';

// Static imports, so a bundler includes every instrument file; a new year is a new JSON file listed here.
const FILES: readonly unknown[] = [pekppp2022A, pekppp2024A, pekppp2024B];
const BAND_TABLES: Readonly<Record<string, BandTable<IppCategoryCode>>> = {
  'ipp-categories-2022': ippCategories2022 as BandTable<IppCategoryCode>,
};

const BUILT_IN: ReadonlyMap<string, Instrument> = new Map(
  FILES.map((file) => readInstrumentFile(file, BAND_TABLES)).map((instrument) => [instrument.id, deepFreeze(instrument)]),
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

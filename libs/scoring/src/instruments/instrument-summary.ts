import type { Instrument } from './instrument';

/** What names an instrument to a person (year, form, whether provisional), without its aspects and indicators. */
export type InstrumentSummary = Pick<Instrument, 'id' | 'year' | 'variant' | 'status'>;

/**
 * The built-in instruments' names, apart from their data files: a page that only names an instrument
 * (the rapor) need not download and read every file (issue #17). `instrument-summary.spec.ts` holds
 * this list to the registry, so a new data file fails the test until it is listed here too.
 */
const SUMMARIES: readonly InstrumentSummary[] = [
  { id: 'pekppp-2022-a', year: 2022, variant: 'A', status: 'provisional' },
  { id: 'pekppp-2024-a', year: 2024, variant: 'A', status: 'published' },
  { id: 'pekppp-2024-b', year: 2024, variant: 'B', status: 'provisional' },
];

/** The built-in instrument's summary, or null when this build does not know the id. */
export function instrumentSummary(id: string): InstrumentSummary | null {
  return SUMMARIES.find((summary) => summary.id === id) ?? null;
}

export function listInstrumentSummaries(): readonly InstrumentSummary[] {
  return SUMMARIES;
}

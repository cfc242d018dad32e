import { instrumentSummary, listInstrumentSummaries } from './instrument-summary';
import { listInstruments } from './registry';

describe('instrument summaries', () => {
  it('name every built-in instrument as its data file does, and no other', () => {
    const fromFiles = listInstruments().map(({ id, year, variant, status }) => ({ id, year, variant, status }));
    expect(listInstrumentSummaries()).toEqual(fromFiles);
  });

  it('know no instrument the registry does not', () => {
    expect(instrumentSummary('pekppp-1999-a')).toBeNull();
  });
});

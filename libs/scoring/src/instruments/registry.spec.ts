import fileA from './pekppp-2024-a.json';
import { getInstrument, listInstruments } from './registry';
import { validateInstrument } from './validate-instrument';

describe('built-in instruments', () => {
  it('lists pekppp-2022-a, pekppp-2024-a and pekppp-2024-b, oldest first, all valid', () => {
    expect(listInstruments().map((instrument) => instrument.id)).toEqual(['pekppp-2022-a', 'pekppp-2024-a', 'pekppp-2024-b']);
    for (const instrument of listInstruments()) expect(validateInstrument(instrument)).toEqual({ valid: true, problems: [] });
  });

  it('pekppp-2024-a holds the six aspects and 30 indicators of docs/domain.md §4.3 with the transcribed descriptors', () => {
    const a = getInstrument('pekppp-2024-a');
    expect(a.aspects.map((aspect) => [aspect.code, aspect.weight, aspect.indicators.length])).toEqual([
      ['a', '24', 9],
      ['b', '25', 5],
      ['c', '18', 6],
      ['d', '11', 4],
      ['e', '10', 4],
      ['f', '12', 2],
    ]);
    expect(a.aspects[0].indicators.map((indicator) => [indicator.code, indicator.weight])).toEqual([
      ['1.a.Ak', '17'],
      ['2.a.P', '14'],
      ['3.a.T', '7'],
      ['4.a.K', '14'],
      ['5.a.K', '10'],
      ['6.a.B', '17'],
      ['7.a.T', '7'],
      ['8.a.Ak', '7'],
      ['9.a.Ak', '7'],
    ]);
    expect(a.aspects[2].indicators.every((indicator) => indicator.weight === '100/6' && indicator.weightSource === 'equal')).toBe(true);
    const indicators = a.aspects.flatMap((aspect) => aspect.indicators);
    expect(indicators).toHaveLength(30);
    expect(indicators.every((indicator) => indicator.levels.length === 6 && !indicator.descriptorsPending)).toBe(true);
    // The descriptors are the data file's, as printed on the form; English where docs/domain.md gives it.
    expect(indicators[0].levels).toEqual(fileA.aspects[0].indicators[0].levels.map((level) => level.id));
    expect(indicators[0].levelsEn[0]).toBe('No service standard (SP).');
    expect(indicators[1].levelsEn.every((level) => level === null)).toBe(true);
    expect(a.userSurvey.items.map((item) => item.code)).toContain('15.e.K');
    expect(a.userSurvey.items).toHaveLength(14);
    expect(a.blend).toEqual({ evaluator: '0.75', user: '0.25' });
  });

  it('pekppp-2024-b drops 4.a.K, rescales aspect a, replaces aspects c and e, keeps F-02 A ladders where it keeps the indicator and marks the rest pending', () => {
    const a = getInstrument('pekppp-2024-a');
    const b = getInstrument('pekppp-2024-b');
    expect(b.status).toBe('provisional');
    const codes = b.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
    expect(codes).not.toContain('4.a.K');
    expect(codes).not.toContain('15.c.K');
    expect(b.aspects[0].indicators[0]).toMatchObject({ code: '1.a.Ak', weight: '1700/86', weightSource: 'rescaled' });
    expect(b.aspects[2].name).toBe('Sarana Prasarana Pelayanan Elektronik');
    const ladderInA = new Map(a.aspects.flatMap((aspect) => aspect.indicators).map((indicator) => [indicator.code, indicator.levels]));
    for (const indicator of b.aspects.flatMap((aspect) => aspect.indicators)) {
      const kept = ladderInA.get(indicator.code);
      if (kept)
        expect({ code: indicator.code, levels: indicator.levels, pending: indicator.descriptorsPending }).toEqual({
          code: indicator.code,
          levels: kept,
          pending: false,
        });
      else
        expect({ code: indicator.code, levels: indicator.levels, pending: indicator.descriptorsPending }).toEqual({
          code: indicator.code,
          levels: [],
          pending: true,
        });
    }
    expect(b.provisionalParts.map((part) => part.part)).toEqual(
      expect.arrayContaining(['aspects.a,b,d,f.indicators.levels', 'aspects.c,e.indicators.levels']),
    );
  });

  it('pekppp-2022-a scores like F-02 A 2022–2025 (docs/domain.md §4.3) and says its texts are provisional', () => {
    const a2022 = getInstrument('pekppp-2022-a');
    const a2024 = getInstrument('pekppp-2024-a');
    expect(a2022).toMatchObject({ year: 2022, years: [2022], variant: 'A', status: 'provisional' });
    const weights = (instrument: typeof a2022) =>
      instrument.aspects.map((aspect) => [
        aspect.code,
        aspect.weight,
        aspect.indicators.map((indicator) => [indicator.code, indicator.weight]),
      ]);
    expect(weights(a2022)).toEqual(weights(a2024));
    expect(a2022.blend).toEqual(a2024.blend);
    expect(a2022.provisionalParts.map((part) => part.part)).toEqual(
      expect.arrayContaining(['aspects.*.indicators', 'userSurvey', 'blend']),
    );
    expect(a2022.sources).toContain('Pedoman MenPANRB 1/2022');
  });

  it('refuses an unknown id with a typed error', () => {
    expect(() => getInstrument('pekppp-1999-z')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'instrumentId' }));
  });

  it('is frozen: nobody edits the regulation at run time', () => {
    expect(Object.isFrozen(getInstrument('pekppp-2024-a').aspects[0].indicators[0])).toBe(true);
  });
});

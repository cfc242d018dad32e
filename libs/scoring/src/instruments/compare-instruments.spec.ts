import { smallInstrument } from '../testing/small-instrument.fixture';
import { compareInstruments } from './compare-instruments';
import { getInstrument } from './registry';

const kinds = (differences: Array<{ kind: string }>) => differences.map((difference) => difference.kind);

describe('compareInstruments', () => {
  it('finds no difference between an instrument and itself, and notes its provisional parts on both sides', () => {
    const a = getInstrument('pekppp-2024-a');
    const comparison = compareInstruments(a, a);
    expect(comparison.blendDiffers).toBe(false);
    expect(comparison.surveyItemsAdded).toEqual([]);
    // Aspect a has published weights; b–f carry the "equal share" open default on both sides.
    expect(comparison.aspects[0].differences).toEqual([]);
    expect(comparison.aspects.slice(1).map((aspect) => kinds(aspect.differences))).toEqual(
      Array.from({ length: 5 }, () => ['PROVISIONAL', 'PROVISIONAL']),
    );
  });

  it('2022-A and 2024-A are scored alike: only their provisional notes differ', () => {
    const comparison = compareInstruments(getInstrument('pekppp-2022-a'), getInstrument('pekppp-2024-a'));
    for (const aspect of comparison.aspects) {
      expect(kinds(aspect.differences).filter((kind) => kind !== 'PROVISIONAL')).toEqual([]);
    }
    // 2022-A's texts are provisional for every aspect (aspects.*), 2024-A's aspect a is not.
    expect(comparison.aspects[0].differences).toEqual([
      { kind: 'PROVISIONAL', side: 'left', notes: [expect.stringContaining('Pedoman MenPANRB 1/2022')] },
    ]);
  });

  it('2024-A against 2024-B: aspect a loses 4.a.K and is reweighted, c and e are replaced, b keeps its ladders', () => {
    const comparison = compareInstruments(getInstrument('pekppp-2024-a'), getInstrument('pekppp-2024-b'));
    const byCode = new Map(comparison.aspects.map((aspect) => [aspect.code, aspect]));
    expect(byCode.get('a')?.differences).toEqual(
      expect.arrayContaining([
        { kind: 'INDICATORS_REMOVED', codes: ['4.a.K'] },
        { kind: 'INDICATOR_WEIGHTS', codes: ['1.a.Ak', '2.a.P', '3.a.T', '5.a.K', '6.a.B', '7.a.T', '8.a.Ak', '9.a.Ak'] },
      ]),
    );
    expect(kinds(byCode.get('c')?.differences ?? [])).toEqual(
      expect.arrayContaining(['NAME', 'INDICATORS_ADDED', 'INDICATORS_REMOVED', 'PROVISIONAL']),
    );
    expect(byCode.get('c')).toMatchObject({ left: { weight: '18', indicators: 6 }, right: { weight: '18', indicators: 4 } });
    expect(kinds(byCode.get('b')?.differences ?? [])).not.toContain('LADDERS');
    expect(comparison.blendDiffers).toBe(false);
  });

  it('reads weights as exact fractions and reports aspects only one instrument has', () => {
    const left = smallInstrument([{ weight: '100', indicators: ['50', '50'] }], 'left');
    const right = smallInstrument(
      [
        { weight: '50', indicators: ['100/2', '500/10'] },
        { weight: '50', indicators: ['100'] },
      ],
      'right',
    );
    const comparison = compareInstruments(left, right);
    expect(comparison.aspects.map((aspect) => [aspect.code, kinds(aspect.differences)])).toEqual([
      ['a', ['WEIGHT']],
      ['b', ['ONLY_RIGHT']],
    ]);
  });
});

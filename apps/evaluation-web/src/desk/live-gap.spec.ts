import { computeIpp, getInstrument, pathToNextCategory } from '@simpul/scoring';
import { indicatorsOf } from '../shared/instrument';
import { liveGap } from './live-gap';

const instrument = getInstrument('pekppp-2024-a');
const codes = indicatorsOf(instrument).map((i) => i.code);
const all = (level: number) => Object.fromEntries(codes.map((code) => [code, level]));

describe('live gap analysis from F-01 claims', () => {
  it('gives the same IPP and path as the shared library for complete claims', () => {
    const claims = { ...all(3), '2.a.P': 2, '29.f.B': 3 };
    const gap = liveGap(instrument, claims);
    expect(gap.index).toBe(computeIpp(instrument, { f02: claims }).index);
    expect(gap.path).toEqual(pathToNextCategory(instrument, { f02: claims }));
    expect(gap.missing).toEqual([]);
    expect(gap.path.reachable).toBe(true);
    expect(gap.path.target?.code).not.toBe(gap.category.code);
  });

  it('counts indicators without a claim as 0 and lists them', () => {
    const claims = all(4);
    delete claims['1.a.Ak'];
    delete claims['30.f.B'];
    const gap = liveGap(instrument, claims);
    expect(gap.missing).toEqual(['1.a.Ak', '30.f.B']);
    expect({ claimed: gap.claimed, total: gap.total }).toEqual({
      claimed: Object.keys(claims).length,
      total: Object.keys(claims).length + 2,
    });
    expect(gap.index).toBe(computeIpp(instrument, { f02: { ...claims, '1.a.Ak': 0, '30.f.B': 0 } }).index);
  });

  it('has no next category when every claim is 5', () => {
    const gap = liveGap(instrument, all(5));
    expect(gap.category.code).toBe('A');
    expect(gap.path.target).toBeNull();
  });
});

import * as scoring from './index';
import * as ipp from './ipp-entry';

// `@simpul/scoring/ipp` is a second door to the same rules, not a second copy: a plugin's "what if"
// through it must compute what the portal computes through `@simpul/scoring`.
describe('@simpul/scoring/ipp', () => {
  it('exports the IPP functions and tables of @simpul/scoring themselves', () => {
    const names = Object.keys(ipp);
    expect(names).toEqual(
      expect.arrayContaining([
        'getInstrument',
        'computeIpp',
        'ippCategory',
        'answersForTargetIndex',
        'pathToNextCategory',
        'marginalGains',
      ]),
    );
    for (const name of names) expect(ipp[name as keyof typeof ipp]).toBe(scoring[name as keyof typeof scoring]);
  });

  it('leaves out the IKM, SKM sampling, KIPP and Ombudsman rules', () => {
    for (const name of ['computeIkm', 'krejcieMorganSampleSize', 'scoreProposal', 'ombudsmanZone']) {
      expect(name in scoring).toBe(true);
      expect(name in ipp).toBe(false);
    }
  });

  it('gives the same index and category as the full library', () => {
    const instrument = ipp.getInstrument('pekppp-2024-a');
    const f02 = ipp.answersForTargetIndex(instrument, 4.02, 7);
    const result = ipp.computeIpp(instrument, { f02 });
    expect(result.index).toBe(4.02);
    expect(result.category.code).toBe('A-');
    expect(scoring.computeIpp(scoring.getInstrument('pekppp-2024-a'), { f02 }).index).toBe(result.index);
  });
});

import { matchHundredths } from '../bands/band';
import { roundFractionScaled } from '../decimal/round-half-up';
import type { Instrument } from '../instruments/instrument';
import { compileInstrument, exactIndex } from './compile-instrument';
import type { IppCategoryCode } from './ipp-category-code';
import { readAnswers, type IppAnswers } from './ipp-answers';

export interface MarginalGain {
  code: string;
  aspect: string;
  level: number;
  /** What one more level on this indicator adds to the IPP, unrounded (0 at the top level). */
  gain: number;
  /** The reported IPP after that one level. */
  indexAfter: number;
  categoryAfter: IppCategoryCode;
  atMaximum: boolean;
}

/** For each indicator, in instrument order: the IPP gained by raising it one level. */
export function marginalGains(instrument: Instrument, answers: IppAnswers): MarginalGain[] {
  const compiled = compileInstrument(instrument);
  const read = readAnswers(compiled, answers);
  const factor = read.userCount > 0 ? compiled.blendEvaluator.toNumber() : 1;
  const result: MarginalGain[] = [];
  for (const aspect of compiled.aspects) {
    for (let i = aspect.start; i < aspect.end; i += 1) {
      const atMaximum = read.levels[i] >= compiled.maxLevel;
      const added = atMaximum ? 0 : compiled.weights[i];
      const after = Number(roundFractionScaled(exactIndex(compiled, read.evaluatorSum + added, read.userSum, read.userCount)));
      const { band } = matchHundredths(compiled.bands, after, 'index', { id: 'IPP', en: 'IPP' });
      result.push({
        code: compiled.codes[i],
        aspect: aspect.code,
        level: read.levels[i],
        gain: (factor * added) / compiled.denominator,
        indexAfter: after / 100,
        categoryAfter: band.code,
        atMaximum,
      });
    }
  }
  return result;
}

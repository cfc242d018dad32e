import { Fraction } from '../decimal/fraction';
import type { Instrument } from './instrument';

export interface InstrumentProblem {
  /** Where: `aspects`, `aspects.b.indicators`, `aspects.a.indicators.1.a.Ak`, `blend`, `userSurvey.items`. */
  path: string;
  code: 'WEIGHT_SUM' | 'DUPLICATE_CODE' | 'INVALID_WEIGHT' | 'LEVEL_COUNT' | 'EMPTY';
  message: string;
}

export interface InstrumentValidation {
  valid: boolean;
  problems: InstrumentProblem[];
}

const HUNDRED = Fraction.of(100);

/** Reports weights that do not sum exactly to 100 (aspects, and indicators in each aspect), a blend that does not sum to 1, duplicate codes and malformed levels. */
export function validateInstrument(instrument: Instrument): InstrumentValidation {
  const problems: InstrumentProblem[] = [];
  const weight = (text: string, path: string): Fraction | null => {
    try {
      const value = Fraction.parse(text);
      if (value.num < 0n) throw new RangeError('negative');
      return value;
    } catch {
      problems.push({ path, code: 'INVALID_WEIGHT', message: `Weight "${text}" is not a non-negative exact decimal or fraction.` });
      return null;
    }
  };
  const sumTo = (values: Array<Fraction | null>, target: Fraction, path: string) => {
    if (values.some((value) => value === null)) return;
    const sum = values.reduce<Fraction>((total, value) => total.add(value as Fraction), Fraction.ZERO);
    if (!sum.equals(target)) {
      problems.push({
        path,
        code: 'WEIGHT_SUM',
        message: `Weights sum to ${sum.toString()} (${sum.toNumber()}), not ${target.toString()}.`,
      });
    }
  };
  const duplicates = (codes: string[], path: string) => {
    const seen = new Set<string>();
    for (const code of codes) {
      if (seen.has(code)) problems.push({ path, code: 'DUPLICATE_CODE', message: `Code "${code}" appears more than once.` });
      seen.add(code);
    }
  };

  if (instrument.aspects.length === 0) problems.push({ path: 'aspects', code: 'EMPTY', message: 'The instrument has no aspects.' });
  duplicates(
    instrument.aspects.map((aspect) => aspect.code),
    'aspects',
  );
  sumTo(
    instrument.aspects.map((aspect) => weight(aspect.weight, `aspects.${aspect.code}.weight`)),
    HUNDRED,
    'aspects',
  );
  duplicates(
    instrument.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code)),
    'indicators',
  );
  const levelCount = instrument.scale.max - instrument.scale.min + 1;
  for (const aspect of instrument.aspects) {
    const path = `aspects.${aspect.code}.indicators`;
    if (aspect.indicators.length === 0) problems.push({ path, code: 'EMPTY', message: `Aspect ${aspect.code} has no indicators.` });
    sumTo(
      aspect.indicators.map((indicator) => weight(indicator.weight, `${path}.${indicator.code}.weight`)),
      HUNDRED,
      path,
    );
    for (const indicator of aspect.indicators) {
      if (!indicator.descriptorsPending && indicator.levels.length !== levelCount) {
        problems.push({
          path: `${path}.${indicator.code}.levels`,
          code: 'LEVEL_COUNT',
          message: `Indicator ${indicator.code} describes ${indicator.levels.length} levels, the scale has ${levelCount}.`,
        });
      }
    }
  }
  sumTo([weight(instrument.blend.evaluator, 'blend.evaluator'), weight(instrument.blend.user, 'blend.user')], Fraction.ONE, 'blend');
  duplicates(
    instrument.userSurvey.items.map((item) => item.code),
    'userSurvey.items',
  );
  return { valid: problems.length === 0, problems };
}

import type { LocalizedMessage } from '@simpul/contracts';
import { Fraction } from '../decimal/fraction';
import { formatScaled, roundFractionScaled } from '../decimal/round-half-up';
import { ScoringInputError } from '../errors/scoring-input-error';

/** One band of a category table as data: bounds are inclusive, on the value rounded to two decimals. */
export interface BandData<Code extends string = string> {
  code: Code;
  label: string;
  labelEn: string;
  /** Inclusive lower bound as printed ("4.51"). */
  min: string;
  /** Inclusive upper bound as printed ("5.00"). */
  max: string;
}

/** A versioned category table (IPP categories, IKM mutu, Ombudsman zones). */
export interface BandTable<Code extends string = string> {
  id: string;
  title: string;
  source: string;
  bands: BandData<Code>[];
}

export interface CompiledBand<Code extends string> extends BandData<Code> {
  minHundredths: number;
  maxHundredths: number;
}

export interface BandMatch<Code extends string> {
  band: CompiledBand<Code>;
  /** The value after half-up rounding to two decimals, the value the band was chosen from. */
  rounded: number;
  hundredths: number;
}

export function compileBands<Code extends string>(table: BandTable<Code>): CompiledBand<Code>[] {
  return table.bands
    .map((band) => ({
      ...band,
      minHundredths: Number(roundFractionScaled(Fraction.parse(band.min))),
      maxHundredths: Number(roundFractionScaled(Fraction.parse(band.max))),
    }))
    .sort((a, b) => b.minHundredths - a.minHundredths);
}

/** Finds the band of a value after rounding it half up to two decimals. */
export function matchBand<Code extends string>(
  bands: CompiledBand<Code>[],
  value: number | Fraction,
  field: string,
  scaleName: LocalizedMessage,
): BandMatch<Code> {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new ScoringInputError(field, {
      id: `Nilai ${scaleName.id} harus berupa angka.`,
      en: `The ${scaleName.en} value must be a finite number.`,
    });
  }
  const hundredths = Number(roundFractionScaled(value instanceof Fraction ? value : Fraction.fromNumber(value)));
  return matchHundredths(bands, hundredths, field, scaleName);
}

export function matchHundredths<Code extends string>(
  bands: CompiledBand<Code>[],
  hundredths: number,
  field: string,
  scaleName: LocalizedMessage,
): BandMatch<Code> {
  for (const band of bands) {
    if (hundredths >= band.minHundredths && hundredths <= band.maxHundredths) {
      return { band, rounded: hundredths / 100, hundredths };
    }
  }
  const low = bands[bands.length - 1]?.min ?? '?';
  const high = bands[0]?.max ?? '?';
  throw new ScoringInputError(field, {
    id: `Nilai ${scaleName.id} ${formatScaled(hundredths)} berada di luar rentang ${low}–${high}.`,
    en: `The ${scaleName.en} value ${formatScaled(hundredths)} is outside ${low}–${high}.`,
  });
}

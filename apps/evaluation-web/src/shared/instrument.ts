import { getInstrument, hasInstrument, type Indicator, type Instrument } from '@simpul/scoring';

/** The instrument a lokus is scored with, or null when this build does not know it or none is recorded (a published figure only). */
export function instrumentFor(id: string | null): Instrument | null {
  return id !== null && hasInstrument(id) ? getInstrument(id) : null;
}

export function indicatorsOf(instrument: Instrument): (Indicator & { aspectCode: string; aspectName: string })[] {
  return instrument.aspects.flatMap((aspect) =>
    aspect.indicators.map((indicator) => ({ ...indicator, aspectCode: aspect.code, aspectName: aspect.name })),
  );
}

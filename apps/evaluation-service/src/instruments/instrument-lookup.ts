import { getInstrument, type Indicator, type Instrument } from '@simpul/scoring';
import { badUserInput } from '@simpul/service-kit';
import { scoring } from './scoring-input';

export function instrumentOf(id: string): Instrument {
  return scoring(() => getInstrument(id), 'instrumentId');
}

export function indicatorsOf(instrument: Instrument): Indicator[] {
  return instrument.aspects.flatMap((aspect) => aspect.indicators);
}

/** The indicator with this code in the lokus' instrument, or BAD_USER_INPUT on `field`. */
export function indicatorOf(instrumentId: string, code: string, field = 'input.indicatorCode'): Indicator {
  const indicator = indicatorsOf(instrumentOf(instrumentId)).find((candidate) => candidate.code === code);
  if (!indicator)
    throw badUserInput(
      field,
      `Indicator ${code} is not part of instrument ${instrumentId}.`,
      `Indikator ${code} tidak ada dalam instrumen ${instrumentId}.`,
    );
  return indicator;
}

/** The written descriptor of a level (null while the instrument's descriptors are pending). */
export function descriptorOf(instrumentId: string, code: string, level: number): string | null {
  const indicator = indicatorsOf(instrumentOf(instrumentId)).find((candidate) => candidate.code === code);
  return indicator?.levels[level] ?? null;
}

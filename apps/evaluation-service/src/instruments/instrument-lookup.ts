import { getInstrument, type Indicator, type Instrument } from '@simpul/scoring';
import { badUserInput, conflict } from '@simpul/service-kit';
import { scoring } from './scoring-input';

/**
 * The instrument a lokus is entered and scored on. A historical lokus that holds only a published IPP
 * has none recorded (its form was never transcribed), so it has no forms to open: CONFLICT.
 */
export function instrumentOf(id: string | null): Instrument {
  if (id === null)
    throw conflict(
      'This lokus holds only the IPP that was published; no instrument is recorded for it, so it has no forms.',
      'Lokus ini hanya memuat IPP yang dipublikasikan; instrumennya tidak tercatat, jadi tidak ada formulir.',
      'lokusId',
    );
  return scoring(() => getInstrument(id), 'instrumentId');
}

export function indicatorsOf(instrument: Instrument): Indicator[] {
  return instrument.aspects.flatMap((aspect) => aspect.indicators);
}

/** The indicator with this code in the lokus' instrument, or BAD_USER_INPUT on `field`. */
export function indicatorOf(instrumentId: string | null, code: string, field = 'input.indicatorCode'): Indicator {
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
export function descriptorOf(instrumentId: string | null, code: string, level: number): string | null {
  const indicator = indicatorsOf(instrumentOf(instrumentId)).find((candidate) => candidate.code === code);
  return indicator?.levels[level] ?? null;
}

import { useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import { instrumentFor } from './instrument';

/**
 * An instrument as a person reads it, in the language shown: "PEKPPP 2024, Formulir B (pelayanan
 * daring), sementara" — year, form and mode from its data file, "sementara" where the file marks it
 * provisional; never its id.
 */
export function useInstrumentName(): (id: string) => string {
  const t = useT(EVALUATION);
  return (id) => {
    const instrument = instrumentFor(id);
    if (!instrument) return t('instrument.unknown');
    const name = t('instrument.name', {
      year: instrument.year,
      variant: instrument.variant,
      mode: t(`instrument.mode.${instrument.variant}`),
    });
    return instrument.status === 'provisional' ? t('instrument.provisional', { name }) : name;
  };
}

import { instrumentSummary } from '@simpul/scoring';
import { useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';

/**
 * An instrument as a person reads it, in the language shown: "PEKPPP 2024, Formulir B (pelayanan
 * daring), sementara" — year, form and mode from its data file, "sementara" where the file marks it
 * provisional; never its id. From the instruments' summaries, so a page that only names one (the
 * rapor) does not load every instrument file (issue #17).
 */
export function useInstrumentName(): (id: string) => string {
  const t = useT(EVALUATION);
  return (id) => {
    const instrument = instrumentSummary(id);
    if (!instrument) return t('instrument.unknown');
    const name = t('instrument.name', {
      year: instrument.year,
      variant: instrument.variant,
      mode: t(`instrument.mode.${instrument.variant}`),
    });
    return instrument.status === 'provisional' ? t('instrument.provisional', { name }) : name;
  };
}

import { Text } from '@mantine/core';
import { useLanguage, useT } from '@simpul/web-kit';
import { placeAndDate } from './date-in-words';
import { REPORT_CARD_UI } from './report-card-messages';

export interface SignatoryBlockProps {
  /** The town the document is signed in ("Banjarmasin"). */
  place: string;
  date: Date | string;
  /** The office that signs ("Kepala Dinas …", "Penerbit dokumen"). */
  role: string;
  /** The person's name as it goes under the signature. */
  name: string;
  /** NIP, when known. */
  idNumber?: string | null;
}

/** Place and date, the signing office, an empty space for the wet signature and stamp, then the name. */
export function SignatoryBlock({ place, date, role, name, idNumber }: SignatoryBlockProps) {
  const t = useT(REPORT_CARD_UI);
  const [language] = useLanguage();
  return (
    <section className="simpul-signatory" aria-label={t('signature')}>
      <Text size="sm">{placeAndDate(place, date, language)}</Text>
      <Text size="sm">{role}</Text>
      <div className="simpul-signature-space" role="img" aria-label={t('signatureSpace')} />
      <Text size="sm" className="simpul-signatory-name">
        {name}
      </Text>
      {idNumber && <Text size="sm">{t('idNumber', { number: idNumber })}</Text>}
    </section>
  );
}

import { useMemo } from 'react';
import { useLanguage } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';

/** An SKM period as the services send it beside their Indonesian `periodLabel`. */
export interface SkmPeriodParts {
  periodKind: 'QUARTER' | 'HALF_YEAR' | 'YEAR';
  year: number;
  number: number;
}

/** Why a unit or desk has no headline IKM (SkmHeadlineGap). */
export type SkmHeadlineGap = 'NO_ANSWERS' | 'PERIOD_RUNNING' | 'PENDING_REVIEW' | 'POPULATION_UNKNOWN' | 'SAMPLE_TOO_SMALL';

const ROMAN = ['I', 'II', 'III', 'IV'];

// The same wording as the SKM remote's catalogue, shared so every remote names a period alike.
const PERIOD: Record<Language, (p: SkmPeriodParts) => string> = {
  id: (p) =>
    p.periodKind === 'YEAR'
      ? `Tahun ${p.year}`
      : `${p.periodKind === 'QUARTER' ? 'Triwulan' : 'Semester'} ${ROMAN[p.number - 1] ?? p.number} ${p.year}`,
  en: (p) =>
    p.periodKind === 'YEAR'
      ? `Year ${p.year}`
      : p.periodKind === 'QUARTER'
        ? `Q${p.number} ${p.year}`
        : `${p.number === 1 ? 'First' : 'Second'} half of ${p.year}`,
};

const GAP: Record<Language, Record<SkmHeadlineGap, string>> = {
  id: {
    NO_ANSWERS: 'Belum ada jawaban survei yang dihitung.',
    PERIOD_RUNNING: 'Periode survei masih berjalan; IKM diumumkan setelah periode selesai.',
    PENDING_REVIEW: 'Sebagian jawaban periode terakhir masih menunggu tinjauan admin.',
    POPULATION_UNKNOWN: 'Jumlah pengguna layanan periode terakhir belum diisi, jadi kecukupan sampel belum dapat dinilai.',
    SAMPLE_TOO_SMALL: 'Jumlah responden periode terakhir belum mencapai sampel minimal (Krejcie–Morgan).',
  },
  en: {
    NO_ANSWERS: 'No survey answers have been counted yet.',
    PERIOD_RUNNING: 'The survey period is still running; the IKM is published once it ends.',
    PENDING_REVIEW: 'Some answers of the latest period are still waiting for an admin’s review.',
    POPULATION_UNKNOWN: 'The number of service users in the latest period has not been entered, so the sample cannot be judged.',
    SAMPLE_TOO_SMALL: 'The latest period has fewer respondents than the minimum sample (Krejcie–Morgan).',
  },
};

/** "Triwulan IV 2026" / "Q4 2026" from the structured period, never the server's Indonesian label. */
export function formatSkmPeriod(period: SkmPeriodParts, language: Language): string {
  return PERIOD[language](period);
}

/** Why there is no headline IKM, in words ("Jumlah responden … belum mencapai sampel minimal"). */
export function formatSkmHeadlineGap(gap: SkmHeadlineGap, language: Language): string {
  return GAP[language][gap];
}

/** The two formatters in the page's language. */
export function useSkmWords() {
  const [language] = useLanguage();
  return useMemo(
    () => ({
      period: (period: SkmPeriodParts) => formatSkmPeriod(period, language),
      headlineGap: (gap: SkmHeadlineGap) => formatSkmHeadlineGap(gap, language),
    }),
    [language],
  );
}

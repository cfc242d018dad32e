import { useLanguage, useSkmWords, useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import type { DeskIkm, DeskIkmGap } from './desk-ikm';

/**
 * A desk's IKM in the page's language: the category, the period from its kind/year/number, and —
 * when there is no headline IKM — why, in words ("Belum ada survei SKM" only when there is none).
 */
export function useDeskIkmWords() {
  const t = useT(MPP);
  const [language] = useLanguage();
  const skm = useSkmWords();
  return {
    category: (ikm: DeskIkm) => `${ikm.category.code} · ${language === 'en' ? ikm.category.labelEn : ikm.category.label}`,
    period: (ikm: DeskIkm) => skm.period(ikm),
    none: (gap: DeskIkmGap | null | undefined) => (gap && gap !== 'NO_ANSWERS' ? skm.headlineGap(gap) : t('profile.ikmLater')),
  };
}

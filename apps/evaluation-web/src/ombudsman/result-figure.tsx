import { useFormat, useLanguage, useT } from '@simpul/web-kit';
import { OMBUDSMAN } from './ombudsman-messages';

interface Figure {
  score: number | null;
  opinion: string | null;
  opinionLabel: { id: string; en: string } | null;
}

/** "69,63" for a score; "C · Kualitas Sedang" for an opinion; "–" when the method published neither. */
export function useFigureText() {
  const t = useT(OMBUDSMAN);
  const format = useFormat();
  const [language] = useLanguage();
  return {
    score: (figure: Pick<Figure, 'score'>) => (figure.score === null ? t('none') : format.number(figure.score, 2)),
    opinion: (figure: Pick<Figure, 'opinion' | 'opinionLabel'>) =>
      figure.opinion && figure.opinionLabel
        ? t('opinion.value', { code: figure.opinion, label: language === 'en' ? figure.opinionLabel.en : figure.opinionLabel.id })
        : t('none'),
  };
}

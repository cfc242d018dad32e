import type { LocalizedMessage } from '@simpul/contracts';
import type { IkmCategory } from './ikm-category';

/**
 * What the one-sentence account of an IKM says, as data: a caller that scores a stand-in set (the
 * SKM service scores a rollup as one pooled questionnaire) puts in its real respondent count and
 * composes the same sentence with `ikmSentence`.
 */
export interface IkmSummary {
  /** IKM on 25–100, two decimals half up. */
  value: number;
  /** The IKM as printed: 81,71 / 81.71. */
  valueText: LocalizedMessage;
  /** Interval value on 1–4 (unrounded). */
  interval: number;
  /** The exact interval value rounded half up to four decimals, as printed. */
  intervalText: LocalizedMessage;
  /** Interval value → IKM factor as printed in the formula ("25"). */
  factor: string;
  /** Mutu / grade of the rounded value. */
  category: IkmCategory;
  /** Questionnaires counted. */
  respondents: number;
}

/** "IKM 81,71 (mutu B, Baik) = nilai interval 3,2685 × 25 dari 4 kuesioner, dibulatkan …" in both languages. */
export function ikmSentence(summary: IkmSummary): LocalizedMessage {
  const { valueText, intervalText, factor, category, respondents } = summary;
  return {
    id: `IKM ${valueText.id} (mutu ${category.code}, ${category.label}) = nilai interval ${intervalText.id} × ${factor} dari ${respondents} kuesioner, dibulatkan setengah ke atas ke dua desimal.`,
    en: `IKM ${valueText.en} (grade ${category.code}, ${category.labelEn}) = interval value ${intervalText.en} × ${factor} from ${respondents} questionnaire${respondents === 1 ? '' : 's'}, rounded half up to two decimals.`,
  };
}

import { registerMessages } from '@simpul/web-kit';

/**
 * How the IPP was computed, in words of the language shown: the formulas and the names of their
 * inputs. The scoring library writes its steps with stable ids and input names (`aspect.a`,
 * `exact`, `index`); these are their labels, so no variable name or English-only formula reaches
 * the page (issue #20 §5).
 */
export const EXPLANATION = 'evaluation.explanation';

export const EXPLANATION_MESSAGES = {
  id: {
    'formula.ipp': 'IPP = Σ (bobot aspek × Σ (bobot indikator × nilai))',
    'formula.ippBlended': 'IPP = {evaluator} × Σ (bobot aspek × Σ (bobot indikator × nilai)) + {user} × rata-rata F-03',
    'formula.aspect': 'Σ (bobot indikator % × nilai indikator) / 100',
    'formula.evaluatorIndex': 'Σ (bobot aspek % × skor aspek) / 100',
    'formula.userIndex': 'Σ jawaban / jumlah jawaban',
    'formula.blend': '{evaluator} × indeks F-02 + {user} × indeks F-03',
    'formula.rounding': 'dibulatkan setengah ke atas ke dua desimal',
    'formula.category': '{min} ≤ IPP ≤ {max}',
    'input.aspect': 'aspek {code}',
    'input.indicator': 'indikator {code}',
    'input.evaluatorIndex': 'indeks F-02',
    'input.userIndex': 'indeks F-03',
    'input.sum': 'jumlah nilai jawaban',
    'input.answers': 'jumlah jawaban',
    'input.respondents': 'responden',
    'input.mean': 'rata-rata butir {code}',
    'input.exact': 'nilai sebelum pembulatan',
    'input.index': 'IPP',
    'input.pair': '{name} = {value}',
    'input.weighted': '{name} = {value} × {weight}',
  },
  en: {
    'formula.ipp': 'IPP = Σ (aspect weight × Σ (indicator weight × level))',
    'formula.ippBlended': 'IPP = {evaluator} × Σ (aspect weight × Σ (indicator weight × level)) + {user} × F-03 mean',
    'formula.aspect': 'Σ (indicator weight % × indicator level) / 100',
    'formula.evaluatorIndex': 'Σ (aspect weight % × aspect score) / 100',
    'formula.userIndex': 'Σ answers / number of answers',
    'formula.blend': '{evaluator} × F-02 index + {user} × F-03 index',
    'formula.rounding': 'rounded half up to two decimals',
    'formula.category': '{min} ≤ IPP ≤ {max}',
    'input.aspect': 'aspect {code}',
    'input.indicator': 'indicator {code}',
    'input.evaluatorIndex': 'F-02 index',
    'input.userIndex': 'F-03 index',
    'input.sum': 'sum of answers',
    'input.answers': 'number of answers',
    'input.respondents': 'respondents',
    'input.mean': 'mean of item {code}',
    'input.exact': 'value before rounding',
    'input.index': 'IPP',
    'input.pair': '{name} = {value}',
    'input.weighted': '{name} = {value} × {weight}',
  },
};

registerMessages(EXPLANATION, EXPLANATION_MESSAGES);

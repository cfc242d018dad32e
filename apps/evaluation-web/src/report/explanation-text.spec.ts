import { computeIpp, getInstrument } from '@simpul/scoring';
import { formatNumber, translate, type Language } from '@simpul/web-kit';
import { indicatorsOf } from '../shared/instrument';
import { EXPLANATION } from './explanation-messages';
import { overallFormula, stepFormula, stepInputs } from './explanation-text';

// The rapor's "how the IPP was computed" in the language shown: formulas and input names from the
// catalogue, numbers as that language writes them — never `aspect.a`, `exact =`, or "4.01 ≤ IPP".
// The steps are the scoring library's own, for real answers.

const instrument = getInstrument('pekppp-2024-a');
const items = instrument.userSurvey.items.length;
const result = computeIpp(instrument, {
  f02: Object.fromEntries(indicatorsOf(instrument).map((indicator, i) => [indicator.code, i % 2 ? 4 : 5])),
  f03: [Array.from({ length: items }, () => 4), Array.from({ length: items }, () => 3)],
});
const steps = result.explanation.steps;

function reading(language: Language) {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, EXPLANATION, key, params);
  const number = (value: number, digits?: number) => formatNumber(value, language, digits);
  return {
    overall: overallFormula(steps, t, number),
    rows: steps.map((step) => ({ id: step.id, formula: stepFormula(step, t, number), inputs: stepInputs(step, t, number) })),
  };
}

describe('the IPP computation as the rapor writes it', () => {
  it('in Bahasa Indonesia: decimal commas, aspects and inputs by name, the band as numbers', () => {
    const { overall, rows } = reading('id');
    const text = [overall, ...rows.flatMap((row) => [row.formula, row.inputs])].join('\n');
    expect(text).not.toMatch(/aspect\.|exact|index =|\d\.\d/);
    expect(rows.find((row) => row.id === 'evaluatorIndex')?.inputs).toMatch(/^aspek A = \d,\d\d × \d+; aspek B = /);
    expect(rows.find((row) => row.id === 'category')?.formula).toMatch(/^\d,\d\d ≤ IPP ≤ \d,\d\d$/);
    expect(rows.find((row) => row.id === 'rounding')?.inputs).toMatch(/^nilai sebelum pembulatan = \d,\d\d$/);
    expect(rows.find((row) => row.id === 'rounding')?.formula).toBe('dibulatkan setengah ke atas ke dua desimal');
  });

  it('in English: English formulas and names, decimal points', () => {
    const { overall, rows } = reading('en');
    const text = [overall, ...rows.flatMap((row) => [row.formula, row.inputs])].join('\n');
    expect(text).not.toMatch(/aspect\.[a-z]|exact =|bobot|nilai|jawaban|\d,\d/);
    expect(overall).toMatch(/^IPP = /);
    expect(rows.find((row) => row.id === 'evaluatorIndex')?.inputs).toMatch(/^aspect A = \d\.\d\d × \d+; aspect B = /);
    expect(rows.find((row) => row.id === 'category')?.formula).toMatch(/^\d\.\d\d ≤ IPP ≤ \d\.\d\d$/);
  });
});

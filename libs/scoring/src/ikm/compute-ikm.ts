import { Fraction } from '../decimal/fraction';
import { roundFractionScaled } from '../decimal/round-half-up';
import { ScoringInputError } from '../errors/scoring-input-error';
import type { Explanation, ExplanationStep } from '../explanation/explanation';
import { decimalText } from '../explanation/format';
import skmElements from './data/skm-elements-2017.json';
import { ikmCategory, type IkmCategory } from './ikm-category';
import { ikmSentence, type IkmSummary } from './ikm-sentence';

/** An SKM element: code, name and its weight in the interval value (exact text "1/9" or a number); weights sum to 1. */
export interface SkmElement {
  code: string;
  name?: string;
  weight: string | number;
}

export interface IkmOptions {
  /** Custom elements (PermenPANRB 14/2017 lets a unit add elements or change weights); default U1–U9 at 1/9 each. */
  elements?: SkmElement[];
}

export interface IkmResult {
  /** NRR per element: sum of its answers / number of rows that answered it (unrounded). */
  nrr: number[];
  /** Σ NRR × weight, on 1–4 (unrounded). */
  interval: number;
  /** IKM = interval × 25, on 25–100, two decimals half up. */
  value: number;
  category: IkmCategory;
  /** Number of questionnaires (rows). */
  respondents: number;
  elements: Array<{ code: string; name: string; weight: number; nrr: number; answered: number }>;
  exact: { interval: string; value: string };
  /** The data of the one-sentence explanation (`ikmSentence(summary)` is `explanation.text`). */
  summary: IkmSummary;
  explanation: Explanation;
}

export const SKM_ELEMENTS: readonly SkmElement[] = skmElements.elements;
const SCALE_MIN = skmElements.scale.min;
const SCALE_MAX = skmElements.scale.max;
const TO_IKM = Fraction.parse(skmElements.intervalToIkm);

/**
 * IKM per PermenPANRB 14/2017 (docs/domain.md §5), exact until the final half-up rounding: no
 * element's NRR or weight (1/9, not 0.111) is rounded on the way, the error published worked
 * examples make.
 */
export function computeIkm(responses: ReadonlyArray<ReadonlyArray<number | null>>, options: IkmOptions = {}): IkmResult {
  const elements = options.elements ?? SKM_ELEMENTS;
  const weights = readWeights(elements);
  if (!Array.isArray(responses) || responses.length === 0) {
    throw new ScoringInputError('responses', { id: 'Belum ada kuesioner SKM.', en: 'There are no SKM questionnaires.' });
  }
  const sums = new Array<number>(elements.length).fill(0);
  const counts = new Array<number>(elements.length).fill(0);
  responses.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== elements.length) {
      throw new ScoringInputError(`responses[${r}]`, {
        id: `Kuesioner ke-${r + 1} harus berisi ${elements.length} jawaban.`,
        en: `Questionnaire ${r + 1} must hold ${elements.length} answers.`,
      });
    }
    row.forEach((answer, j) => {
      if (answer === null) return;
      if (!Number.isInteger(answer) || answer < SCALE_MIN || answer > SCALE_MAX) {
        throw new ScoringInputError(`responses[${r}].${elements[j].code}`, {
          id: `Jawaban kuesioner ke-${r + 1} unsur ${elements[j].code} harus bilangan bulat ${SCALE_MIN}–${SCALE_MAX}, bukan ${String(answer)}.`,
          en: `Questionnaire ${r + 1} element ${elements[j].code} must be a whole number ${SCALE_MIN}–${SCALE_MAX}, not ${String(answer)}.`,
        });
      }
      sums[j] += answer;
      counts[j] += 1;
    });
  });
  const nrrExact = elements.map((element, j) => {
    if (counts[j] === 0) {
      throw new ScoringInputError(`responses.${element.code}`, {
        id: `Unsur ${element.code} tidak dijawab oleh satu responden pun.`,
        en: `No questionnaire answered element ${element.code}.`,
      });
    }
    return Fraction.of(sums[j], counts[j]);
  });
  const interval = nrrExact.reduce((total, nrr, j) => total.add(nrr.mul(weights[j])), Fraction.ZERO);
  const exactValue = interval.mul(TO_IKM);
  const value = Number(roundFractionScaled(exactValue)) / 100;
  const category = ikmCategory(value);

  const steps: ExplanationStep[] = elements.map((element, j) => ({
    id: `nrr.${element.code}`,
    label: {
      id: `NRR unsur ${element.code}${element.name ? ` (${element.name})` : ''}`,
      en: `NRR of element ${element.code}${element.name ? ` (${element.name})` : ''}`,
    },
    formula: 'jumlah nilai unsur / jumlah kuesioner yang menjawab',
    inputs: [
      { name: 'sum', value: sums[j] },
      { name: 'answered', value: counts[j] },
    ],
    value: nrrExact[j].toNumber(),
    exact: nrrExact[j].toString(),
  }));
  steps.push({
    id: 'interval',
    label: { id: 'Nilai interval IKM', en: 'IKM interval value' },
    formula: 'Σ (NRR × bobot unsur)',
    inputs: elements.map((element, j) => ({ name: element.code, value: nrrExact[j].toNumber(), weight: weights[j].toNumber() })),
    value: interval.toNumber(),
    exact: interval.toString(),
  });
  steps.push({
    id: 'value',
    label: { id: 'Nilai IKM (konversi 25–100, dibulatkan)', en: 'IKM value (converted to 25–100, rounded)' },
    formula: `nilai interval × ${skmElements.intervalToIkm}, dibulatkan setengah ke atas ke dua desimal`,
    inputs: [{ name: 'interval', value: interval.toNumber() }],
    value,
    exact: exactValue.toString(),
  });
  const summary: IkmSummary = {
    value,
    valueText: decimalText(value),
    interval: interval.toNumber(),
    intervalText: decimalText(interval, 4),
    factor: skmElements.intervalToIkm,
    category,
    respondents: responses.length,
  };
  return {
    nrr: nrrExact.map((nrr) => nrr.toNumber()),
    interval: interval.toNumber(),
    value,
    category,
    respondents: responses.length,
    elements: elements.map((element, j) => ({
      code: element.code,
      name: element.name ?? element.code,
      weight: weights[j].toNumber(),
      nrr: nrrExact[j].toNumber(),
      answered: counts[j],
    })),
    exact: { interval: interval.toString(), value: exactValue.toString() },
    summary,
    explanation: {
      formula: `IKM = Σ (NRR unsur × bobot unsur) × ${skmElements.intervalToIkm}`,
      steps,
      text: ikmSentence(summary),
    },
  };
}

function readWeights(elements: ReadonlyArray<SkmElement>): Fraction[] {
  // Callers in plain JS may pass a non-array; checked as `unknown`, because `Array.isArray` would
  // narrow the typed list to `any[]`.
  const list: unknown = elements;
  if (!Array.isArray(list) || elements.length === 0) {
    throw new ScoringInputError('options.elements', { id: 'Daftar unsur SKM kosong.', en: 'The list of SKM elements is empty.' });
  }
  const seen = new Set<string>();
  const weights = elements.map((element, j) => {
    if (seen.has(element.code)) {
      throw new ScoringInputError(`options.elements[${j}].code`, {
        id: `Kode unsur ${element.code} ganda.`,
        en: `Element code ${element.code} appears twice.`,
      });
    }
    seen.add(element.code);
    try {
      const weight = Fraction.from(element.weight);
      if (weight.num < 0n) throw new RangeError('negative');
      return weight;
    } catch {
      throw new ScoringInputError(`options.elements[${j}].weight`, {
        id: `Bobot unsur ${element.code} tidak sah.`,
        en: `The weight of element ${element.code} is not valid.`,
      });
    }
  });
  const total = weights.reduce((sum, weight) => sum.add(weight), Fraction.ZERO);
  if (!total.equals(Fraction.ONE)) {
    throw new ScoringInputError('options.elements', {
      id: `Jumlah bobot unsur harus tepat 1, bukan ${total.toNumber()}.`,
      en: `Element weights must sum to exactly 1, not ${total.toNumber()}.`,
    });
  }
  return weights;
}

import { matchHundredths } from '../bands/band';
import { Fraction } from '../decimal/fraction';
import { roundRatioToHundredths } from '../decimal/round-half-up';
import type { Explanation, ExplanationStep } from '../explanation/explanation';
import { decimalText } from '../explanation/format';
import { defineLazy } from '../explanation/lazy';
import type { Instrument } from '../instruments/instrument';
import { compileInstrument, exactIndex, indexHundredths, type CompiledInstrument } from './compile-instrument';
import type { IppCategory } from './ipp-category';
import { readAnswers, type IppAnswers, type ReadAnswers } from './ipp-answers';

export interface IndicatorResult {
  code: string;
  /** Weight inside the aspect, percent. */
  weight: number;
  score: number;
}

export interface AspectResult {
  code: string;
  name: string;
  /** Weight in the evaluator index, percent. */
  weight: number;
  /** Aspect score on 0–5, unrounded (Σ indicator weight × score / 100). */
  score: number;
  indicators: IndicatorResult[];
}

export interface IppResult {
  instrumentId: string;
  /** The IPP, two decimals, half up on the decimal value. */
  index: number;
  /** F-02 index, two decimals. */
  evaluatorIndex: number;
  /** F-03 index, two decimals, or null without F-03 answers. */
  userIndex: number | null;
  /** `EVALUATOR_ONLY` when no F-03 answers were given: then index = evaluator index. */
  basis: 'BLENDED' | 'EVALUATOR_ONLY';
  respondents: number;
  category: IppCategory;
  aspects: AspectResult[];
  /** Unrounded values as exact fractions ("40123/10000"). */
  exact: { index: string; evaluatorIndex: string; userIndex: string | null };
  explanation: Explanation;
}

const SCALE = { id: 'IPP', en: 'IPP' };

/**
 * IPP = blend.evaluator × F-02 index + blend.user × F-03 index (docs/domain.md §4.4), computed exactly
 * and rounded once, half up, to two decimals. Without F-03 answers IPP = F-02 index.
 */
export function computeIpp(instrument: Instrument, answers: IppAnswers): IppResult {
  const compiled = compileInstrument(instrument);
  const read = readAnswers(compiled, answers);
  return buildResult(compiled, read);
}

function buildResult(compiled: CompiledInstrument, read: ReadAnswers): IppResult {
  const { levels } = read;
  const blended = read.userCount > 0;
  const hundredths = indexHundredths(compiled, read.evaluatorSum, read.userSum, read.userCount);
  const { band } = matchHundredths(compiled.bands, hundredths, 'index', SCALE);
  const aspects: AspectResult[] = compiled.aspects.map((aspect) => {
    let sum = 0;
    const indicators: IndicatorResult[] = [];
    for (let i = aspect.start; i < aspect.end; i += 1) {
      sum += aspect.weights[i - aspect.start] * levels[i];
      indicators.push({ code: compiled.codes[i], weight: aspect.indicatorWeights[i - aspect.start], score: levels[i] });
    }
    return { code: aspect.code, name: aspect.name, weight: aspect.weight, score: sum / aspect.denominator, indicators };
  });
  const result = {
    instrumentId: compiled.instrument.id,
    index: hundredths / 100,
    evaluatorIndex: roundRatioToHundredths(read.evaluatorSum, compiled.denominator) / 100,
    userIndex: blended ? roundRatioToHundredths(read.userSum, read.userCount) / 100 : null,
    basis: blended ? ('BLENDED' as const) : ('EVALUATOR_ONLY' as const),
    respondents: read.respondents,
    category: { code: band.code, label: band.label, labelEn: band.labelEn },
    aspects,
  };
  // The exact fractions and the explanation cost BigInt arithmetic and text: built on first read.
  const withExact = defineLazy(result, 'exact', () => ({
    index: exactIndex(compiled, read.evaluatorSum, read.userSum, read.userCount).toString(),
    evaluatorIndex: Fraction.of(read.evaluatorSum, compiled.denominator).toString(),
    userIndex: blended ? Fraction.of(read.userSum, read.userCount).toString() : null,
  }));
  return defineLazy(withExact, 'explanation', () => explain(compiled, read, aspects, hundredths));
}

function explain(compiled: CompiledInstrument, read: ReadAnswers, aspects: AspectResult[], hundredths: number): Explanation {
  const blended = read.userCount > 0;
  const exact = exactIndex(compiled, read.evaluatorSum, read.userSum, read.userCount);
  const { band } = matchHundredths(compiled.bands, hundredths, 'index', SCALE);
  const evaluatorExact = Fraction.of(read.evaluatorSum, compiled.denominator);
  const userExact = blended ? Fraction.of(read.userSum, read.userCount) : null;
  const steps: ExplanationStep[] = compiled.aspects.map((aspect, a) => {
    let sum = 0;
    for (let i = aspect.start; i < aspect.end; i += 1) sum += aspect.weights[i - aspect.start] * read.levels[i];
    return {
      id: `aspect.${aspect.code}`,
      label: { id: `Skor aspek ${aspect.code} (${aspect.name})`, en: `Aspect ${aspect.code} score (${aspect.name})` },
      formula: 'Σ (bobot indikator % × nilai indikator) / 100',
      inputs: aspects[a].indicators.map((indicator) => ({ name: indicator.code, value: indicator.score, weight: indicator.weight })),
      value: aspects[a].score,
      exact: Fraction.of(sum, aspect.denominator).toString(),
    };
  });
  steps.push({
    id: 'evaluatorIndex',
    label: { id: 'Indeks F-02 (evaluator)', en: 'F-02 index (evaluator)' },
    formula: 'Σ (bobot aspek % × skor aspek) / 100',
    inputs: aspects.map((aspect) => ({ name: `aspect.${aspect.code}`, value: aspect.score, weight: aspect.weight })),
    value: evaluatorExact.toNumber(),
    exact: evaluatorExact.toString(),
  });
  if (userExact) {
    steps.push({
      id: 'userIndex',
      label: { id: 'Indeks F-03 (pengguna layanan)', en: 'F-03 index (service users)' },
      formula: 'Σ jawaban / jumlah jawaban',
      inputs: [
        { name: 'sum', value: read.userSum },
        { name: 'answers', value: read.userCount },
        { name: 'respondents', value: read.respondents },
        ...compiled.itemCodes.map((code, j) => ({
          name: `mean.${code}`,
          value: read.itemCounts[j] ? read.itemSums[j] / read.itemCounts[j] : 0,
        })),
      ],
      value: userExact.toNumber(),
      exact: userExact.toString(),
    });
    steps.push({
      id: 'blend',
      label: { id: 'Gabungan F-02 dan F-03', en: 'Blend of F-02 and F-03' },
      formula: `${compiled.instrument.blend.evaluator} × indeks F-02 + ${compiled.instrument.blend.user} × indeks F-03`,
      inputs: [
        { name: 'evaluatorIndex', value: evaluatorExact.toNumber(), weight: compiled.blendEvaluator.toNumber() },
        { name: 'userIndex', value: userExact.toNumber(), weight: compiled.blendUser.toNumber() },
      ],
      value: exact.toNumber(),
      exact: exact.toString(),
    });
  }
  const index = hundredths / 100;
  steps.push({
    id: 'rounding',
    label: { id: 'Pembulatan dua desimal (setengah ke atas)', en: 'Rounding to two decimals (half up)' },
    formula: 'bulatkan setengah ke atas pada nilai desimal',
    inputs: [{ name: 'exact', value: exact.toNumber() }],
    value: index,
    exact: exact.toString(),
  });
  steps.push({
    id: 'category',
    label: { id: `Kategori ${band.code} (${band.label})`, en: `Category ${band.code} (${band.labelEn})` },
    formula: `${band.min} ≤ IPP ≤ ${band.max}`,
    inputs: [{ name: 'index', value: index }],
    value: index,
  });

  const ipp = decimalText(index);
  const ev = decimalText(evaluatorExact, 4);
  const { evaluator, user } = compiled.instrument.blend;
  let text: Explanation['text'];
  if (userExact) {
    const us = decimalText(userExact, 4);
    text = {
      id: `IPP ${ipp.id} (${band.code}, ${band.label}) = ${evaluator.replace('.', ',')} × indeks F-02 ${ev.id} + ${user.replace('.', ',')} × indeks F-03 ${us.id} (${read.respondents} responden), dibulatkan setengah ke atas ke dua desimal.`,
      en: `IPP ${ipp.en} (${band.code}, ${band.labelEn}) = ${evaluator} × F-02 index ${ev.en} + ${user} × F-03 index ${us.en} (${read.respondents} respondents), rounded half up to two decimals.`,
    };
  } else {
    text = {
      id: `IPP ${ipp.id} (${band.code}, ${band.label}) = indeks F-02 ${ev.id}, dibulatkan setengah ke atas ke dua desimal; tanpa jawaban F-03 indeks hanya memakai penilaian evaluator.`,
      en: `IPP ${ipp.en} (${band.code}, ${band.labelEn}) = F-02 index ${ev.en}, rounded half up to two decimals; without F-03 answers the index is the evaluator index alone.`,
    };
  }
  return {
    formula: blended
      ? `IPP = ${evaluator} × Σ(bobot aspek × Σ(bobot indikator × nilai)) + ${user} × rata-rata F-03`
      : 'IPP = Σ(bobot aspek × Σ(bobot indikator × nilai))',
    steps,
    text,
  };
}

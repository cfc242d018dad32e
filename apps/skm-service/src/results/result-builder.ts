import { ikmSentence, sampleAdequacy } from '@simpul/scoring';
import { periodLabel } from '../surveys/survey-period';
import type { SurveyRow } from '../surveys/survey.row';
import { RESPONDENT_ROW } from './rollup-cells';
import { ikmFromRollup, type RollupTotals } from './ikm-from-rollup';
import type { SkmExclusions, SkmIkm, SkmResult, SkmSample } from './result.model';

/** Rollup cells of one survey bucket as read from skm.survey_rollup. */
export interface RollupCell {
  elementIndex: number;
  value: number;
  answers: number;
}

export function totalsOf(elementCount: number, cells: readonly RollupCell[]): RollupTotals {
  const histograms: [number, number, number, number][] = Array.from({ length: elementCount }, () => [0, 0, 0, 0]);
  let respondents = 0;
  for (const cell of cells) {
    if (cell.elementIndex === RESPONDENT_ROW) respondents += cell.answers;
    else if (cell.elementIndex < elementCount && cell.value >= 1 && cell.value <= 4)
      histograms[cell.elementIndex][cell.value - 1] += cell.answers;
  }
  return { respondents, histograms };
}

/** IKM (computeIkm via the rollup), its inputs and the one-sentence explanation with the real respondent count. */
export function ikmOf(survey: Pick<SurveyRow, 'elements'>, totals: RollupTotals): { ikm: SkmIkm | null; elements: SkmResult['elements'] } {
  const computed = ikmFromRollup(survey.elements, totals);
  if (!computed) return { ikm: null, elements: [] };
  const { result } = computed;
  const n = totals.respondents;
  return {
    ikm: {
      value: result.value,
      interval: result.interval,
      category: { code: result.category.code, label: result.category.label, labelEn: result.category.labelEn },
      respondents: n,
      exactInterval: result.exact.interval,
      exactValue: result.exact.value,
      formula: result.explanation.formula,
      // computeIkm scored one pooled questionnaire; the sentence names the questionnaires it stands for.
      explanation: ikmSentence({ ...result.summary, respondents: n }),
    },
    elements: computed.elements.map((element) => ({ ...element, weak: element.categoryCode === 'C' || element.categoryCode === 'D' })),
  };
}

export function sampleOf(expectedUsers: number | null, respondents: number): SkmSample {
  if (expectedUsers === null) return { expectedUsers, required: null, respondents, adequate: null, shortBy: null, percent: null };
  const adequacy = sampleAdequacy(expectedUsers, respondents);
  const percent = adequacy.required === 0 ? 100 : Math.min(100, Math.round((respondents / adequacy.required) * 1000) / 10);
  return { expectedUsers, required: adequacy.required, respondents, adequate: adequacy.adequate, shortBy: adequacy.shortBy, percent };
}

export function resultOf(survey: SurveyRow, cells: readonly RollupCell[], exclusions: SkmExclusions): SkmResult {
  const totals = totalsOf(survey.elements.length, cells);
  const { ikm, elements } = ikmOf(survey, totals);
  return {
    surveyId: survey.id,
    serviceUnitId: survey.serviceUnitId,
    mallId: survey.mallId,
    deskId: survey.deskId,
    periodKind: survey.periodKind,
    year: survey.periodYear,
    number: survey.periodNumber,
    periodLabel: periodLabel(survey.periodKind, survey.periodYear, survey.periodNumber),
    ikm,
    elements,
    sample: sampleOf(survey.expectedUsers, totals.respondents),
    exclusions,
  };
}

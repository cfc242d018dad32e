import { IPP_CATEGORY_TABLE } from '@simpul/scoring';

type Translate = (key: string, params?: Record<string, string | number>) => string;
type FormatNumber = (value: number, digits?: number) => string;

export interface StepLike {
  id: string;
  formula: string;
  value: number;
  inputs: readonly { name: string; value: number; weight?: number | null }[];
}

/** The blend's two weights ("0,8" and "0,2" in Indonesian) from its step, or null when F-03 had no answers. */
function blendWeights(steps: readonly StepLike[], number: FormatNumber): { evaluator: string; user: string } | null {
  const blend = steps.find((step) => step.id === 'blend');
  const evaluator = blend?.inputs.find((input) => input.name === 'evaluatorIndex')?.weight;
  const user = blend?.inputs.find((input) => input.name === 'userIndex')?.weight;
  return evaluator == null || user == null ? null : { evaluator: number(evaluator), user: number(user) };
}

/** The whole formula in the language shown, with the blend's weights written as that language writes numbers. */
export function overallFormula(steps: readonly StepLike[], t: Translate, number: FormatNumber): string {
  const weights = blendWeights(steps, number);
  return weights ? t('formula.ippBlended', weights) : t('formula.ipp');
}

/** One step's formula in the language shown; a step this build does not know keeps the library's own text. */
export function stepFormula(step: StepLike, t: Translate, number: FormatNumber): string {
  if (step.id.startsWith('aspect.')) return t('formula.aspect');
  switch (step.id) {
    case 'evaluatorIndex':
    case 'userIndex':
    case 'rounding':
      return t(`formula.${step.id}`);
    case 'blend': {
      const weights = blendWeights([step], number);
      return weights ? t('formula.blend', weights) : step.formula;
    }
    case 'category': {
      // The step's value is the IPP already rounded to two decimals, so the band is found by comparing:
      // the rapor needs no scoring arithmetic for it (issue #17).
      const band = IPP_CATEGORY_TABLE.bands.find((entry) => step.value >= Number(entry.min) && step.value <= Number(entry.max));
      return band ? t('formula.category', { min: number(Number(band.min), 2), max: number(Number(band.max), 2) }) : step.formula;
    }
    default:
      return step.formula;
  }
}

/** An input's name as a person reads it: "aspek A", "nilai sebelum pembulatan", "indikator 1.a.Ak". */
export function inputName(name: string, stepId: string, t: Translate): string {
  if (name.startsWith('aspect.')) return t('input.aspect', { code: name.slice('aspect.'.length).toUpperCase() });
  if (name.startsWith('mean.')) return t('input.mean', { code: name.slice('mean.'.length) });
  if (['evaluatorIndex', 'userIndex', 'sum', 'answers', 'respondents', 'exact', 'index'].includes(name)) return t(`input.${name}`);
  // An aspect's inputs are its indicators, named by their code in the instrument.
  return stepId.startsWith('aspect.') ? t('input.indicator', { code: name }) : name;
}

/** A step's inputs in one line: "aspek A = 3,83 × 24; aspek B = …". */
export function stepInputs(step: StepLike, t: Translate, number: FormatNumber): string {
  return step.inputs
    .map((input) => {
      const name = inputName(input.name, step.id, t);
      const value = number(input.value, 2);
      return input.weight == null ? t('input.pair', { name, value }) : t('input.weighted', { name, value, weight: number(input.weight) });
    })
    .join('; ');
}

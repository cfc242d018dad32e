import type { LocalizedMessage } from '@simpul/contracts';

/** One named input of a step: an answer, a weight, or an earlier step's value. */
export interface ExplanationInput {
  name: string;
  value: number;
  /** The weight applied to this input, when the step is a weighted sum (percent or fraction as printed in the formula). */
  weight?: number;
}

/** One intermediate value and how it was obtained. */
export interface ExplanationStep {
  /** Stable key: `aspect.a`, `evaluatorIndex`, `userIndex`, `blend`, `rounding`, `category`. */
  id: string;
  label: LocalizedMessage;
  /** The formula of this step in plain notation. */
  formula: string;
  inputs: ExplanationInput[];
  value: number;
  /** The exact value as a fraction ("40123/10000"), before any rounding. */
  exact?: string;
}

/** Machine-readable (formula + steps) and human-readable (text) account of a result. */
export interface Explanation {
  formula: string;
  steps: ExplanationStep[];
  text: LocalizedMessage;
}

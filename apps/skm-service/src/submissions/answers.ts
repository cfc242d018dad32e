import type { StoredElement } from '../surveys/survey-elements';

export interface AnswerProblem {
  /** Relative field, e.g. `answers.U4`. */
  field: string;
  en: string;
  id: string;
}

/**
 * Answers in the survey's element order (null = skipped), or the first problem: an unknown or
 * repeated element, a value outside 1–4, or a required element left out.
 */
export function readAnswers(
  elements: readonly StoredElement[],
  given: ReadonlyArray<{ element: string; value: unknown }>,
): { answers: (number | null)[] } | { problem: AnswerProblem } {
  const answers: (number | null)[] = elements.map(() => null);
  for (const pair of given) {
    const code = String(pair.element ?? '')
      .trim()
      .toUpperCase();
    const index = elements.findIndex((element) => element.code === code);
    if (index < 0)
      return {
        problem: {
          field: `answers.${code || '?'}`,
          en: `The survey has no element ${code || '(empty)'}.`,
          id: `Survei tidak memiliki unsur ${code || '(kosong)'}.`,
        },
      };
    if (answers[index] !== null)
      return { problem: { field: `answers.${code}`, en: `Element ${code} is answered twice.`, id: `Unsur ${code} dijawab dua kali.` } };
    const value = pair.value;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4) {
      return {
        problem: {
          field: `answers.${code}`,
          en: `Element ${code} takes a whole number from 1 to 4.`,
          id: `Unsur ${code} diisi bilangan bulat 1 sampai 4.`,
        },
      };
    }
    answers[index] = value;
  }
  const missing = elements.find((element, index) => element.required && answers[index] === null);
  if (missing)
    return {
      problem: {
        field: `answers.${missing.code}`,
        en: `Element ${missing.code} (${missing.name}) must be answered.`,
        id: `Unsur ${missing.code} (${missing.name}) wajib dijawab.`,
      },
    };
  return { answers };
}

import { computeIkm, isScoringInputError, SKM_ELEMENTS } from '@simpul/scoring';
import { badUserInput } from '@simpul/service-kit';

/** An element as stored in a survey: weight kept as exact text ("1/9"), so results never drift. */
export interface StoredElement {
  code: string;
  name: string;
  weight: string;
  required: boolean;
}

export interface ElementInputLike {
  code: string;
  name: string;
  weight: string;
  required?: boolean | null;
}

/** PermenPANRB 14/2017's nine elements at 1/9 each, all required. */
export function defaultElements(): StoredElement[] {
  return SKM_ELEMENTS.map((element) => ({
    code: element.code,
    name: element.name ?? element.code,
    weight: String(element.weight),
    required: true,
  }));
}

const CODE = /^[A-Z][A-Z0-9]{0,9}$/;

/**
 * Custom elements: codes short and unique, names given, weights exact text summing to exactly 1.
 * The weight check is computeIkm's own (one sample questionnaire), so the service and the scoring
 * library can never disagree on what a valid instrument is.
 */
export function validateElements(input: readonly ElementInputLike[] | null | undefined): StoredElement[] {
  if (!input) return defaultElements();
  if (input.length === 0 || input.length > 30)
    throw badUserInput('elements', 'A survey has 1 to 30 elements.', 'Survei memiliki 1 sampai 30 unsur.');
  const elements = input.map((element, i) => {
    const code = element.code.trim().toUpperCase();
    if (!CODE.test(code))
      throw badUserInput(
        `elements[${i}].code`,
        'An element code is a letter then up to 9 letters or digits (U10).',
        'Kode unsur berupa huruf lalu paling banyak 9 huruf/angka (U10).',
      );
    const name = element.name.trim();
    if (!name) throw badUserInput(`elements[${i}].name`, 'Every element needs a name.', 'Setiap unsur harus memiliki nama.');
    return { code, name, weight: element.weight.trim(), required: element.required ?? true };
  });
  try {
    computeIkm([elements.map(() => 4)], { elements });
  } catch (error) {
    if (isScoringInputError(error)) throw badUserInput(error.field.replace(/^options\./, ''), error.messages.en, error.messages.id);
    throw error;
  }
  return elements;
}

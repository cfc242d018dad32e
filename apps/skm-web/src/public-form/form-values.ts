import type { ClientError, Translate } from '@simpul/web-kit';
import type { SkmAgeBand, SkmAnswerInput, SkmEducation, SkmOccupation, SkmSex, SkmSubmissionInput } from '../__generated__/operations';

// The choices in the order the form shows them; each list is checked against the contract's enum.
export const AGE_BANDS = [
  'UNDER_20',
  'AGE_20_29',
  'AGE_30_39',
  'AGE_40_49',
  'AGE_50_59',
  'AGE_60_PLUS',
] as const satisfies readonly SkmAgeBand[];
export const SEXES = ['MALE', 'FEMALE'] as const satisfies readonly SkmSex[];
export const EDUCATIONS = ['SD', 'SMP', 'SMA', 'DIPLOMA', 'S1_D4', 'S2_S3'] as const satisfies readonly SkmEducation[];
export const OCCUPATIONS = [
  'CIVIL_SERVANT',
  'PRIVATE_EMPLOYEE',
  'ENTREPRENEUR',
  'STUDENT',
  'OTHER',
] as const satisfies readonly SkmOccupation[];
/** The four answers of every element, 1 (not satisfied) … 4 (very satisfied). */
export const SCALE = [1, 2, 3, 4] as const;

export type AgeBand = (typeof AGE_BANDS)[number];
export type Sex = (typeof SEXES)[number];
export type Education = (typeof EDUCATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

export type SkmAnswer = SkmAnswerInput;

/** The respondent profile: no name, no NIK (UU 27/2022), every question optional. */
export type SkmProfile = Pick<SkmSubmissionInput, 'ageBand' | 'sex' | 'education' | 'occupation' | 'serviceId'>;

export interface FormElement {
  code: string;
  name: string;
  required: boolean;
}

export interface SkmFormValues {
  answers: Record<string, number | null>;
  ageBand: AgeBand | '';
  sex: Sex | '';
  education: Education | '';
  occupation: Occupation | '';
}

export function emptyValues(elements: readonly FormElement[]): SkmFormValues {
  return {
    answers: Object.fromEntries(elements.map((element) => [element.code, null])),
    ageBand: '',
    sex: '',
    education: '',
    occupation: '',
  };
}

/** The input id of an element's radio group (the error summary links to it). */
export const elementFieldId = (code: string) => `skm-answer-${code}`;
export const profileFieldId = (field: string) => `skm-${field}`;

/** Every required element answered before anything is sent; messages name the element in plain words. */
export function validateAnswers(
  values: SkmFormValues,
  elements: readonly FormElement[],
  t: Translate,
  nameOf: (code: string, name: string) => string = (_, name) => name,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const element of elements) {
    if (element.required && values.answers[element.code] == null)
      errors[`answers.${element.code}`] = t('form.answerRequired', { name: nameOf(element.code, element.name) });
  }
  return errors;
}

export function toSubmission(values: SkmFormValues): { answers: SkmAnswer[] } & SkmProfile {
  return {
    answers: Object.entries(values.answers).flatMap(([element, value]) => (value == null ? [] : [{ element, value }])),
    ageBand: values.ageBand || null,
    sex: values.sex || null,
    education: values.education || null,
    occupation: values.occupation || null,
  };
}

/** Server errors name `submissions[0].answers.U4`; the form knows that field as `answers.U4`. */
export function submissionField(error: Pick<ClientError, 'field'>): string | null {
  if (!error.field) return null;
  return error.field.replace(/^submissions\[\d+\]\./, '');
}

export function fieldIdFor(field: string): string {
  return field.startsWith('answers.') ? elementFieldId(field.slice('answers.'.length)) : profileFieldId(field);
}

/** Known form fields for mapping server errors (`answers.U1` … plus the profile). */
export function formFields(elements: readonly FormElement[]): string[] {
  return [...elements.map((element) => `answers.${element.code}`), 'ageBand', 'sex', 'education', 'occupation', 'serviceId'];
}

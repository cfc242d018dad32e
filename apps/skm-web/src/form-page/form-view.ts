import {
  AGE_BANDS,
  EDUCATIONS,
  elementFieldId,
  OCCUPATIONS,
  profileFieldId,
  SCALE,
  SEXES,
  type FormElement,
  type SkmFormValues,
} from '../public-form/form-values';
import { h } from '@simpul/web-kit';
import type { Words } from './page-words';

/** The nine default elements have a plain question; custom elements ask about their name. */
const DEFAULT_ELEMENT_CODES = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);

/** A message worded in the page's language when shown, so switching language re-words errors too. */
export type Wording = (words: Words) => string;

export interface ShownErrors {
  /** By form field (`answers.U4`, `ageBand`). */
  fields: Partial<Record<string, Wording>>;
  summary: { fieldId?: string; message: Wording }[];
}

export interface FormState {
  values: SkmFormValues;
  serviceId: string;
  errors: ShownErrors;
  busy: boolean;
  /** Made when the form is filled in, sent with every resend of it. */
  submissionId: string;
}

/** What the form tells the page: an answer changed, or the respondent asked to send. */
export interface FormEvents {
  change(update: (state: FormState) => void): void;
  submit(): void;
}

/** The GOV.UK error summary: focused when shown, one link per problem that moves focus to the field. */
function errorSummary(errors: ShownErrors, words: Words): HTMLElement | null {
  if (errors.summary.length === 0) return null;
  return h(
    'div',
    { class: 'skm-summary', role: 'alert', tabindex: -1, 'aria-labelledby': 'skm-summary-title' },
    h('h2', { id: 'skm-summary-title' }, words.t('page.errorSummary')),
    h(
      'ul',
      {},
      errors.summary.map(({ fieldId, message }) =>
        h(
          'li',
          {},
          fieldId
            ? h(
                'a',
                {
                  href: `#${fieldId}`,
                  onclick: (event) => {
                    event.preventDefault();
                    const field = document.getElementById(fieldId);
                    field?.scrollIntoView?.({ block: 'center' });
                    field?.focus();
                  },
                },
                message(words),
              )
            : message(words),
        ),
      ),
    ),
  );
}

/** One element as a native radio group: the legend is the question, each answer a large labelled target (≥ 48 px). */
function question(element: FormElement, index: number, state: FormState, words: Words, events: FormEvents): HTMLElement {
  const error = state.errors.fields[`answers.${element.code}`];
  const errorId = `${elementFieldId(element.code)}-error`;
  const name = words.element(element.code, element.name);
  const text = DEFAULT_ELEMENT_CODES.has(element.code)
    ? words.t(`question.${element.code}`)
    : words.t('question.custom', { name: element.name });
  return h(
    'fieldset',
    { class: error ? 'skm-question skm-invalid' : 'skm-question', 'aria-describedby': error ? errorId : undefined },
    h('legend', {}, `${index + 1}. ${text}`),
    h(
      'p',
      { class: 'skm-element' },
      `${element.code} · `,
      name.indonesian ? h('span', { lang: 'id' }, name.text) : name.text,
      element.required ? '' : ` · ${words.t('form.optional')}`,
    ),
    error && h('p', { id: errorId, class: 'skm-error' }, error(words)),
    h(
      'div',
      { class: 'skm-scale' },
      SCALE.map((option, i) => {
        const id = i === 0 ? elementFieldId(element.code) : `${elementFieldId(element.code)}-${option}`;
        return h(
          'label',
          { for: id },
          h('input', {
            id,
            type: 'radio',
            name: `answer-${element.code}`,
            value: String(option),
            checked: state.values.answers[element.code] === option,
            'aria-invalid': error ? 'true' : undefined,
            onchange: () => events.change((s) => (s.values.answers[element.code] = option)),
          }),
          h('span', {}, h('strong', {}, String(option)), ` ${words.t(`scale.${option}`)}`),
        );
      }),
    ),
  );
}

function select(
  field: string,
  label: string,
  options: { value: string; label: string }[],
  value: string,
  error: Wording | undefined,
  words: Words,
  onChange: (value: string) => void,
): HTMLElement {
  const id = profileFieldId(field);
  const errorId = `${id}-error`;
  return h(
    'div',
    { class: 'skm-select' },
    h('label', { for: id }, label),
    error && h('p', { id: errorId, class: 'skm-error' }, error(words)),
    h(
      'select',
      {
        id,
        value,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': error ? errorId : undefined,
        onchange: (event) => onChange((event.currentTarget as HTMLSelectElement).value),
      },
      [{ value: '', label: words.t('form.noAnswer') }, ...options].map((option) => h('option', { value: option.value }, option.label)),
    ),
  );
}

/** The questionnaire: the survey's elements 1–4, then the optional profile; no name or NIK. */
export function formView(
  elements: readonly FormElement[],
  services: readonly { id: string; name: string }[],
  state: FormState,
  words: Words,
  events: FormEvents,
): HTMLFormElement {
  const choices = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: words.t(`${prefix}.${value}`) }));
  const profile = (field: 'ageBand' | 'sex' | 'education' | 'occupation', values: readonly string[]) =>
    select(field, words.t(`profile.${field}`), choices(field, values), state.values[field], state.errors.fields[field], words, (value) =>
      events.change((s) => Object.assign(s.values, { [field]: value })),
    );
  return h(
    'form',
    {
      novalidate: true,
      'aria-describedby': 'skm-form-privacy',
      onsubmit: (event) => {
        event.preventDefault();
        events.submit();
      },
    },
    errorSummary(state.errors, words),
    h('p', { id: 'skm-form-privacy' }, words.t('form.privacy')),
    elements.map((element, index) => question(element, index, state, words, events)),
    h('h2', { class: 'skm-profile-title' }, words.t('form.profileTitle')),
    h('p', { class: 'skm-hint' }, words.t('form.profileHint')),
    profile('ageBand', AGE_BANDS),
    profile('sex', SEXES),
    profile('education', EDUCATIONS),
    profile('occupation', OCCUPATIONS),
    services.length > 0 &&
      select(
        'serviceId',
        words.t('profile.service'),
        services.map((service) => ({ value: service.id, label: service.name })),
        state.serviceId,
        state.errors.fields['serviceId'],
        words,
        (value) => events.change((s) => (s.serviceId = value)),
      ),
    h(
      'button',
      { type: 'submit', class: 'skm-submit', disabled: state.busy, 'aria-busy': state.busy ? 'true' : undefined },
      words.t('form.submit'),
    ),
  );
}

import { h, SESSION_HINT_KEY, storedLanguage, storeLanguage, type Language } from '@simpul/web-kit';
import { emptyValues, fieldIdFor, formFields, submissionField, toSubmission, validateAnswers } from '../public-form/form-values';
import type { PublicSurvey } from '../public-form/public.operations';
import { unavailableReason } from '../public-form/unavailable-reason';
import { newSubmissionId } from '../public-form/submission-id';
import { formView, type FormState, type ShownErrors, type Wording } from './form-view';
import { wordsFor, type Words } from './page-words';
import { loadServices, loadSurvey, sendAnswers, type PageError } from './public-api';

/** Where the page was opened: a QR code (/skm/s/<code>) or a one-time link (/skm/t/<token>). */
export function surveyFromPath(pathname: string): { code: string | null; token: string | null } | null {
  const match = /^\/skm\/(s|t)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const value = decodeURIComponent(match[2]);
  return match[1] === 's' ? { code: value, token: null } : { code: null, token: value };
}

/**
 * Where to send someone signed in on this device (the portal's hint that a session cookie is there):
 * the portal's own form, whose answers carry the person and are flagged as entered by staff, as
 * before this page existed. Null for everyone else, and when storage cannot be read.
 */
export function portalFormUrl(pathname: string, storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(SESSION_HINT_KEY) ? `${pathname}?portal` : null;
  } catch {
    return null;
  }
}

type View =
  | { kind: 'loading' }
  | { kind: 'failed'; errors: PageError[] }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'form' }
  | { kind: 'thanks' };

export interface PageOptions {
  /** The page's <main>; the header's language button is `languageButton`. */
  main: HTMLElement;
  languageButton: HTMLButtonElement;
  brand: HTMLElement;
  pathname: string;
  fetch: typeof fetch;
  storage: Storage | null;
}

const worded =
  (error: PageError): Wording =>
  (words) =>
    error.messages[words.language];
const NO_ERRORS: ShownErrors = { fields: {}, summary: [] };

/**
 * The QR questionnaire as a page of its own: loads the survey, shows it, sends the answers through
 * the public REST path, and says thank you; the same rules and words as the portal's form.
 */
export function mountFormPage(options: PageOptions): { ready: Promise<void> } {
  const { main, languageButton, brand } = options;
  const by = surveyFromPath(options.pathname) ?? { code: '', token: null };
  const viaToken = by.token !== null;
  let language: Language = storedLanguage(options.storage);
  let view: View = { kind: 'loading' };
  let survey: PublicSurvey | null = null;
  let services: { id: string; name: string }[] = [];
  let state: FormState = { values: emptyValues([]), serviceId: '', errors: NO_ERRORS, busy: false, submissionId: newSubmissionId() };

  const words = (): Words => wordsFor(language);

  function period(w: Words): string {
    if (!survey) return '';
    const { periodKind, year, number } = survey;
    return periodKind && year && number ? w.period({ periodKind, year, number }) : survey.periodLabel;
  }

  /** After an outcome the heading takes focus (announced, the keyboard starts there); after refusals, the summary. Not on a language switch. */
  let focus: 'heading' | 'summary' | null = null;
  const heading = (text: string) => h('h1', { tabindex: -1 }, text);

  function body(w: Words): (Node | null | false)[] {
    switch (view.kind) {
      case 'loading':
        return [h('h1', {}, w.t('form.title')), h('p', { class: 'skm-loading', role: 'status' }, w.t('page.loading'))];
      case 'failed':
        return [
          h('h1', {}, w.t('error.loadTitle')),
          h('div', { class: 'skm-summary', role: 'alert' }, h('p', {}, view.errors.map((e) => e.messages[w.language]).join(' '))),
          h('button', { type: 'button', class: 'skm-secondary', onclick: () => void load() }, w.t('common.retry')),
        ];
      case 'unavailable':
        return [heading(w.t(`${view.reason}.title`)), h('p', { class: 'skm-lead' }, w.t(`${view.reason}.body`, { period: period(w) }))];
      case 'thanks': {
        const results = survey?.deskId
          ? `/skm/desks/${survey.deskId}/public`
          : survey?.serviceUnitId
            ? `/skm/units/${survey.serviceUnitId}/public`
            : null;
        return [
          heading(w.t('thanks.title')),
          h('p', { class: 'skm-lead' }, w.t('thanks.body')),
          results ? h('a', { href: results, class: 'skm-lead' }, w.t('thanks.results')) : null,
        ];
      }
      case 'form':
        return [
          h('h1', {}, w.t('form.title')),
          h('p', { class: 'skm-survey' }, survey?.title ?? ''),
          h('p', { class: 'skm-period' }, w.t('form.period', { period: period(w) })),
          formView(survey?.elements ?? [], services, state, w, {
            change: (update) => update(state),
            submit: () => void submit(),
          }),
        ];
    }
  }

  function render(): void {
    const w = words();
    document.documentElement.lang = language;
    document.title = `${w.t('brand')} · Simpul`;
    brand.textContent = w.t('brand');
    const next = language === 'id' ? 'en' : 'id';
    languageButton.textContent = w.t('language.other');
    languageButton.lang = next;
    languageButton.setAttribute('aria-label', w.t('language.switchLabel'));
    main.removeAttribute('aria-busy');
    main.replaceChildren(...body(w).filter((node): node is Node => Boolean(node)));
    if (focus) main.querySelector<HTMLElement>(focus === 'heading' ? 'h1' : '.skm-summary')?.focus();
    focus = null;
  }

  async function load(): Promise<void> {
    view = { kind: 'loading' };
    render();
    const answer = await loadSurvey(options.fetch, by);
    survey = answer.ok ? answer.data : null;
    const reason = unavailableReason(survey, answer.ok ? null : answer.errors, viaToken);
    if (reason) {
      view = { kind: 'unavailable', reason };
      focus = 'heading';
    } else if (!answer.ok || !survey) view = { kind: 'failed', errors: answer.ok ? [] : answer.errors };
    else {
      state = { values: emptyValues(survey.elements), serviceId: '', errors: NO_ERRORS, busy: false, submissionId: newSubmissionId() };
      view = { kind: 'form' };
      // The services come after the form is usable; their select is the last field, below the fold.
      // A queue ticket's link already names its service: the question is not asked.
      if (survey.serviceUnitId && !survey.tokenServiceId)
        void loadServices(options.fetch, survey.serviceUnitId).then((list) => {
          services = list;
          if (view.kind === 'form' && list.length > 0) render();
        });
    }
    render();
  }

  async function submit(): Promise<void> {
    if (!survey || state.busy) return;
    const elements = survey.elements;
    const local = validateAnswers(state.values, elements, (key, params) => words().t(key, params));
    if (Object.keys(local).length > 0) {
      // Worded on showing: the message names the element in the language shown at the time.
      const fields = Object.fromEntries(
        Object.keys(local).map((field) => {
          const element = elements.find((e) => `answers.${e.code}` === field);
          const message: Wording = (w) =>
            w.t('form.answerRequired', { name: element ? w.element(element.code, element.name).text : field });
          return [field, message];
        }),
      );
      state.errors = { fields, summary: Object.entries(fields).map(([field, message]) => ({ fieldId: fieldIdFor(field), message })) };
      focus = 'summary';
      render();
      return;
    }
    state.busy = true;
    main.querySelector('button[type=submit]')?.setAttribute('disabled', '');
    // The same id on every resend of these answers: stored once, even if a receipt was lost.
    const submission = { ...toSubmission(state.values), serviceId: state.serviceId || null, submissionId: state.submissionId };
    const answer = await sendAnswers(
      options.fetch,
      viaToken ? { channel: 'LINK', token: by.token, ...submission } : { channel: 'QR', surveyCode: by.code, ...submission },
    );
    state.busy = false;
    focus = 'heading';
    if (answer.ok) view = { kind: 'thanks' };
    // Refused on sending (spent meanwhile, e.g. in another tab): these answers were NOT stored.
    else if (viaToken && answer.errors.some((error) => error.code === 'CONFLICT'))
      view = { kind: 'unavailable', reason: 'unavailable.linkRejected' };
    else {
      state.errors = serverErrors(answer.errors, formFields(elements));
      focus = 'summary';
    }
    render();
  }

  languageButton.addEventListener('click', () => {
    language = language === 'id' ? 'en' : 'id';
    storeLanguage(options.storage, language);
    render();
  });

  return { ready: load() };
}

/** A refusal naming a field of the form goes beside it and links from the summary; the rest (rate limits) in the summary. */
function serverErrors(errors: PageError[], known: string[]): ShownErrors {
  const shown: ShownErrors = { fields: {}, summary: [] };
  for (const error of errors) {
    const field = submissionField(error);
    if (field && known.includes(field)) {
      shown.fields[field] ??= worded(error);
      shown.summary.push({ fieldId: fieldIdFor(field), message: worded(error) });
    } else shown.summary.push({ message: worded(error) });
  }
  return shown;
}

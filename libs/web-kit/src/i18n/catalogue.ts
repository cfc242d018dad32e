import { DEFAULT_LANGUAGE, type Language } from './language';

export type Messages = Record<string, string>;
/** A language's texts at hand, or the import of their own chunk (fetched only once that language is shown). */
export type MessagesOrLoader = Messages | (() => Promise<Messages>);
/** Bahasa Indonesia always at hand (it is the default and the fallback); other languages may load later. */
export type MessageCatalogue = { id: Messages } & Record<Exclude<Language, 'id'>, MessagesOrLoader>;
export type MessageParams = Record<string, string | number>;

/**
 * Every remote registers its messages under its own namespace when it loads. The registry is
 * module state on purpose: web-kit is a federation singleton, so host and remotes share it.
 */
const catalogues = new Map<string, MessageCatalogue>();
const listeners = new Set<() => void>();
/** The language on screen: a catalogue registered later loads its texts in it at once. */
let shownLanguage: Language = DEFAULT_LANGUAGE;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Fetches a namespace's texts in `language` if they are a chunk not loaded yet; settles when they are in. */
function loadTexts(namespace: string, language: Language): Promise<void> {
  const catalogue = catalogues.get(namespace);
  const texts = catalogue?.[language];
  if (!catalogue || typeof texts !== 'function') return Promise.resolve();
  return texts().then(
    (loaded) => {
      // A newer registration of the namespace (a remote loaded again) keeps its own texts.
      if (catalogues.get(namespace) !== catalogue) return;
      catalogues.set(namespace, { ...catalogue, [language]: loaded });
      notify();
    },
    (error: unknown) => {
      // The texts stay in Bahasa Indonesia; the next showLanguage tries the chunk again.
      console.error(`The ${language} texts of ${namespace} could not be loaded`, error);
    },
  );
}

export function registerMessages(namespace: string, catalogue: MessageCatalogue): void {
  catalogues.set(namespace, catalogue);
  notify();
  void loadTexts(namespace, shownLanguage);
}

/**
 * The language the person sees from now on: the texts of every registered namespace in it are
 * fetched (those still a chunk), and so are those of namespaces registered later. Until they come,
 * `translate` answers in Bahasa Indonesia.
 */
export function showLanguage(language: Language): Promise<void> {
  shownLanguage = language;
  return Promise.all([...catalogues.keys()].map((namespace) => loadTexts(namespace, language))).then(() => undefined);
}

export function onMessagesRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a key up in the language asked for (if its texts are in), then in Bahasa Indonesia, then returns the key itself. */
export function translate(language: Language, namespace: string, key: string, params?: MessageParams): string {
  const catalogue = catalogues.get(namespace);
  const texts = catalogue?.[language];
  const template = (typeof texts === 'object' ? texts[key] : undefined) ?? catalogue?.id[key];
  return template === undefined ? `${namespace}.${key}` : interpolate(template, params);
}

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
 * A namespace may hold several parts: the texts of a remote's first screen register with its shell,
 * those of its other pages with their chunks (issue #17), and `translate` looks in all of them.
 */
const catalogues = new Map<string, Map<string, MessageCatalogue>>();
const listeners = new Set<() => void>();
/** The language on screen: a catalogue registered later loads its texts in it at once. */
let shownLanguage: Language = DEFAULT_LANGUAGE;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Fetches a part's texts in `language` if they are a chunk not loaded yet; settles when they are in. */
function loadTexts(namespace: string, part: string, language: Language): Promise<void> {
  const parts = catalogues.get(namespace);
  const catalogue = parts?.get(part);
  const texts = catalogue?.[language];
  if (!parts || !catalogue || typeof texts !== 'function') return Promise.resolve();
  return texts().then(
    (loaded) => {
      // A newer registration of the part (a remote loaded again) keeps its own texts.
      if (catalogues.get(namespace)?.get(part) !== catalogue) return;
      parts.set(part, { ...catalogue, [language]: loaded });
      notify();
    },
    (error: unknown) => {
      // The texts stay in Bahasa Indonesia; the next showLanguage tries the chunk again.
      console.error(`The ${language} texts of ${namespace} could not be loaded`, error);
    },
  );
}

/** Registers a namespace's texts, or one `part` of them (a registration replaces only the part it names). */
export function registerMessages(namespace: string, catalogue: MessageCatalogue, part = ''): void {
  const parts = catalogues.get(namespace) ?? new Map<string, MessageCatalogue>();
  parts.set(part, catalogue);
  catalogues.set(namespace, parts);
  notify();
  void loadTexts(namespace, part, shownLanguage);
}

/**
 * The language the person sees from now on: the texts of every registered namespace in it are
 * fetched (those still a chunk), and so are those of namespaces registered later. Until they come,
 * `translate` answers in Bahasa Indonesia.
 */
export function showLanguage(language: Language): Promise<void> {
  shownLanguage = language;
  const loads = [...catalogues].flatMap(([namespace, parts]) => [...parts.keys()].map((part) => loadTexts(namespace, part, language)));
  return Promise.all(loads).then(() => undefined);
}

export function onMessagesRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function lookUp(parts: Iterable<MessageCatalogue>, language: Language, key: string): string | undefined {
  for (const catalogue of parts) {
    const texts = catalogue[language];
    const template = typeof texts === 'object' ? texts[key] : undefined;
    if (template !== undefined) return template;
  }
  return undefined;
}

/** Looks a key up in the language asked for (if its texts are in), then in Bahasa Indonesia, then returns the key itself. */
export function translate(language: Language, namespace: string, key: string, params?: MessageParams): string {
  const parts = catalogues.get(namespace)?.values() ?? [];
  const all = [...parts];
  const template = lookUp(all, language, key) ?? lookUp(all, 'id', key);
  return template === undefined ? `${namespace}.${key}` : interpolate(template, params);
}

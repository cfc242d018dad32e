import type { Language } from './language';

export type Messages = Record<string, string>;
export type MessageCatalogue = Record<Language, Messages>;
export type MessageParams = Record<string, string | number>;

/**
 * Every remote registers its messages under its own namespace when it loads. The registry is
 * module state on purpose: web-kit is a federation singleton, so host and remotes share it.
 */
const catalogues = new Map<string, MessageCatalogue>();
const listeners = new Set<() => void>();

export function registerMessages(namespace: string, catalogue: MessageCatalogue): void {
  catalogues.set(namespace, catalogue);
  for (const listener of listeners) listener();
}

export function onMessagesRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a key up in the language asked for, then in Bahasa Indonesia, then returns the key itself. */
export function translate(language: Language, namespace: string, key: string, params?: MessageParams): string {
  const catalogue = catalogues.get(namespace);
  const template = catalogue?.[language][key] ?? catalogue?.id[key];
  return template === undefined ? `${namespace}.${key}` : interpolate(template, params);
}

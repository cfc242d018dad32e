/** The languages the portal speaks; Bahasa Indonesia is the default. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The Intl locale behind each language: 'id-ID' writes 4,02 and 23 November 2026. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

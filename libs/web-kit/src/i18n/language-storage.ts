import { isLanguage, type Language } from './language';

/** Where the chosen language is kept: one key for the portal and the pages of their own, so a choice holds across them. */
export const LANGUAGE_STORAGE_KEY = 'simpul.language';

/** The language chosen before (in the portal or a page of its own), else Bahasa Indonesia. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | null): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice still holds for this page.
  }
}

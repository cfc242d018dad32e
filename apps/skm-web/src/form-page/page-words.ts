import { SKM_ELEMENTS } from '@simpul/scoring';
import { formatSkmPeriod, isLanguage, type Language, type SkmPeriodParts } from '@simpul/web-kit';
import { PUBLIC_FORM_MESSAGES } from '../public-form/public-form.messages';

/** The portal's own key (web-kit i18n-context), so the language chosen here holds in the portal and back. */
const LANGUAGE_KEY = 'simpul.language';

export type Params = Record<string, string | number>;

/** The page's words in one language: the public form's catalogue, element names and periods as the full form says them. */
export interface Words {
  language: Language;
  t(key: string, params?: Params): string;
  /** A standard element by its catalogue name; a unit's own element as the unit wrote it (Indonesian). */
  element(code: string, name: string): { text: string; indonesian: boolean };
  period(parts: SkmPeriodParts): string;
}

export function wordsFor(language: Language): Words {
  const t = (key: string, params?: Params) => {
    const template = PUBLIC_FORM_MESSAGES[language][key] ?? PUBLIC_FORM_MESSAGES.id[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
  };
  return {
    language,
    t,
    element(code, name) {
      const standard = SKM_ELEMENTS.some((element) => element.code === code && element.name === name);
      return standard ? { text: t(`elementName.${code}`), indonesian: false } : { text: name, indonesian: language !== 'id' };
    },
    period: (parts) => formatSkmPeriod(parts, language),
  };
}

/** The language chosen before (here or in the portal), else Bahasa Indonesia. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | null): Language {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice still holds for this page.
  }
}

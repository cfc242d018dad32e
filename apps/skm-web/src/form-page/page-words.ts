import { SKM_ELEMENTS } from '@simpul/scoring';
import { formatSkmPeriod, type Language, type SkmPeriodParts } from '@simpul/web-kit';
import { PUBLIC_FORM_MESSAGES } from '../public-form/public-form.messages';

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

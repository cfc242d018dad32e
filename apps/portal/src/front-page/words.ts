import { formatDate, formatNumber, type Language } from '@simpul/web-kit';
import { FRONT_MESSAGES_ID } from '../public/front-door-messages.id';

export type Params = Record<string, string | number>;
export type FigureOrigin = 'OFFICIAL' | 'DEMO' | 'DERIVED';

/** The page's words in one language: the front door's catalogue and numbers and dates as the portal writes them. */
export interface Words {
  language: Language;
  t: (key: string, params?: Params) => string;
  number: (value: number, fractionDigits?: number) => string;
  date: (value: string) => string;
}

export function wordsFor(language: Language, english: Record<string, string> | null): Words {
  const catalogue = language === 'en' && english ? english : FRONT_MESSAGES_ID;
  return {
    language,
    t: (key, params) => {
      const template = catalogue[key] ?? FRONT_MESSAGES_ID[key] ?? key;
      return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
    },
    number: (value, fractionDigits) => formatNumber(value, language, fractionDigits),
    date: (value) => formatDate(value, language),
  };
}

/** English is a chunk of its own, fetched only when English is shown (issue #17). */
export function loadEnglish(): Promise<Record<string, string>> {
  return import('../public/front-door-messages.en').then((module) => module.FRONT_MESSAGES_EN);
}

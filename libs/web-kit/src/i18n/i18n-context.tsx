import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { onMessagesRegistered, showLanguage, translate, type MessageParams } from './catalogue';
import { formatDate, formatNumber } from './format';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language';
import { LANGUAGE_STORAGE_KEY } from './language-storage';

interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  /** Bumped whenever a remote registers its messages, so translations re-render. */
  revision: number;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

let revisionCounter = 0;
const subscribeRevision = (notify: () => void) =>
  onMessagesRegistered(() => {
    revisionCounter += 1;
    notify();
  });
const readRevision = () => revisionCounter;

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const first = initialLanguage ?? storedLanguage();
    // Before the first render, so a page shown in English fetches its texts as early as it can.
    void showLanguage(first);
    return first;
  });
  const revision = useSyncExternalStore(subscribeRevision, readRevision, readRevision);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    void showLanguage(next);
    setLanguageState(next);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this page.
    }
  }, []);

  const value = useMemo(() => ({ language, setLanguage, revision }), [language, setLanguage, revision]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18nContext(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('I18nProvider is missing above this component');
  return context;
}

export function useLanguage(): [Language, (language: Language) => void] {
  const { language, setLanguage } = useI18nContext();
  return [language, setLanguage];
}

export type Translate = (key: string, params?: MessageParams) => string;

/** `const t = useT('registry'); t('unit.title', { name })` */
export function useT(namespace: string): Translate {
  const { language, revision } = useI18nContext();
  // revision is a dependency so a late catalogue registration re-renders the texts.
  return useCallback((key: string, params?: MessageParams) => translate(language, namespace, key, params), [language, namespace, revision]);
}

/** Number and date formatting in the current language (4,02 and 23 November 2026 in Indonesian). */
export function useFormat() {
  const { language } = useI18nContext();
  return useMemo(
    () => ({
      number: (value: number, fractionDigits?: number) => formatNumber(value, language, fractionDigits),
      date: (value: Date | string) => formatDate(value, language),
    }),
    [language],
  );
}

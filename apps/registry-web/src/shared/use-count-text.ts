import { LOCALES, useFormat, useLanguage, useT } from '@simpul/web-kit';
import { useCallback } from 'react';
import { REGISTRY } from '../messages';

/**
 * A count in words: the message under `key.one` or `key.other` by the language's plural rules
 * ("1 unit found", "2 units found"; Indonesian has one form, so both keys read the same), with the
 * number in the language's format. web-kit's catalogue has no plural forms, hence the two keys.
 */
export function useCountText(): (key: string, count: number) => string {
  const t = useT(REGISTRY);
  const [language] = useLanguage();
  const format = useFormat();
  return useCallback(
    (key: string, count: number) => {
      const form = new Intl.PluralRules(LOCALES[language]).select(count) === 'one' ? 'one' : 'other';
      return t(`${key}.${form}`, { count: format.number(count) });
    },
    [t, language, format],
  );
}

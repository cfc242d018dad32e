import { SKM_ELEMENTS } from '@simpul/scoring';
import { formatSkmHeadlineGap, formatSkmPeriod, useLanguage, useT, type SkmHeadlineGap, type SkmPeriodParts } from '@simpul/web-kit';
import { useMemo } from 'react';
import { SKM } from '../messages';

export type PeriodParts = SkmPeriodParts;

const WIB_TIME: Record<'id' | 'en', Intl.DateTimeFormat> = {
  // Indonesian writes 09.31, English 09:31.
  id: new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }),
};

/**
 * Domain names in the page's language, from structured data: periods from kind/year/number (never
 * the server's Indonesian label), the nine PermenPANRB 14/2017 elements, channels and WIB times.
 * A custom element keeps the name the unit gave it (Indonesian; `isIndonesian` says so for `lang`).
 */
export function useSkmLabels() {
  const t = useT(SKM);
  const [language] = useLanguage();
  return useMemo(() => {
    const standard = (code: string, name: string) => SKM_ELEMENTS.some((element) => element.code === code && element.name === name);
    return {
      // Shared with every remote that names an SKM period (web-kit), so they all say it alike.
      period: (p: PeriodParts) => formatSkmPeriod(p, language),
      headlineGap: (gap: SkmHeadlineGap) => formatSkmHeadlineGap(gap, language),
      element: (code: string, name: string) => (standard(code, name) ? t(`elementName.${code}`) : name),
      /** True when the element's name is shown as the unit wrote it, in Indonesian, on an English page. */
      isIndonesian: (code: string, name: string) => language !== 'id' && !standard(code, name),
      channel: (channel: string) => t(`channel.${channel}`),
      time: (instant: string | Date) => WIB_TIME[language === 'id' ? 'id' : 'en'].format(new Date(instant)),
    };
  }, [t, language]);
}

/** An element's name in the page's language; a unit's own (Indonesian) name carries lang="id" on an English page. */
export function ElementName({ code, name, withCode = true }: { code: string; name: string; withCode?: boolean }) {
  const labels = useSkmLabels();
  const text = labels.element(code, name);
  return (
    <>
      {withCode ? `${code} · ` : ''}
      {labels.isIndonesian(code, name) ? <span lang="id">{text}</span> : text}
    </>
  );
}

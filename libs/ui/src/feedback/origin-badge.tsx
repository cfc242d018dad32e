import { useLanguage } from '@simpul/web-kit';
import { CategoryBadge, type Tone } from './category-badge';

/** Where a figure came from, as the services send it (DataOrigin). */
export type FigureOrigin = 'OFFICIAL' | 'DEMO' | 'DERIVED';

const ORIGINS: Record<FigureOrigin, { tone: Tone; id: string; en: string }> = {
  OFFICIAL: { tone: 'success', id: 'Resmi', en: 'Official' },
  DEMO: { tone: 'warning', id: 'Contoh', en: 'Demo' },
  DERIVED: { tone: 'info', id: 'Turunan', en: 'Derived' },
};

/** The word for an origin in the current language ("Contoh" for demo data). */
export function useOriginLabel(): (origin: FigureOrigin) => string {
  const [language] = useLanguage();
  return (origin) => ORIGINS[origin][language === 'en' ? 'en' : 'id'];
}

/**
 * A figure's origin as a badge — "Contoh" on demo figures so they never pass for official ones
 * in a table, a rapor or a chart's table. Its tone has an icon too, so it reads without colour.
 */
export function OriginBadge({ origin }: { origin: FigureOrigin }) {
  const label = useOriginLabel();
  return <CategoryBadge tone={ORIGINS[origin].tone} label={label(origin)} />;
}

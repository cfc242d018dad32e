import { useLanguage, type Translate } from '@simpul/web-kit';

/** The KIPP categories (docs/domain.md §9, 2025) with an English rendering in the catalogues. */
export const KNOWN_CATEGORIES = [
  'Tata Kelola Pemerintahan yang Adaptif',
  'Pelayanan Publik Digital',
  'Kesehatan',
  'Pendidikan',
  'Ekonomi dan Investasi',
  'Sosial dan Pemberdayaan Masyarakat',
  'Lingkungan dan Ketahanan Bencana',
] as const;

/** A category in the reader's language; a category an admin added that has no translation stays as written. */
export function categoryLabel(category: string, t: Translate): string {
  return (KNOWN_CATEGORIES as readonly string[]).includes(category) ? t(`category.${category}`) : category;
}

/** A category as text on the page: untranslated Indonesian names are marked `lang="id"` in the English UI. */
export function CategoryName({ category, t }: { category: string; t: Translate }) {
  const [language] = useLanguage();
  const known = (KNOWN_CATEGORIES as readonly string[]).includes(category);
  return known || language === 'id' ? <>{categoryLabel(category, t)}</> : <span lang="id">{category}</span>;
}

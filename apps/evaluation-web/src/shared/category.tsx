import { CategoryBadge, type Tone } from '@simpul/ui';
import { useLanguage } from '@simpul/web-kit';
import type { CategoryInfo } from './types';

/** Category colour follows the grade; the code and label are always written too, so colour is never alone. */
export function categoryTone(code: string): Tone {
  if (code.startsWith('A')) return 'success';
  if (code.startsWith('B')) return 'info';
  if (code.startsWith('C')) return 'warning';
  return 'danger';
}

export function IppCategory({ category }: { category: CategoryInfo }) {
  const [language] = useLanguage();
  return <CategoryBadge tone={categoryTone(category.code)} label={`${category.code} · ${language === 'en' ? category.labelEn : category.label}`} />;
}

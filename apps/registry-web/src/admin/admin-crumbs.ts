import type { Crumb } from '@simpul/ui';
import type { Translate } from '@simpul/web-kit';

/** Registri › Administrasi › …, linked, for every admin page. */
export function adminCrumbs(to: (path?: string) => string, t: Translate, ...rest: Crumb[]): Crumb[] {
  return [{ label: t('title'), to: to() }, { label: t('admin.title'), to: to('/admin') }, ...rest];
}

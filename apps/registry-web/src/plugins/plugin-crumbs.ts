import type { Crumb } from '@simpul/ui';
import type { Translate } from '@simpul/web-kit';

/** Registri › Plugin desk › …, linked, for every plugin page. */
export function pluginCrumbs(to: (path?: string) => string, t: Translate, ...rest: Crumb[]): Crumb[] {
  return [
    { label: t('title'), to: to() },
    ...(rest.length > 0 ? [{ label: t('plugins.title'), to: to('/plugins') }] : [{ label: t('plugins.title') }]),
    ...rest,
  ];
}

import type { Crumb } from '@simpul/ui';
import type { Translate } from '@simpul/web-kit';
import type { RegionWithParent } from '../regions/region.operations';

/** Registri › Wilayah › province › kabupaten/kota, linked, for any page below a region. */
export function regionCrumbs(region: RegionWithParent | null, to: (path?: string) => string, t: Translate): Crumb[] {
  const crumbs: Crumb[] = [
    { label: t('title'), to: to() },
    { label: t('regions.provinces'), to: to('/regions') },
  ];
  if (!region) return crumbs;
  if (region.level === 'PROVINCE') return [...crumbs, { label: region.name, to: to(`/regions/${region.code}`) }];
  if (region.parent) crumbs.push({ label: region.parent.name, to: to(`/regions/${region.parent.code}`) });
  crumbs.push({ label: region.name, to: to(`/regions/${region.parent?.code ?? region.code.split('.')[0]}/${region.code}`) });
  return crumbs;
}

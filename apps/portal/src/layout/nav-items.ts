import type { RemoteDescriptor, SessionUser, Language } from '@simpul/web-kit';

export interface NavItem {
  to: string;
  label: string;
  /** Exact match for aria-current (home), or any path under it (a remote). */
  end?: boolean;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The main navigation: home, one entry per remote in the manifest, then the shortcuts a role
 * needs (a desk's own unit, the admin's "create unit", administration for the admin and MPP operators,
 * agency desk plugins for those who submit or review them). The public sees the registry too: it is
 * public data.
 */
export function navItems(remotes: RemoteDescriptor[], user: SessionUser | null, language: Language, t: Translate): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: t('home'), end: true }];
  for (const remote of remotes) items.push({ to: remote.routes, label: remote.title[language] });
  const registry = remotes.find((remote) => remote.name === 'registry');
  if (registry && user?.role === 'UNIT_DESK' && user.serviceUnit) {
    items.push({ to: `${registry.routes}/units/${user.serviceUnit.id}`, label: t('myUnit'), end: true });
  }
  if (registry && user?.role === 'NATIONAL_ADMIN') {
    items.push({ to: `${registry.routes}/units/new`, label: t('createUnit'), end: true });
  }
  // People, agencies and appointments: the admin everywhere, an MPP operator for its own mall.
  if (registry && (user?.role === 'NATIONAL_ADMIN' || user?.role === 'MPP_OPERATOR')) {
    items.push({ to: `${registry.routes}/admin`, label: t('admin') });
  }
  // Desks submit their agency's plugins and follow the review; the national admin reviews them (registry-web's plugin pages).
  if (registry && (user?.role === 'UNIT_DESK' || user?.role === 'NATIONAL_ADMIN')) {
    items.push({ to: `${registry.routes}/plugins`, label: t('pluginDesk') });
  }
  return items;
}

/** The one item that is "here": the most specific match, so /registry/units/new marks "create unit", not also "registry". */
export function currentNavItem(items: NavItem[], pathname: string): NavItem | undefined {
  const matches = items.filter((item) => (item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`)));
  return matches.sort((a, b) => b.to.length - a.to.length)[0];
}

import type { SessionUser } from '@simpul/web-kit';
import { REGISTRY_REMOTE } from '../testing/render-portal';
import { currentNavItem, navItems } from './nav-items';

const t = (key: string) => key;
const user = (role: SessionUser['role'], serviceUnit: SessionUser['serviceUnit'] = null): SessionUser => ({
  id: 'u',
  email: 'e@x.test',
  displayName: 'U',
  role,
  serviceUnit,
  mallId: null,
});

describe('role-aware navigation', () => {
  it('lets the public browse the registry', () => {
    expect(navItems([REGISTRY_REMOTE], null, 'id', t).map((i) => i.to)).toEqual(['/', '/registry']);
  });

  it('gives a desk a shortcut to its own unit', () => {
    const items = navItems([REGISTRY_REMOTE], user('UNIT_DESK', { id: 'unit-1', name: 'Samsat' }), 'id', t);
    expect(items.find((i) => i.label === 'myUnit')?.to).toBe('/registry/units/unit-1');
  });

  it('gives the admin "create unit" and nobody else', () => {
    expect(navItems([REGISTRY_REMOTE], user('NATIONAL_ADMIN'), 'id', t).map((i) => i.to)).toContain('/registry/units/new');
    for (const role of ['EVALUATOR', 'MPP_OPERATOR'] as const) {
      expect(navItems([REGISTRY_REMOTE], user(role), 'id', t).map((i) => i.to)).not.toContain('/registry/units/new');
    }
  });

  it('gives the national admin and MPP operators "Administrasi", and nobody else', () => {
    for (const role of ['NATIONAL_ADMIN', 'MPP_OPERATOR'] as const) {
      expect(navItems([REGISTRY_REMOTE], user(role), 'id', t).find((i) => i.label === 'admin')?.to).toBe('/registry/admin');
    }
    for (const who of [null, user('EVALUATOR'), user('UNIT_DESK', { id: 'unit-1', name: 'Samsat' })]) {
      expect(navItems([REGISTRY_REMOTE], who, 'id', t).map((i) => i.to)).not.toContain('/registry/admin');
    }
  });

  it('gives desks and the national admin "Plugin desk", and nobody else', () => {
    for (const who of [user('UNIT_DESK', { id: 'unit-1', name: 'Samsat' }), user('NATIONAL_ADMIN')]) {
      expect(navItems([REGISTRY_REMOTE], who, 'id', t).find((i) => i.label === 'pluginDesk')?.to).toBe('/registry/plugins');
    }
    for (const who of [null, user('EVALUATOR'), user('MPP_OPERATOR')]) {
      expect(navItems([REGISTRY_REMOTE], who, 'id', t).map((i) => i.to)).not.toContain('/registry/plugins');
    }
  });

  it('marks "Plugin desk" as the current page on a plugin, not the registry', () => {
    const items = navItems([REGISTRY_REMOTE], user('NATIONAL_ADMIN'), 'id', t);
    expect(currentNavItem(items, '/registry/plugins/p-1')?.to).toBe('/registry/plugins');
  });

  it('marks "Administrasi" as the current page anywhere under it', () => {
    const items = navItems([REGISTRY_REMOTE], user('NATIONAL_ADMIN'), 'id', t);
    expect(currentNavItem(items, '/registry/admin/users')?.to).toBe('/registry/admin');
  });

  it('names the remote in the current language', () => {
    expect(navItems([REGISTRY_REMOTE], null, 'en', t)[1].label).toBe('Registry');
  });

  it('marks exactly one item as the current page, the most specific one', () => {
    const items = navItems([REGISTRY_REMOTE], user('NATIONAL_ADMIN'), 'id', t);
    expect(currentNavItem(items, '/registry/units/new')?.to).toBe('/registry/units/new');
    expect(currentNavItem(items, '/registry/units/42')?.to).toBe('/registry');
    expect(currentNavItem(items, '/')?.to).toBe('/');
    expect(currentNavItem(items, '/registryx')).toBeUndefined();
  });
});

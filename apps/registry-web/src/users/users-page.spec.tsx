import { connection } from '@simpul/ui/testing';
import { expectNoMissingTexts } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ADMIN_USER, DESK_USER, MALLS, OPERATOR_USER, UNITS } from '../testing/admin-fixtures';
import { OPERATOR, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';

function resolver(users: Resolver): Resolver {
  return (operation, variables) => {
    if (operation === 'Users') return users(operation, variables);
    if (operation === 'UnitOptions') return reply('UnitOptions', { serviceUnits: UNITS });
    if (operation === 'MallOptions') return reply('MallOptions', { malls: MALLS });
    if (operation === 'MallTenants')
      return reply('MallTenants', {
        mall: {
          id: 'mall-1',
          name: 'MPP Kota Banjarmasin',
          tenancies: connection([{ id: 't1', agency: { id: 'agency-samsat', name: 'Pemprov Kalimantan Selatan' } }]),
        },
      });
    if (operation === 'MallNames')
      return {
        data: Object.fromEntries(
          Object.entries(variables).map(([alias, id]) => [alias, { id, name: id === 'mall-1' ? 'MPP Kota Banjarmasin' : 'Lain' }]),
        ),
      };
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

describe('users list', () => {
  it('shows each person with role, binding and status in words, never codes', async () => {
    renderRegistry(
      '/registry/admin/users',
      resolver(() => reply('Users', { users: connection([DESK_USER, OPERATOR_USER, ADMIN_USER]) })),
    );
    const table = await screen.findByRole('table', { name: 'Pengguna' });
    await waitFor(() => expect(table.textContent).toContain('MPP Kota Banjarmasin'));
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toContain('Rina Desk');
    expect(rows[0]).toContain('Petugas unit');
    expect(rows[0]).toContain('Samsat Kalimantan Selatan');
    expect(rows[0]).toContain('Aktif');
    expect(rows[1]).toContain('Operator MPP');
    expect(rows[1]).toContain('Diundang');
    expect(rows[1]).toContain('Belum pernah');
    expect(rows[2]).toContain('Nonaktif');
    expect(rows[2]).toContain('Tidak terikat');
    expect(table.textContent).not.toMatch(/UNIT_DESK|MPP_OPERATOR|DEACTIVATED|mall-1/);
    expect(screen.getByRole('link', { name: 'Rina Desk' }).getAttribute('href')).toBe('/registry/admin/users/user-desk');
    expectNoMissingTexts('registry');
  });

  it('filters by text, role, status and unit, and pages with the cursor', async () => {
    const users = jest.fn((_operation: string, variables: Record<string, unknown>) =>
      reply('Users', {
        users: variables['after']
          ? connection([ADMIN_USER], false, 21)
          : { ...connection([DESK_USER], true, 21), pageInfo: { hasNextPage: true, endCursor: 'cursor-20' } },
      }),
    );
    const { calls } = renderRegistry('/registry/admin/users', resolver(users));
    await screen.findByText('21 pengguna ditemukan');

    fireEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'Users' && c.variables['after'] === 'cursor-20')).toBe(true));

    fireEvent.change(screen.getByLabelText('Peran'), { target: { value: 'UNIT_DESK' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ACTIVE' } });
    fireEvent.change(screen.getByLabelText('Cari pengguna'), { target: { value: 'rina' } });
    await screen.findByRole('option', { name: /RSUD Ulin Banjarmasin/ });
    fireEvent.change(screen.getByLabelText('Unit pelayanan'), { target: { value: 'unit-2' } });
    await waitFor(() => {
      const last = calls.filter((c) => c.operation === 'Users').at(-1);
      expect(last?.variables).toEqual({
        first: 20,
        after: null,
        filter: { text: 'rina', role: 'UNIT_DESK', status: 'ACTIVE', serviceUnitId: 'unit-2' },
      });
    });
  });

  it('says "Belum ada pengguna" with an invitation when nothing is filtered, and "tidak ada yang cocok" once filtered', async () => {
    renderRegistry(
      '/registry/admin/users',
      resolver(() => reply('Users', { users: connection([]) })),
    );
    expect(await screen.findByText('Belum ada pengguna')).toBeTruthy();
    expect(screen.queryByText('Tidak ada pengguna yang cocok')).toBeNull();
    fireEvent.change(screen.getByLabelText('Peran'), { target: { value: 'EVALUATOR' } });
    expect(await screen.findByText('Tidak ada pengguna yang cocok')).toBeTruthy();
  });

  it('counts in English with the plural that fits: "1 user found", "3 users found"', async () => {
    const { unmount } = renderRegistry(
      '/registry/admin/users',
      resolver(() => reply('Users', { users: connection([DESK_USER]) })),
      { language: 'en' },
    );
    expect((await screen.findByText('1 user found')).getAttribute('role')).toBe('status');
    unmount();
    renderRegistry(
      '/registry/admin/users',
      resolver(() => reply('Users', { users: connection([DESK_USER, OPERATOR_USER, ADMIN_USER]) })),
      { language: 'en' },
    );
    await screen.findByText('3 users found');
  });

  it('offers an MPP operator only the roles it may manage, and no mall filter', async () => {
    renderRegistry(
      '/registry/admin/users',
      resolver(() => reply('Users', { users: connection([OPERATOR_USER]) })),
      { user: OPERATOR },
    );
    await screen.findByText('1 pengguna ditemukan');
    const roles = within(screen.getByLabelText('Peran'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(roles).toEqual(['Semua peran', 'Operator MPP', 'Petugas unit']);
    expect(screen.queryByLabelText('MPP')).toBeNull();
    // Units to filter by are those of the mall's tenants.
    expect(await screen.findByRole('option', { name: 'Pemprov Kalimantan Selatan' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /RSUD Ulin/ })).toBeNull();
  });
});

import { connection, gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ADMIN_USER, DESK_USER, MALLS, OPERATOR_USER, UNITS, USER_CHANGE } from '../testing/admin-fixtures';
import { renderRegistry, type Resolver } from '../testing/render-registry';
import type { UserDetail } from './user.operations';
import { reply } from '../testing/reply';

function resolver(user: UserDetail, mutations: Resolver = () => ({ data: null, errors: [{ message: 'no mutation expected' }] })): Resolver {
  return (operation, variables) => {
    if (operation === 'User') return reply('User', { user });
    if (operation === 'UserChanges') return reply('UserChanges', { user: { id: user.id, changes: connection([USER_CHANGE], true, 3) } });
    if (operation === 'MallNames') return { data: { m0: { id: 'mall-1', name: 'MPP Kota Banjarmasin' } } };
    if (operation === 'UnitOptions') return reply('UnitOptions', { serviceUnits: UNITS });
    if (operation === 'MallOptions') return reply('MallOptions', { malls: MALLS });
    return mutations(operation, variables);
  };
}

describe('a user page', () => {
  it("shows status, binding and the person's change history in words", async () => {
    renderRegistry('/registry/admin/users/user-desk', resolver(DESK_USER));
    await screen.findByRole('heading', { level: 1, name: 'Rina Desk' });
    const details = screen.getByRole('table', { name: 'Data akun' });
    expect(details.textContent).toContain('Petugas unit');
    expect(details.textContent).toContain('Samsat Kalimantan Selatan');
    expect(details.textContent).toContain('Aktif');
    const history = await screen.findByRole('region', { name: 'Riwayat perubahan' });
    await waitFor(() => expect(history.textContent).toContain('Admin Nasional'));
    expect(history.textContent).toContain('Peran: Evaluator → menjadi Petugas unit');
    expect(history.textContent).toContain('Unit pelayanan: diubah');
    expect(history.textContent).not.toContain('unit-1');
    expect(within(history).getByRole('button', { name: 'Muat lebih banyak' })).toBeTruthy();
  });

  it('shows a password reset as "Kata sandi: diubah", without the time it was set', async () => {
    const reset = {
      ...USER_CHANGE,
      id: 'audit-3',
      actorId: 'user-desk',
      actorName: 'Rina Desk',
      changes: [{ field: 'passwordChangedAt', before: null, after: '2026-12-06T02:00:00.000+00:00' }],
    };
    const base = resolver(DESK_USER);
    renderRegistry('/registry/admin/users/user-desk', (operation, variables) =>
      operation === 'UserChanges'
        ? reply('UserChanges', { user: { id: DESK_USER.id, changes: connection([reset]) } })
        : base(operation, variables),
    );
    const history = await screen.findByRole('region', { name: 'Riwayat perubahan' });
    await waitFor(() => expect(history.textContent).toContain('Kata sandi: diubah'));
    expect(history.textContent).not.toContain('6 Desember');
    expect(history.textContent).not.toContain('Data lain');
  });

  it('resends an invitation to someone still invited', async () => {
    const mutations = jest.fn(() => reply('ResendInvitation', { resendInvitation: OPERATOR_USER }));
    renderRegistry('/registry/admin/users/user-op', resolver(OPERATOR_USER, mutations));
    fireEvent.click(await screen.findByRole('button', { name: 'Kirim ulang undangan' }));
    expect(await screen.findByText(/Undangan baru telah dikirim ke op\.banjarmasin@simpul\.test/)).toBeTruthy();
    expect(mutations).toHaveBeenCalledWith('ResendInvitation', { id: 'user-op' });
  });

  it('deactivates only after asking, and Batal asks nothing', async () => {
    const mutations = jest.fn(() => reply('DeactivateUser', { deactivateUser: { ...DESK_USER, status: 'DEACTIVATED' } }));
    const { calls } = renderRegistry('/registry/admin/users/user-desk', resolver(DESK_USER, mutations));
    fireEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan' }));
    const question = screen.getByRole('group', { name: 'Nonaktifkan' });
    expect(question.textContent).toContain('Nonaktifkan Rina Desk?');
    expect(document.activeElement).toBe(question);
    fireEvent.click(within(question).getByRole('button', { name: 'Batal' }));
    expect(mutations).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nonaktifkan' }));

    fireEvent.click(screen.getByRole('button', { name: 'Nonaktifkan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await screen.findByText('Rina Desk telah dinonaktifkan.')).toBeTruthy();
    expect(mutations).toHaveBeenCalledWith('DeactivateUser', { id: 'user-desk' });
    // The account and its history are read again, so the deactivation shows in both.
    await waitFor(() => expect(calls.filter((c) => c.operation === 'UserChanges')).toHaveLength(2));
    expect(calls.filter((c) => c.operation === 'User')).toHaveLength(2);
  });

  it('reactivates a deactivated account after asking', async () => {
    const mutations = jest.fn(() => reply('ReactivateUser', { reactivateUser: { ...ADMIN_USER, status: 'ACTIVE' } }));
    renderRegistry('/registry/admin/users/user-admin', resolver(ADMIN_USER, mutations), { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Reactivate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reactivate' }));
    expect(await screen.findByText('Sari Admin has been reactivated.')).toBeTruthy();
  });

  it('changes the role together with the binding it needs, with server errors on the field', async () => {
    const mutations = jest.fn((operation: string) =>
      operation === 'UpdateUserRole' ? gqlError('BAD_USER_INPUT', 'mallId', 'MPP tidak ditemukan', 'MPP not found') : { data: null },
    );
    renderRegistry('/registry/admin/users/user-desk', resolver(DESK_USER, mutations));
    await screen.findByRole('heading', { level: 1, name: 'Rina Desk' });
    const form = screen.getByRole('region', { name: 'Peran dan keterikatan' });
    fireEvent.change(within(form).getByLabelText('Peran', { exact: false }), { target: { value: 'MPP_OPERATOR' } });
    await within(form).findByRole('option', { name: 'MPP Kota Palangka Raya' });
    fireEvent.change(within(form).getByLabelText(/^MPP/), { target: { value: 'mall-2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan peran' }));
    const link = await within(form).findByRole('link', { name: 'MPP tidak ditemukan' });
    expect(link.getAttribute('href')).toBe('#user-role-mallId');
    expect(mutations).toHaveBeenCalledWith('UpdateUserRole', {
      id: 'user-desk',
      role: 'MPP_OPERATOR',
      serviceUnitId: null,
      mallId: 'mall-2',
    });
  });
});

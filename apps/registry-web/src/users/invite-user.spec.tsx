import { connection, findSummary, gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DESK_USER, MALLS, OPERATOR_USER, UNITS } from '../testing/admin-fixtures';
import { OPERATOR, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';

function resolver(invite: Resolver): Resolver {
  return (operation, variables) => {
    if (operation === 'InviteUser') return invite(operation, variables);
    if (operation === 'UnitOptions') {
      const filter = variables['filter'] as { agencyId?: string };
      return reply('UnitOptions', { serviceUnits: filter.agencyId === 'agency-samsat' ? connection([UNITS.edges[0].node]) : UNITS });
    }
    if (operation === 'MallOptions') return reply('MallOptions', { malls: MALLS });
    if (operation === 'MallNames') return { data: { m0: { id: 'mall-1', name: 'MPP Kota Banjarmasin' } } };
    if (operation === 'MallTenants') {
      return reply('MallTenants', {
        mall: {
          id: 'mall-1',
          name: 'MPP Kota Banjarmasin',
          tenancies: connection([{ id: 't1', agency: { id: 'agency-samsat', name: 'Pemprov Kalimantan Selatan' } }]),
        },
      });
    }
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('inviting a user', () => {
  it('checks email, name, role and the binding the role needs before sending', async () => {
    const invite = jest.fn();
    renderRegistry('/registry/admin/users/new', resolver(invite));
    await screen.findByRole('heading', { level: 1, name: 'Undang pengguna' });
    type(/Peran/, 'UNIT_DESK');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim undangan' }));
    const summary = await findSummary();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Masukkan alamat email yang benar, misalnya nama@instansi.go.id', '#invite-email'],
      ['Masukkan nama', '#invite-name'],
      ['Pilih unit tempat petugas bertugas', '#invite-serviceUnitId'],
    ]);
    expect(invite).not.toHaveBeenCalled();
  });

  it('invites a desk for a unit found by search and says the invitation was sent', async () => {
    const invite = jest.fn((_operation: string, variables: Record<string, unknown>) =>
      reply('InviteUser', { inviteUser: { ...DESK_USER, status: 'INVITED', email: (variables['input'] as { email: string }).email } }),
    );
    const { calls } = renderRegistry('/registry/admin/users/new', resolver(invite));
    await screen.findByRole('heading', { level: 1, name: 'Undang pengguna' });
    type(/Alamat email/, 'rina@samsat.go.id');
    type(/^Nama/, 'Rina Desk');
    type(/Peran/, 'UNIT_DESK');
    type('Cari unit', 'samsat');
    await waitFor(() =>
      expect(calls.some((c) => c.operation === 'UnitOptions' && (c.variables['filter'] as { search?: string }).search === 'samsat')).toBe(
        true,
      ),
    );
    await screen.findByRole('option', { name: /Samsat Kalimantan Selatan/ });
    type(/Unit pelayanan/, 'unit-1');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim undangan' }));

    const sent = await screen.findByText(/Undangan untuk Rina Desk telah dikirim ke rina@samsat\.go\.id/);
    expect(sent).toBeTruthy();
    expect(invite.mock.calls[0]?.[1]).toEqual({
      input: { email: 'rina@samsat.go.id', name: 'Rina Desk', role: 'UNIT_DESK', serviceUnitId: 'unit-1', mallId: null, language: 'id' },
    });
    expect(screen.getByRole('link', { name: 'Lihat akun Rina Desk' }).getAttribute('href')).toBe('/registry/admin/users/user-desk');
  });

  it('puts a typed server error on its field, in English on an English page', async () => {
    const invite = jest.fn(() =>
      gqlError('CONFLICT', 'input.email', 'Email sudah dipakai akun lain', 'This email is already used by another account'),
    );
    renderRegistry('/registry/admin/users/new', resolver(invite), { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Invite user' });
    type(/Email address/, 'dup@simpul.test');
    type(/^Name/, 'Dup');
    type(/Role/, 'EVALUATOR');
    expect(screen.getByText('This role is not bound to a unit or an MPP.')).toBeTruthy();
    type(/Language of the invitation email/, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    const link = await screen.findByRole('link', { name: 'This email is already used by another account' });
    expect(link.getAttribute('href')).toBe('#invite-email');
    expect(document.getElementById('invite-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(invite.mock.calls[0]).toBeDefined();
  });

  it("lets an MPP operator invite an operator only for its own mall, and a desk only for a tenant's unit", async () => {
    const invite = jest.fn((_operation: string, variables: Record<string, unknown>) =>
      reply('InviteUser', { inviteUser: { ...OPERATOR_USER, ...(variables['input'] as object) } }),
    );
    renderRegistry('/registry/admin/users/new', resolver(invite), { user: OPERATOR });
    await screen.findByRole('heading', { level: 1, name: 'Undang pengguna' });
    expect(
      within(screen.getByLabelText(/Peran/))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih…', 'Operator MPP', 'Petugas unit']);

    type(/Peran/, 'UNIT_DESK');
    await screen.findByRole('option', { name: 'Pemprov Kalimantan Selatan' });
    expect(screen.getByLabelText<HTMLSelectElement>(/Unit pelayanan/).disabled).toBe(true);
    type(/Instansi tergabung/, 'agency-samsat');
    await screen.findByRole('option', { name: 'Samsat Kalimantan Selatan' });
    expect(screen.queryByRole('option', { name: 'RSUD Ulin Banjarmasin' })).toBeNull();

    type(/Peran/, 'MPP_OPERATOR');
    expect(await screen.findByText('Operator ini bertugas di MPP Anda: MPP Kota Banjarmasin.')).toBeTruthy();
    type(/Alamat email/, 'op2@banjarmasin.go.id');
    type(/^Nama/, 'Operator Dua');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim undangan' }));
    await screen.findByText('Undangan terkirim');
    expect(invite.mock.calls[0]?.[1]).toMatchObject({ input: { role: 'MPP_OPERATOR', mallId: 'mall-1', serviceUnitId: null } });
  });
});

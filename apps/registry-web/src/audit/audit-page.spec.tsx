import { connection } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { UNIT_CHANGE, USER_CHANGE } from '../testing/admin-fixtures';
import { OPERATOR, renderRegistry, type Resolver } from '../testing/render-registry';
import { dayBoundary } from './audit-page';
import { reply } from '../testing/reply';

const DESK_CHANGE = {
  ...UNIT_CHANGE,
  id: 'mpp-1',
  objectType: 'Desk',
  objectId: 'desk-1',
  changes: [
    { field: 'assignment.weekday', before: '1', after: '1' },
    { field: 'assignment.staffCount', before: '2', after: '3' },
  ],
};

const resolver: Resolver = (operation) => {
  if (operation === 'RegistryAuditLog')
    return reply('RegistryAuditLog', {
      registryAuditLog: { ...connection([UNIT_CHANGE, USER_CHANGE], true, 45), pageInfo: { hasNextPage: true, endCursor: 'c20' } },
    });
  if (operation === 'MppAuditLog') return reply('MppAuditLog', { mppAuditLog: connection([DESK_CHANGE]) });
  if (operation === 'UserOptions')
    return reply('UserOptions', { users: connection([{ id: 'user-desk', name: 'Rina Desk', email: 'desk.samsat@simpul.test' }]) });
  return { data: null, errors: [{ message: `unexpected ${operation}` }] };
};

describe('audit log', () => {
  it('shows who changed which object when, each field before and after, in words with a link to the object', async () => {
    renderRegistry('/registry/admin/audit', resolver);
    const table = await screen.findByRole('table', { name: 'Log audit' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [unitRow, userRow] = within(table).getAllByRole('row').slice(1);
    expect(unitRow?.textContent).toContain('Rina Desk');
    expect(unitRow?.textContent).toContain('Alamat: Jl. Lama 1 → menjadi Jl. A. Yani Km 5');
    expect(within(unitRow).getByRole('link', { name: 'Unit pelayanan' }).getAttribute('href')).toBe('/registry/units/unit-1');
    expect(userRow?.textContent).toContain('Peran: Evaluator → menjadi Petugas unit');
    expect(within(userRow).getByRole('link', { name: 'Pengguna' }).getAttribute('href')).toBe('/registry/admin/users/user-desk');
    expect(table.textContent).not.toMatch(/ServiceUnit|UNIT_DESK|2026-12-06T/);
    expect(screen.getByText('45 perubahan tercatat')).toBeTruthy();
  });

  it('filters by person, object type and dates in Jakarta time, and pages with the cursor', async () => {
    const { calls } = renderRegistry('/registry/admin/audit', resolver);
    await screen.findByText('45 perubahan tercatat');
    fireEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'RegistryAuditLog' && c.variables['after'] === 'c20')).toBe(true));

    fireEvent.change(screen.getByLabelText('Jenis data'), { target: { value: 'ServiceUnit' } });
    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Sampai tanggal'), { target: { value: '2026-12-06' } });
    fireEvent.change(screen.getByLabelText('Cari orang'), { target: { value: 'rina' } });
    await screen.findByRole('option', { name: /Rina Desk/ });
    fireEvent.change(screen.getByLabelText('Pengguna', { selector: 'select' }), { target: { value: 'user-desk' } });
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'RegistryAuditLog').at(-1)?.variables).toEqual({
        first: 20,
        after: null,
        filter: { actorId: 'user-desk', objectType: 'ServiceUnit', from: '2026-11-30T17:00:00.000Z', to: '2026-12-06T16:59:59.999Z' },
      }),
    );
  });

  it('reads the MPP log when the MPP module is picked', async () => {
    const { calls } = renderRegistry('/registry/admin/audit', resolver, { language: 'en' });
    await screen.findByText('45 changes recorded');
    fireEvent.change(screen.getByLabelText('Module'), { target: { value: 'mpp' } });
    const table = await screen.findByRole('table', { name: 'Audit log' });
    await waitFor(() => expect(table.textContent).toContain('MPP desk'));
    expect(table.textContent).toContain('Day: Monday');
    expect(table.textContent).toContain('Staff: 2 → becomes 3');
    expect(calls.some((c) => c.operation === 'MppAuditLog')).toBe(true);
    expect(
      within(screen.getByLabelText('Kind of data'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All kinds of data', 'MPP desk', 'MPP tenant']);
  });

  it('is for the national admin only', async () => {
    renderRegistry('/registry/admin/audit', resolver, { user: OPERATOR });
    expect(await screen.findByText('Hanya admin nasional yang dapat melihat log audit.')).toBeTruthy();
  });

  it('takes a calendar day as Jakarta time', () => {
    expect(dayBoundary('2026-12-01', false)).toBe('2026-11-30T17:00:00.000Z');
    expect(dayBoundary('', true)).toBeUndefined();
  });
});

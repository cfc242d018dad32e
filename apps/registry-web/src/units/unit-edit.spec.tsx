import { connection, gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import type { UnitDetail } from './unit.operations';
import { reply } from '../testing/reply';

const UNIT: UnitDetail = {
  id: 'unit-1',
  name: 'Samsat Kalimantan Selatan',
  kind: 'SAMSAT',
  serviceGroup: 'ADMINISTRASI',
  agency: { id: 'agency-1', name: 'Pemerintah Provinsi Kalimantan Selatan', type: 'PROVINSI' },
  region: {
    code: '63.71',
    name: 'Kota Banjarmasin',
    level: 'REGENCY',
    regencyKind: 'KOTA',
    parent: { code: '63', name: 'Kalimantan Selatan' },
  },
  address: 'Jl. Lama 1',
  phone: '0511-123',
  email: null,
  website: null,
  externalIds: { sippn: 'SIPPN-1', pekppp: null, sp4nLapor: null, sinovik: null },
  archivedAt: null,
  canEdit: true,
  services: connection([]),
};

function resolver(update: Resolver): Resolver {
  return (operation, variables) => {
    if (operation === 'ServiceUnit') return reply('ServiceUnit', { serviceUnit: UNIT });
    if (operation === 'Provinces')
      return reply('Provinces', { provinces: [{ code: '63', name: 'Kalimantan Selatan', regencyKind: null }] });
    if (operation === 'Regencies')
      return reply('Regencies', { regencies: [{ code: '63.71', name: 'Kota Banjarmasin', regencyKind: 'KOTA' }] });
    if (operation === 'AgencyOptions') {
      // The 101st instansi and beyond are only reached by search.
      const search = ((variables['filter'] ?? {}) as { search?: string }).search;
      return reply('AgencyOptions', {
        agencies: connection(
          search
            ? [{ id: 'agency-101', name: 'Kepolisian Daerah Kalimantan Selatan', region: { name: 'Kalimantan Selatan' } }]
            : [{ id: 'agency-1', name: UNIT.agency.name, region: null }],
        ),
      });
    }
    if (operation === 'UpdateServiceUnit') return update(operation, variables);
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

describe('editing a unit', () => {
  it("lets a desk change its unit's address, sending only the address", async () => {
    const update = jest.fn((_operation: string, _variables: Record<string, unknown>) =>
      reply('UpdateServiceUnit', { updateServiceUnit: { id: 'unit-1' } }),
    );
    renderRegistry('/registry/units/unit-1/edit', resolver(update), { user: DESK });
    const address = await screen.findByLabelText('Alamat');
    fireEvent.change(address, { target: { value: 'Jl. A. Yani Km 5, Banjarmasin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0]?.[1]).toEqual({ id: 'unit-1', input: { address: 'Jl. A. Yani Km 5, Banjarmasin' } });
  });

  it('shows a desk the kind, agency, region and external ids read-only, each with why', async () => {
    renderRegistry('/registry/units/unit-1/edit', resolver(jest.fn()), { user: DESK });
    const kind = await screen.findByLabelText<HTMLInputElement>(/Jenis unit/);
    const reason = 'Hanya admin nasional yang dapat mengubah jenis unit.';
    for (const [label, value] of [
      [/Jenis unit/, 'Samsat'],
      [/Instansi pemilik/, 'Pemerintah Provinsi Kalimantan Selatan'],
      [/Wilayah/, 'Kota Banjarmasin, Kalimantan Selatan'],
      [/SIPPN/, 'SIPPN-1'],
    ] as const) {
      const field = screen.getByLabelText<HTMLInputElement>(label);
      expect(field.readOnly).toBe(true);
      expect(field.value).toBe(value);
    }
    const describedBy = (kind.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toContain(reason);
    expect(screen.getAllByText('Hanya admin nasional yang dapat mengubah identitas unit di sistem nasional.').length).toBeGreaterThan(0);
    // Each read-only external id is tied to that reason, not just placed near it.
    for (const label of [/SIPPN/, /PEKPPP/]) {
      const ids = (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '').split(' ');
      expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain(
        'Hanya admin nasional yang dapat mengubah identitas unit di sistem nasional.',
      );
    }
    expect(screen.queryByRole('combobox', { name: /Jenis unit/ })).toBeNull();
    // The desk's own fields stay editable.
    expect(screen.getByLabelText<HTMLInputElement>('Telepon').readOnly).toBe(false);
  });

  it('asks a signed-out visitor to sign in, with a link to the sign-in page, instead of "you may not"', async () => {
    renderRegistry('/registry/units/unit-1/edit', resolver(jest.fn()), { user: null });
    expect(await screen.findByText('Masuk terlebih dahulu untuk mengubah unit ini.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/sign-in');
    expect(screen.queryByText('Anda tidak berwenang mengubah unit ini.')).toBeNull();
  });

  it('sends nothing when nothing changed, and says so', async () => {
    const update = jest.fn();
    renderRegistry('/registry/units/unit-1/edit', resolver(update), { user: DESK });
    fireEvent.click(await screen.findByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Belum ada yang diubah, jadi tidak ada yang disimpan.')).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('lets the national admin change the kind and agency, sending just those, and shows a refusal on its field', async () => {
    const update = jest.fn((_operation: string, _variables: Record<string, unknown>) =>
      gqlError('FORBIDDEN', 'input.kind', 'Jenis unit tidak dapat diubah', 'The unit kind cannot be changed'),
    );
    renderRegistry('/registry/units/unit-1/edit', resolver(update));
    const kind = await screen.findByRole('combobox', { name: /Jenis unit/ });
    fireEvent.change(kind, { target: { value: 'OTHER' } });
    fireEvent.change(screen.getByLabelText('Cari instansi'), { target: { value: 'kepolisian' } });
    await screen.findByRole('option', { name: /Kepolisian Daerah Kalimantan Selatan/ });
    fireEvent.change(screen.getByRole('combobox', { name: /Instansi pemilik/ }), { target: { value: 'agency-101' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('link', { name: 'Jenis unit tidak dapat diubah' })).getAttribute('href')).toBe('#unit-kind');
    expect(update.mock.calls[0]?.[1]).toEqual({ id: 'unit-1', input: { kind: 'OTHER', agencyId: 'agency-101' } });
  });
});

import { connection, findSummary, gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import type { AuditEntry } from '../history/history.operations';
import type { RegionSummary, RegionWithParent } from '../regions/region.operations';
import type { AgencyAdminRow, AgencyForEdit } from './agency.operations';
import { reply } from '../testing/reply';

const PROVINCES: RegionSummary[] = [{ code: '63', name: 'Kalimantan Selatan', regencyKind: null }];
const REGENCIES: RegionSummary[] = [{ code: '63.71', name: 'Kota Banjarmasin', regencyKind: 'KOTA' }];
const PROVINCE: RegionWithParent = { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE', regencyKind: null, parent: null };
const ACTIVE: AgencyAdminRow = {
  id: 'agency-1',
  name: 'Pemerintah Provinsi Kalimantan Selatan',
  type: 'PROVINSI',
  serviceUnitCount: 3,
  archived: false,
  archivedAt: null,
  region: { code: '63', name: 'Kalimantan Selatan' },
  parent: null,
};
const ARCHIVED: AgencyAdminRow = {
  ...ACTIVE,
  id: 'agency-2',
  name: 'Dinas Lama',
  type: 'KOTA',
  serviceUnitCount: 0,
  archived: true,
  archivedAt: '2026-12-01T01:00:00Z',
  parent: { id: 'agency-1', name: ACTIVE.name },
};
const RENAMED: AuditEntry = {
  id: 'a1',
  at: '2026-12-02T02:00:00Z',
  actorId: 'admin',
  actorName: 'Admin Nasional',
  action: 'UPDATE',
  objectType: 'Agency',
  objectId: 'agency-1',
  changes: [
    { field: 'name', before: 'Pemprov Kalsel', after: 'Pemerintah Provinsi Kalimantan Selatan' },
    { field: 'type', before: 'KOTA', after: 'PROVINSI' },
  ],
};

function resolver(mutations: Resolver = () => ({ data: null, errors: [{ message: 'no mutation expected' }] })): Resolver {
  return (operation, variables) => {
    const filter = (variables['filter'] ?? {}) as { includeArchived?: boolean };
    if (operation === 'AdminAgencies')
      return reply('AdminAgencies', { agencies: connection(filter.includeArchived ? [ACTIVE, ARCHIVED] : [ACTIVE]) });
    if (operation === 'AgencyOptions')
      return reply('AgencyOptions', {
        agencies: connection([{ id: 'agency-1', name: ACTIVE.name, region: { name: 'Kalimantan Selatan' } }]),
      });
    if (operation === 'Provinces') return reply('Provinces', { provinces: PROVINCES });
    if (operation === 'Regencies') return reply('Regencies', { regencies: REGENCIES });
    if (operation === 'Agency') return reply('Agency', { agency: { ...ACTIVE, region: PROVINCE } });
    if (operation === 'AgencyChanges') return reply('AgencyChanges', { agency: { id: 'agency-1', changes: connection([RENAMED]) } });
    if (operation === 'ServiceUnits') return reply('ServiceUnits', { serviceUnits: connection([]) });
    // The agency page also shows its units' Ombudsman readiness (a query, not a mutation).
    if (operation === 'AgencyOmbudsmanReadiness')
      return reply('AgencyOmbudsmanReadiness', {
        agencyOmbudsmanReadiness: {
          unitCount: 0,
          readyUnitCount: 0,
          serviceCount: 0,
          checkedComponents: 0,
          missingCount: 0,
          unpublishedCount: 0,
          units: connection([]),
        },
      });
    return mutations(operation, variables);
  };
}

describe('agencies for the national admin', () => {
  it('lists agencies with type and status in words, archived ones only on request', async () => {
    const { calls } = renderRegistry('/registry/admin/agencies', resolver());
    const table = await screen.findByRole('table', { name: 'Instansi' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(table.textContent).toContain('Pemerintah provinsi');
    expect(table.textContent).not.toContain('Dinas Lama');
    fireEvent.click(screen.getByLabelText('Tampilkan yang diarsipkan'));
    await waitFor(() => expect(table.textContent).toContain('Dinas Lama'));
    expect(table.textContent).toContain('Diarsipkan');
    expect(table.textContent).not.toMatch(/PROVINSI|KOTA\b/);
    expect(calls.filter((c) => c.operation === 'AdminAgencies').at(-1)?.variables['filter']).toEqual({ includeArchived: true });
  });

  it('counts agencies in English with the plural that fits ("1 agency found")', async () => {
    renderRegistry('/registry/admin/agencies', resolver(), { language: 'en' });
    await screen.findByText('1 agency found');
    fireEvent.click(screen.getByLabelText('Show archived ones'));
    await screen.findByText('2 agencies found');
  });

  it('creates an agency with a kabupaten/kota region and a parent found by search', async () => {
    const mutations = jest.fn((_operation: string, _variables: Record<string, unknown>) =>
      reply('CreateAgency', { createAgency: { id: 'agency-new' } }),
    );
    const { calls } = renderRegistry('/registry/admin/agencies/new', resolver(mutations));
    const name = await screen.findByLabelText(/Nama instansi/);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const summary = await findSummary();
    expect(summary.textContent).toContain('Masukkan nama instansi');
    expect(summary.textContent).toContain('Pilih jenis instansi');

    fireEvent.change(name, { target: { value: 'DPMPTSP Kota Banjarmasin' } });
    fireEvent.change(screen.getByLabelText(/Jenis instansi/), { target: { value: 'KOTA' } });
    fireEvent.change(screen.getByLabelText(/Provinsi/), { target: { value: '63' } });
    await screen.findByRole('option', { name: 'Kota Banjarmasin' });
    fireEvent.change(screen.getByLabelText(/Kabupaten\/kota/), { target: { value: '63.71' } });
    fireEvent.change(screen.getByLabelText('Cari instansi'), { target: { value: 'kalimantan' } });
    await screen.findByRole('option', { name: /Pemerintah Provinsi Kalimantan Selatan/ });
    fireEvent.change(screen.getByLabelText(/Instansi induk/), { target: { value: 'agency-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(mutations).toHaveBeenCalled());
    expect(mutations.mock.calls[0]?.[1]).toEqual({
      input: { name: 'DPMPTSP Kota Banjarmasin', type: 'KOTA', regionCode: '63.71', parentId: 'agency-1' },
    });
    await waitFor(() => expect(calls.some((c) => c.operation === 'Agency' && c.variables['id'] === 'agency-new')).toBe(true));
  });

  it('edits an agency from its current type, region and parent, and cannot make it its own parent', async () => {
    const agency: AgencyForEdit = {
      id: 'agency-3',
      name: 'DPMPTSP Kota Banjarmasin',
      type: 'KOTA',
      regionCode: '63.71',
      archived: false,
      region: {
        code: '63.71',
        name: 'Kota Banjarmasin',
        level: 'REGENCY',
        regencyKind: 'KOTA',
        parent: { code: '63', name: 'Kalimantan Selatan' },
      },
      parent: { id: 'agency-1', name: ACTIVE.name },
    };
    const mutations = jest.fn((_operation: string, _variables: Record<string, unknown>) =>
      reply('UpdateAgency', { updateAgency: { id: 'agency-3' } }),
    );
    renderRegistry('/registry/admin/agencies/agency-3/edit', (operation, variables) => {
      if (operation === 'AgencyForEdit') return reply('AgencyForEdit', { agency });
      if (operation === 'AgencyOptions')
        return reply('AgencyOptions', {
          agencies: connection([
            { id: 'agency-3', name: agency.name, region: null },
            { id: 'agency-1', name: ACTIVE.name, region: { name: 'Kalimantan Selatan' } },
          ]),
        });
      return resolver(mutations)(operation, variables);
    });
    const name = await screen.findByLabelText<HTMLInputElement>(/Nama instansi/);
    expect(name.value).toBe('DPMPTSP Kota Banjarmasin');
    await screen.findByRole('option', { name: 'Kota Banjarmasin' });
    expect(screen.getByLabelText<HTMLSelectElement>(/Kabupaten\/kota/).value).toBe('63.71');
    expect(screen.getByLabelText<HTMLSelectElement>(/Instansi induk/).value).toBe('agency-1');
    expect(within(screen.getByLabelText(/Instansi induk/)).queryByRole('option', { name: /^DPMPTSP Kota Banjarmasin/ })).toBeNull();
    fireEvent.change(name, { target: { value: 'DPMPTSP dan Naker Kota Banjarmasin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(mutations).toHaveBeenCalled());
    expect(mutations.mock.calls[0]?.[1]).toEqual({
      id: 'agency-3',
      input: { name: 'DPMPTSP dan Naker Kota Banjarmasin', type: 'KOTA', regionCode: '63.71', parentId: 'agency-1' },
    });
  });

  it('shows a server refusal on the right field', async () => {
    const mutations = jest.fn(() => gqlError('BAD_USER_INPUT', 'input.regionCode', 'Kode wilayah tidak dikenal', 'Unknown region code'));
    renderRegistry('/registry/admin/agencies/new', resolver(mutations), { language: 'en' });
    fireEvent.change(await screen.findByLabelText(/Agency name/), { target: { value: 'X' } });
    fireEvent.change(screen.getByLabelText(/Agency type/), { target: { value: 'BUMN' } });
    fireEvent.change(screen.getByLabelText(/Province/), { target: { value: '63' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('link', { name: 'Unknown region code' })).getAttribute('href')).toBe('#agency-regionCode');
  });

  it("archives from the agency's page only after asking, and shows the agency's history", async () => {
    const mutations = jest.fn(() =>
      reply('ArchiveAgency', { archiveAgency: { id: 'agency-1', archived: true, archivedAt: '2026-12-06T01:00:00Z' } }),
    );
    const { calls } = renderRegistry('/registry/agencies/agency-1', resolver(mutations));
    const history = await screen.findByRole('region', { name: 'Riwayat perubahan' });
    await waitFor(() =>
      expect(history.textContent).toContain('Nama instansi: Pemprov Kalsel → menjadi Pemerintah Provinsi Kalimantan Selatan'),
    );
    expect(history.textContent).toContain('Jenis instansi: Pemerintah kota → menjadi Pemerintah provinsi');
    expect(screen.getByRole('link', { name: 'Ubah instansi' }).getAttribute('href')).toBe('/registry/admin/agencies/agency-1/edit');
    fireEvent.click(screen.getByRole('button', { name: 'Arsipkan' }));
    expect(mutations).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Ya, arsipkan' }));
    await waitFor(() => expect(mutations).toHaveBeenCalledWith('ArchiveAgency', { id: 'agency-1' }));
    // The archive is a change too: the history is read again.
    await waitFor(() => expect(calls.filter((c) => c.operation === 'AgencyChanges')).toHaveLength(2));
  });

  it('tells an empty registry "Belum ada instansi" with a way to add one, and "tidak ada yang cocok" only for a search', async () => {
    renderRegistry('/registry/admin/agencies', (operation, variables) => {
      if (operation === 'AdminAgencies') return reply('AdminAgencies', { agencies: connection([]) });
      return resolver()(operation, variables);
    });
    await screen.findByText('Belum ada instansi');
    expect(screen.queryByText('Tidak ada instansi yang cocok')).toBeNull();
    // The page header's button and the empty list's next step.
    expect(screen.getAllByRole('link', { name: 'Tambah instansi' }).map((link) => link.getAttribute('href'))).toEqual([
      '/registry/admin/agencies/new',
      '/registry/admin/agencies/new',
    ]);
    fireEvent.change(screen.getByLabelText('Cari instansi'), { target: { value: 'dinas' } });
    expect(await screen.findByText('Tidak ada instansi yang cocok')).toBeTruthy();
    expect(screen.queryByText('Belum ada instansi')).toBeNull();
  });

  it('says an agency without units has none yet, with no filter to clear', async () => {
    renderRegistry('/registry/agencies/agency-1', resolver());
    expect(await screen.findByText('Belum ada unit pelayanan yang terdaftar')).toBeTruthy();
    expect(screen.queryByText(/Tidak ada unit yang cocok|hapus filter/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Tambah unit' }).getAttribute('href')).toBe('/registry/units/new');
  });

  it('keeps agency administration from anyone but the national admin', async () => {
    renderRegistry('/registry/admin/agencies', resolver(), { user: DESK });
    expect(await screen.findByText('Hanya admin nasional yang dapat mengelola instansi.')).toBeTruthy();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { badInput, DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';
import type { RegionSummary } from '../regions/region.operations';

const PROVINCES: RegionSummary[] = [
  { code: '62', name: 'Kalimantan Tengah', regencyKind: null },
  { code: '63', name: 'Kalimantan Selatan', regencyKind: null },
];
const REGENCIES: RegionSummary[] = [{ code: '63.71', name: 'Kota Banjarmasin', regencyKind: 'KOTA' }];
const AGENCIES = {
  totalCount: 1,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: [
    {
      cursor: 'a',
      node: { id: 'agency-1', name: 'Pemerintah Provinsi Kalimantan Selatan', type: 'PROVINSI', serviceUnitCount: 3, region: null },
    },
  ],
};

function resolver(onCreate: Resolver): Resolver {
  return (operation, variables) => {
    if (operation === 'Provinces') return reply('Provinces', { provinces: PROVINCES });
    if (operation === 'Regencies') return reply('Regencies', { regencies: variables['provinceCode'] === '63' ? REGENCIES : [] });
    if (operation === 'AgencyOptions') return reply('AgencyOptions', { agencies: AGENCIES });
    if (operation === 'CreateServiceUnit') return onCreate(operation, variables);
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

async function fillValidUnit() {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText(/Nama unit/), 'Samsat Banjarmasin II');
  await user.selectOptions(screen.getByLabelText(/Jenis unit/), 'SAMSAT');
  await user.selectOptions(screen.getByLabelText(/Kelompok layanan/), 'ADMINISTRASI');
  await user.selectOptions(screen.getByLabelText(/Instansi pemilik/), 'agency-1');
  await user.selectOptions(screen.getByLabelText(/Provinsi/), '63');
  await screen.findByRole('option', { name: 'Kota Banjarmasin' });
  await user.selectOptions(screen.getByLabelText(/Kabupaten\/kota/), '63.71');
  await user.type(screen.getByLabelText('SIPPN', { exact: false }), 'SIPPN-6371-001');
  return user;
}

describe('unit form', () => {
  it('checks the required fields before sending anything, with a linked error summary', async () => {
    const onCreate = jest.fn();
    renderRegistry('/registry/units/new', resolver(onCreate));
    await screen.findByLabelText(/Nama unit/);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Simpan' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Masukkan nama unit');
    expect(screen.getByRole('link', { name: 'Pilih provinsi' }).getAttribute('href')).toBe('#unit-regionCode');
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('maps a server field error (extensions.field) onto the field and into the summary', async () => {
    const onCreate = jest.fn(() =>
      badInput('input.externalIds.sippn', 'ID SIPPN sudah dipakai unit lain', 'SIPPN id already belongs to another unit'),
    );
    renderRegistry('/registry/units/new', resolver(onCreate));
    const user = await fillValidUnit();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const link = await screen.findByRole('link', { name: 'ID SIPPN sudah dipakai unit lain' });
    expect(link.getAttribute('href')).toBe('#unit-externalIds-sippn');
    const sippn = document.getElementById('unit-externalIds-sippn') as HTMLInputElement;
    expect(sippn.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (sippn.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toContain('ID SIPPN sudah dipakai unit lain');

    expect(onCreate).toHaveBeenCalledTimes(1);
    const [, variables] = onCreate.mock.calls[0] as unknown as [string, { input: Record<string, unknown> }];
    expect(variables.input).toMatchObject({
      name: 'Samsat Banjarmasin II',
      kind: 'SAMSAT',
      serviceGroup: 'ADMINISTRASI',
      agencyId: 'agency-1',
      regionCode: '63.71',
      externalIds: { sippn: 'SIPPN-6371-001', pekppp: null },
    });

    await user.click(link);
    expect(document.activeElement).toBe(sippn);
  });

  it('shows the server message in English when the page is in English', async () => {
    const onCreate = jest.fn(() => badInput('input.regionCode', 'Kode wilayah tidak dikenal', 'Unknown region code'));
    renderRegistry('/registry/units/new', resolver(onCreate), { language: 'en' });
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText(/Unit name/), 'Unit X');
    await user.selectOptions(screen.getByLabelText(/Unit kind/), 'OTHER');
    await user.selectOptions(screen.getByLabelText(/Service group/), 'JASA');
    await user.selectOptions(screen.getByLabelText(/Owning agency/), 'agency-1');
    await user.selectOptions(screen.getByLabelText(/^Province/), '62');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('link', { name: 'Unknown region code' })).getAttribute('href')).toBe('#unit-regionCode');
  });

  it('goes to the new unit once it is created', async () => {
    const onCreate = jest.fn(() => reply('CreateServiceUnit', { createServiceUnit: { id: 'unit-new' } }));
    const { calls } = renderRegistry('/registry/units/new', (operation, variables) =>
      operation === 'ServiceUnit' ? reply('ServiceUnit', { serviceUnit: null }) : resolver(onCreate)(operation, variables),
    );
    const user = await fillValidUnit();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'ServiceUnit' && c.variables['id'] === 'unit-new')).toBe(true));
  });

  it('tells someone who is not an admin that only admins create units', async () => {
    renderRegistry('/registry/units/new', resolver(jest.fn()), { user: DESK });
    expect(await screen.findByText('Hanya admin nasional yang dapat menambah unit.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
  });

  it('asks a signed-out visitor to sign in first', async () => {
    renderRegistry('/registry/units/new', resolver(jest.fn()), { user: null });
    expect(await screen.findByText('Masuk terlebih dahulu untuk menambah unit.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/sign-in');
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
  });
});

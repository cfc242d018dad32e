import { expectNoInternalCodes, gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';
import type { ImportReport } from './lifecycle.operations';

const UNIT = {
  id: 'unit-1',
  name: 'Samsat Kalimantan Selatan',
  canEdit: true,
  region: { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE' as const, regencyKind: null, parent: null },
};

const REFUSED: ImportReport = {
  accepted: false,
  created: 0,
  updated: 0,
  rows: [
    { row: 2, name: 'Perpanjangan STNK', ok: true, errors: [] },
    {
      row: 3,
      name: null,
      ok: false,
      errors: [{ field: 'name', message: 'Nama layanan wajib diisi.', messageEn: 'The name must not be empty.' }],
    },
    {
      row: 4,
      name: 'Mutasi kendaraan',
      ok: false,
      errors: [
        {
          field: 'published',
          message: 'fee ditandai dipublikasikan tetapi belum diisi.',
          messageEn: 'fee is marked published but has no content.',
        },
        { field: 'fee', message: 'Paling banyak 20000 karakter.', messageEn: 'At most 20000 characters.' },
      ],
    },
  ],
};

function answer(canEdit: boolean, importServices: (variables: Record<string, unknown>) => unknown): Resolver {
  return (operation, variables) =>
    operation === 'UnitForService' ? reply('UnitForService', { serviceUnit: { ...UNIT, canEdit } }) : importServices(variables);
}

function choose(name: string, content: string) {
  const input = document.getElementById('service-import-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
}

describe('importing a unit’s services from a file', () => {
  it('sends the file with the format its name implies, and reports what was added and updated', async () => {
    const send = jest.fn(() =>
      reply('ImportServices', { importServices: { accepted: true, created: 1, updated: 1, rows: REFUSED.rows.slice(0, 1) } }),
    );
    renderRegistry('/registry/units/unit-1/services/import', answer(true, send), { user: DESK });
    await screen.findByRole('heading', { level: 1, name: 'Impor layanan' });
    choose('layanan.csv', 'name\nPerpanjangan STNK\n');
    expect(screen.getByLabelText<HTMLSelectElement>(/^Format berkas/).value).toBe('CSV');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa dan impor' }));
    expect(await screen.findByText('Berkas diterima: 1 layanan ditambahkan, 1 diperbarui.')).toBeTruthy();
    expect(send).toHaveBeenCalledWith({
      serviceUnitId: 'unit-1',
      format: 'CSV',
      contentBase64: btoa('name\nPerpanjangan STNK\n'),
    });
    expect(screen.getByRole('link', { name: 'Lihat layanan Samsat Kalimantan Selatan' }).getAttribute('href')).toBe(
      '/registry/units/unit-1',
    );
  });

  it('shows a refused file row by row, the wrong rows first, each problem named by its column, and says nothing was saved', async () => {
    renderRegistry(
      '/registry/units/unit-1/services/import',
      answer(true, () => reply('ImportServices', { importServices: REFUSED })),
    );
    await screen.findByRole('heading', { level: 1, name: 'Impor layanan' });
    choose('layanan.csv', 'name,fee,published\n');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa dan impor' }));
    expect(
      await screen.findByText(
        'Berkas ditolak: 2 dari 3 baris bermasalah. Tidak ada yang disimpan; perbaiki baris yang ditandai lalu impor lagi.',
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Hasil pemeriksaan per baris' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['3', '4', '2']);
    expect(rows[0].textContent).toContain('(tanpa nama)');
    expect(rows[0].textContent).toContain('Nama: Nama layanan wajib diisi.');
    expect(rows[1].textContent).toContain('Dipublikasikan: fee ditandai dipublikasikan tetapi belum diisi.');
    expect(rows[1].textContent).toContain('Biaya/tarif: Paling banyak 20000 karakter.');
    expect(rows[2].textContent).toContain('Benar');
    expectNoInternalCodes();
  });

  it('in English: the service’s English words and the columns’ English names', async () => {
    renderRegistry(
      '/registry/units/unit-1/services/import',
      answer(true, () => reply('ImportServices', { importServices: REFUSED })),
      {
        language: 'en',
      },
    );
    await screen.findByRole('heading', { level: 1, name: 'Import services' });
    choose('layanan.csv', 'name\n');
    fireEvent.click(screen.getByRole('button', { name: 'Check and import' }));
    expect(await screen.findByText('Fee: At most 20000 characters.', { exact: false })).toBeTruthy();
    expectNoInternalCodes();
  });

  it('asks for a file and a format before sending anything', async () => {
    const send = jest.fn();
    renderRegistry('/registry/units/unit-1/services/import', answer(true, send));
    await screen.findByRole('heading', { level: 1, name: 'Impor layanan' });
    fireEvent.click(screen.getByRole('button', { name: 'Periksa dan impor' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Pilih berkas yang akan diimpor' }).getAttribute('href')).toBe('#service-import-file');
    expect(within(summary).getByRole('link', { name: 'Pilih format berkas' })).toBeTruthy();
    choose('layanan.txt', 'name\n');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa dan impor' }));
    expect(await screen.findByRole('link', { name: 'Pilih format berkas' })).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the registry’s refusal in its words, on the file field when it is about the file', async () => {
    renderRegistry(
      '/registry/units/unit-1/services/import',
      answer(true, () => gqlError('BAD_USER_INPUT', 'contentBase64', 'Berkas kosong.', 'The file is empty.')),
    );
    await screen.findByRole('heading', { level: 1, name: 'Impor layanan' });
    choose('layanan.csv', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa dan impor' }));
    expect(await screen.findByRole('link', { name: 'Berkas kosong.' })).toBeTruthy();
    expect(screen.getByLabelText(/^Berkas/).getAttribute('aria-invalid')).toBe('true');
  });

  it('offers no form to someone who may not change the unit', async () => {
    renderRegistry('/registry/units/unit-1/services/import', answer(false, jest.fn()), { user: null });
    expect(await screen.findByText('Hanya admin nasional dan petugas unit ini yang dapat mengimpor layanan unit ini.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Periksa dan impor' })).toBeNull();
  });
});

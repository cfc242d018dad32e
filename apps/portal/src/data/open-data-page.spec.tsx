import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { fakeFetch, json } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';
import type { CatalogDataset } from './open-data-catalog';

const load = jest.fn(() => Promise.resolve(() => null));

const UNITS: CatalogDataset = {
  identifier: 'service-units',
  title: 'Unit penyelenggara pelayanan publik',
  titleEn: 'Public service units',
  description: 'Daftar unit penyelenggara pelayanan publik di registri Simpul.',
  descriptionEn: 'The public service units in the Simpul registry.',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  licenseName: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
  modified: '2026-12-05T03:15:00.000Z',
  publisher: { name: 'Kementerian PANRB (Simpul)' },
  fields: [
    { name: 'id', type: 'string', description: 'Pengenal unit (UUID, tetap)', descriptionEn: 'Unit id (UUID, stable)' },
    { name: 'updated_at', type: 'datetime', description: 'Terakhir diubah', descriptionEn: 'Last changed' },
  ],
  distribution: [
    { downloadURL: 'http://localhost:4200/data/service-units.csv', mediaType: 'text/csv', format: 'CSV' },
    { downloadURL: 'http://localhost:4200/data/service-units.json', mediaType: 'application/json', format: 'JSON' },
    {
      downloadURL: 'http://localhost:4200/data/service-units.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      format: 'XLSX',
    },
  ],
};
const IKM: CatalogDataset = {
  ...UNITS,
  identifier: 'ikm-results',
  title: 'Indeks Kepuasan Masyarakat (IKM) per unit dan periode',
  titleEn: 'Community Satisfaction Index (IKM) per unit and period',
  fields: [],
  distribution: UNITS.distribution.map((d) => ({ ...d, downloadURL: d.downloadURL.replace('service-units', 'ikm-results') })),
};

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function catalogFetch(answer: () => Response) {
  const fetchMock = fakeFetch((url) => {
    if (url === '/data/catalog.json') return answer();
    return json({}, 404);
  });
  globalThis.fetch = fetchMock;
  return fetchMock;
}

describe('/data (signed out)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('lists every dataset with its description, licence, last update, downloads and fields', async () => {
    catalogFetch(() => json({ dataset: [UNITS, IKM] }));
    renderPortal({ path: '/data', load });
    const units = await screen.findByRole('region', { name: 'Unit penyelenggara pelayanan publik' });
    expect(screen.getByRole('heading', { level: 1, name: 'Data terbuka' })).toBeTruthy();
    expect(within(units).getByText('Daftar unit penyelenggara pelayanan publik di registri Simpul.')).toBeTruthy();
    expect(within(units).getByText(/Terakhir diperbarui: 5 Desember 2026/)).toBeTruthy();
    expect(within(units).getByRole('link', { name: 'Creative Commons Attribution 4.0 (CC BY 4.0)' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const csv = within(units).getByRole('link', { name: 'Unduh Unit penyelenggara pelayanan publik sebagai CSV' });
    expect(csv.getAttribute('href')).toBe('/data/service-units.csv');
    expect(
      within(units)
        .getByRole('link', { name: /sebagai Excel \(XLSX\)/ })
        .getAttribute('href'),
    ).toBe('/data/service-units.xlsx');
    expect(
      within(units)
        .getByRole('link', { name: /sebagai JSON/ })
        .getAttribute('href'),
    ).toBe('/data/service-units.json');
    const table = within(units).getByRole('table', { name: 'Kolom set data Unit penyelenggara pelayanan publik' });
    expect(within(table).getByRole('cell', { name: 'updated_at' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: 'tanggal dan waktu' })).toBeTruthy();
    expect(screen.getByRole('region', { name: IKM.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Katalog untuk mesin (DCAT, JSON)' }).getAttribute('href')).toBe('/data/catalog.json');
    expectNoInternalCodes();
    await expectAccessible();
  });

  it('reads in English after the switch', async () => {
    catalogFetch(() => json({ dataset: [UNITS] }));
    renderPortal({ path: '/data', load, language: 'en' });
    const units = await screen.findByRole('region', { name: 'Public service units' });
    expect(within(units).getByText('The public service units in the Simpul registry.')).toBeTruthy();
    expect(within(units).getByRole('link', { name: 'Download Public service units as CSV' })).toBeTruthy();
    expect(within(units).getByRole('cell', { name: 'Last changed' })).toBeTruthy();
    expect(within(units).getByText(/Last updated: 5 December 2026/)).toBeTruthy();
  });

  it('says so when the catalogue cannot be loaded, and tries again on request', async () => {
    let up = false;
    const fetchMock = catalogFetch(() => (up ? json({ dataset: [UNITS] }) : json({ errors: [] }, 503)));
    renderPortal({ path: '/data', load });
    expect(await screen.findByText('Daftar set data tidak dapat dimuat')).toBeTruthy();
    up = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    });
    expect(await screen.findByRole('region', { name: UNITS.title })).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([input]) => input === '/data/catalog.json')).toHaveLength(2);
  });
});

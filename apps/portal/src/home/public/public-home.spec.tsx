import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlNetwork } from '../../testing/graphql-network';
import { renderPortal } from '../../testing/render-portal';
import { reply } from '../../testing/reply';
import { signInAs } from '../../testing/signed-in';
import { IKM, IKM_MAP, IPP, KIPP, MPP, NO_OMBUDSMAN, OMBUDSMAN } from './public-figures.fixtures';

jest.setTimeout(20_000);

const load = jest.fn(() => Promise.resolve(() => null));

function figures(overrides: Record<string, () => unknown> = {}) {
  return graphqlNetwork({
    PublicIppByProvince: () => reply('PublicIppByProvince', IPP),
    PublicIkmDistribution: () => reply('PublicIkmDistribution', IKM),
    PublicIkmByProvince: () => reply('PublicIkmByProvince', IKM_MAP),
    PublicMallGrowth: () => reply('PublicMallGrowth', MPP),
    PublicKippAwards: () => reply('PublicKippAwards', KIPP),
    PublicOmbudsmanZones: () => reply('PublicOmbudsmanZones', OMBUDSMAN),
    ...overrides,
  });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('the public front door (signed out)', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
  });

  it('says what anyone can see, then the national picture: each figure a chart with its table, its origin and a link on', async () => {
    const network = figures();
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const open = await screen.findByRole('region', { name: 'Yang dapat dilihat siapa saja, tanpa masuk' });
    expect(
      within(open).getByRole('link', { name: 'Hasil penilaian kepatuhan Ombudsman per instansi dan provinsi' }).getAttribute('href'),
    ).toBe('/evaluasi/ombudsman');
    expect(within(open).getByRole('link', { name: 'Data terbuka untuk diunduh (CSV, JSON, XLSX)' }).getAttribute('href')).toBe('/data');

    const ipp = section('IPP per provinsi dan cohort');
    await within(ipp).findByRole('img', {
      name: /Diagram batang rerata IPP 2 provinsi, PEKPPP 2022 \(Pemantauan\); tertinggi Kalimantan Selatan \(4,02\)/,
    });
    const ippTable = within(ipp).getByRole('table', { name: 'Rerata Indeks Pelayanan Publik per provinsi, PEKPPP 2022 (Pemantauan)' });
    const kalsel = within(ippTable).getByRole('rowheader', { name: 'Kalimantan Selatan' }).closest('tr') as HTMLElement;
    expect(
      within(kalsel)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4,02', 'A- · Sangat Baik', '1', '–', '4,02 (1)']);
    // The cohort breakdown: the columns name the cohorts in words, and the chart can show one cohort.
    expect(within(ippTable).getByRole('columnheader', { name: 'Samsat tingkat provinsi' })).toBeTruthy();
    await userEvent.selectOptions(within(ipp).getByRole('combobox', { name: 'Cohort' }), 'DPMPTSP tingkat provinsi');
    expect(within(ipp).getByRole('img', { name: /rerata IPP 1 provinsi.*tertinggi Kalimantan Tengah \(3,14\)/ })).toBeTruthy();
    // A mean with demo results in it says so.
    expect(within(ipp).getByText('Contoh')).toBeTruthy();
    expect(within(ipp).getByRole('link', { name: 'Hasil dan peringkat PEKPPP 2022 (Pemantauan)' }).getAttribute('href')).toBe(
      '/evaluasi/cycles/cycle-2022/results',
    );

    const ikm = section('Sebaran IKM');
    expect(
      within(ikm).getByRole('img', {
        name: 'Diagram batang jumlah unit per mutu IKM tahun 2026: A · Sangat Baik 0, B · Baik 5, C · Kurang Baik 7, D · Tidak Baik 0',
      }),
    ).toBeTruthy();
    expect(within(ikm).getByRole('rowheader', { name: 'B · Baik' }).closest('tr')?.textContent).toBe('B · Baik76,61–88,305');
    expect(within(ikm).getByText(/72 unit lain disurvei tahun ini/)).toBeTruthy();
    expect(within(ikm).getByRole('link', { name: 'Hasil SKM setiap unit' }).getAttribute('href')).toBe('/skm/hasil');

    // The official MPP series names its source; Simpul's own count is apart and marked demo.
    const mpp = section('Pertumbuhan MPP per tahun');
    expect(within(mpp).getByRole('img', { name: 'Diagram kolom jumlah MPP resmi per tahun, 3 (2017) sampai 305 (2025)' })).toBeTruthy();
    expect(within(mpp).getByText('Resmi')).toBeTruthy();
    expect(within(mpp).getByText('Sumber: KemenPAN-RB, Siaran pers MPP')).toBeTruthy();
    const row2019 = within(mpp).getByRole('rowheader', { name: '2019' }).closest('tr') as HTMLElement;
    expect(within(row2019).getAllByRole('cell')[0].textContent).toBe('43');
    expect(within(row2019).getByText('Contoh')).toBeTruthy();

    const kipp = section('Pemenang KIPP per tahun');
    expect(
      within(kipp).getByRole('img', { name: 'Diagram kolom pemenang KIPP per tahun, 2022 sampai 2023; 45 pemenang Top 45 tahun 2023' }),
    ).toBeTruthy();
    expect(within(kipp).getByRole('link', { name: 'Pemenang KIPP 2023' }).getAttribute('href')).toBe('/kipp/pemenang/2023');

    const ombudsman = section('Zona kepatuhan Ombudsman');
    expect(
      within(ombudsman).getByRole('img', {
        name: 'Diagram batang instansi per zona Ombudsman tahun 2022: Zona hijau 5, Zona kuning 6, Zona merah 2',
      }),
    ).toBeTruthy();
    expect(within(ombudsman).getByRole('link', { name: 'Kalimantan Selatan' }).getAttribute('href')).toBe(
      '/evaluasi/ombudsman/provinsi/63',
    );
    expect(network.sent.map((sent) => sent.operation)).toEqual(
      expect.arrayContaining([
        'PublicIppByProvince',
        'PublicIkmDistribution',
        'PublicMallGrowth',
        'PublicKippAwards',
        'PublicOmbudsmanZones',
      ]),
    );
    // Each figure is asked for once, though the map uses three of them too.
    expect(network.named('PublicIppByProvince')).toHaveLength(1);
    expectNoInternalCodes();
  });

  it('colours a tile map of the 38 provinces by the chosen indicator, values in the tiles and the table, tiles reached by keyboard', async () => {
    const network = figures();
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const map = await screen.findByRole('region', { name: 'Peta provinsi' });
    const ippTile = await within(map).findByRole('link', { name: 'Kalimantan Selatan, KALSEL 4,02' });
    expect(ippTile.getAttribute('href')).toBe('/evaluasi/cycles/cycle-2022/results');
    expect(within(map).getByRole('group', { name: 'Peta kotak 38 provinsi menurut IPP: 2 provinsi memiliki angka' })).toBeTruthy();
    // The table behind the map lists every province, with a value or "tidak ada data".
    const table = within(map).getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(38);
    expect(within(table).getByRole('rowheader', { name: 'Papua Barat Daya' }).closest('tr')?.textContent).toContain('tidak ada data');
    // The legend says in words what each colour means.
    expect(within(within(map).getByRole('list', { name: 'Keterangan warna' })).getByText('4,00–4,49')).toBeTruthy();

    await userEvent.click(within(map).getByRole('radio', { name: 'Zona hijau Ombudsman' }));
    const zoneTile = await within(map).findByRole('link', { name: 'Kalimantan Selatan, KALSEL 38%' });
    expect(zoneTile.getAttribute('href')).toBe('/evaluasi/ombudsman/provinsi/63');
    expect(within(table).getByRole('rowheader', { name: 'Kalimantan Selatan' }).closest('tr')?.textContent).toContain(
      '38% (5 dari 13 instansi)',
    );

    await userEvent.click(within(map).getByRole('radio', { name: 'IKM' }));
    expect((await within(map).findByRole('link', { name: 'Kalimantan Tengah, KALTENG 74,90' })).getAttribute('href')).toBe('/skm/hasil');
    expect(within(map).getByRole('group', { name: 'Peta kotak 38 provinsi menurut IKM: 2 provinsi memiliki angka' })).toBeTruthy();
    expect(within(map).getByRole('table', { name: 'Rerata IKM utama unit, 2026' })).toBeTruthy();

    await userEvent.click(within(map).getByRole('radio', { name: 'Jumlah MPP' }));
    const mallTile = await within(map).findByRole('link', { name: 'Kalimantan Selatan, KALSEL 3' });
    // A province without an operating MPP has no tile link: nothing to follow.
    expect(within(map).queryByRole('link', { name: /^Kalimantan Tengah,/ })).toBeNull();
    // Tab reaches the tile link like any other.
    mallTile.focus();
    expect(document.activeElement).toBe(mallTile);
    // Names, roles and structure of the whole front door (contrast is checked on the colours themselves, colour-scale.spec.ts).
    await expectAccessible();
  });

  it('says plainly when there is no Ombudsman data yet, and one failing figure leaves the others standing', async () => {
    const network = figures({
      PublicOmbudsmanZones: () => reply('PublicOmbudsmanZones', NO_OMBUDSMAN),
      PublicKippAwards: () => ({
        errors: [{ message: 'Layanan KIPP tidak tersedia', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
        data: null,
      }),
    });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const ombudsman = await screen.findByRole('region', { name: 'Zona kepatuhan Ombudsman' });
    expect(
      await within(ombudsman).findByText('Belum ada data Ombudsman. Hasil penilaian kepatuhan akan tampil di sini setelah dicatat.'),
    ).toBeTruthy();
    expect(within(ombudsman).queryByRole('img')).toBeNull();
    expect(within(ombudsman).getByRole('link', { name: 'Semua hasil Ombudsman' })).toBeTruthy();
    const kipp = section('Pemenang KIPP per tahun');
    expect(await within(kipp).findByRole('alert')).toBeTruthy();
    expect(within(kipp).getByText('Pemenang KIPP per tahun tidak dapat dimuat')).toBeTruthy();
    expect(await within(section('Sebaran IKM')).findByRole('img')).toBeTruthy();
    const map = section('Peta provinsi');
    await userEvent.click(within(map).getByRole('radio', { name: 'Zona hijau Ombudsman' }));
    expect(within(map).getByText('Belum ada angka untuk indikator ini.')).toBeTruthy();
  });

  it('speaks English when switched', async () => {
    const network = figures();
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl, language: 'en' });
    const ipp = await screen.findByRole('region', { name: 'IPP by province and cohort' });
    expect(
      await within(ipp).findByRole('img', {
        name: /mean IPP of 2 provinces, PEKPPP 2022 \(Monitoring\); highest Kalimantan Selatan \(4.02\)/,
      }),
    ).toBeTruthy();
    expect(within(ipp).getByRole('rowheader', { name: 'Kalimantan Selatan' }).closest('tr')?.textContent).toContain('A- · Very good');
    expect(within(section('IKM distribution')).getByRole('rowheader', { name: 'C · Less than good' })).toBeTruthy();
    expect(
      within(section('Ombudsman compliance zones')).getByRole('img', { name: /Green zone 5, Yellow zone 6, Red zone 2/ }),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Province map' })).toBeTruthy();
    expectNoInternalCodes();
  });

  it('is not shown, and not asked for, once signed in: the person’s own work comes first', async () => {
    signInAs({ id: 'u2', email: 'admin@simpul.test', displayName: 'Admin', role: 'NATIONAL_ADMIN', mallId: null, serviceUnit: null });
    const network = figures();
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Admin' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Gambaran nasional' })).toBeNull();
    expect(network.sent.some((sent) => sent.operation.startsWith('Public'))).toBe(false);
  });
});

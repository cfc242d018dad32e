import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OmbudsmanComplianceQuery } from '../__generated__/operations';
import { connection } from '../testing/fixtures';
import { badInput, errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { OmbudsmanDetail, OmbudsmanRow } from './ombudsman.operations';

// The Ombudsman pages in jsdom as the portal mounts them, with the network faked per operation.

const SOURCE = 'Ombudsman RI Perwakilan Kalimantan Selatan, Penyampaian Hasil Penilaian Kepatuhan Standar Pelayanan Publik Tahun 2022';
const BANJARMASIN = { id: 'agency-bjm', name: 'Pemerintah Kota Banjarmasin' };

const ZONE_LABEL = {
  HIJAU: { id: 'Zona Hijau (kepatuhan tinggi)', en: 'Green zone (high compliance)' },
  KUNING: { id: 'Zona Kuning (kepatuhan sedang)', en: 'Yellow zone (medium compliance)' },
  MERAH: { id: 'Zona Merah (kepatuhan rendah)', en: 'Red zone (low compliance)' },
} as const;

function row(year: number, fields: Partial<OmbudsmanRow> = {}): OmbudsmanRow {
  const zone = fields.zone ?? 'KUNING';
  return {
    id: `r-${year}-${fields.agency?.id ?? BANJARMASIN.id}`,
    agency: BANJARMASIN,
    agencyName: BANJARMASIN.name,
    regionCode: '63.71',
    year,
    methodVersion: 'KEPATUHAN_2015',
    score: 69.63,
    zone,
    zoneLabel: ZONE_LABEL[zone],
    opinion: null,
    opinionLabel: null,
    maladministrationRisk: null,
    origin: 'DEMO',
    source: null,
    ...fields,
  };
}

const detail = (base: OmbudsmanRow, fields: Partial<OmbudsmanDetail> = {}): OmbudsmanDetail => ({
  ...base,
  dimensions: [],
  unitFindings: [],
  ...fields,
});

const official2022 = row(2022, { origin: 'OFFICIAL', source: SOURCE });
const demo2023 = detail(
  row(2023, { methodVersion: 'OPINI_2022', score: 74.12, opinion: 'C', opinionLabel: { id: 'Kualitas Sedang', en: 'Medium quality' } }),
  {
    dimensions: [
      { dimension: 'INPUT', score: 78.4, weight: 21.85 },
      { dimension: 'PROSES', score: 70.15, weight: 32.37 },
    ],
    unitFindings: [
      {
        serviceUnit: { id: 'unit-dukcapil' },
        unitName: 'Disdukcapil Kota Banjarmasin',
        score: 77.9,
        zone: 'KUNING',
        note: 'Maklumat belum daring',
      },
    ],
  },
);

const compliance = (readinessFails = false): OmbudsmanComplianceQuery => ({
  agency: { ...BANJARMASIN, regionCode: '63.71' },
  ombudsmanCompliance: {
    history: [demo2023, detail(official2022), detail(row(2021, { score: 66.18 }))],
    latestOfficial: {
      id: official2022.id,
      year: 2022,
      score: 69.63,
      zone: 'KUNING',
      zoneLabel: ZONE_LABEL.KUNING,
      opinion: null,
      opinionLabel: null,
      source: SOURCE,
    },
    changeSinceLastYear: {
      yearBefore: 2022,
      yearAfter: 2023,
      scoreDelta: 4.49,
      zoneBefore: 'KUNING',
      zoneAfter: 'KUNING',
      methodChanged: !readinessFails,
      summary: {
        id: 'Naik 4,49 poin sejak 2022; tetap zona kuning (kepatuhan sedang) (metode berbeda)',
        en: 'Up 4.49 points since 2022; still yellow zone (medium compliance) (different method)',
      },
    },
  },
});

const readiness = reply('AgencyOmbudsmanReadiness', {
  agencyOmbudsmanReadiness: {
    unitCount: 2,
    readyUnitCount: 1,
    serviceCount: 5,
    checkedComponents: 9,
    missingCount: 3,
    unpublishedCount: 2,
    units: connection([
      {
        serviceUnit: { id: 'unit-dukcapil', name: 'Disdukcapil Kota Banjarmasin' },
        serviceCount: 3,
        missingCount: 3,
        unpublishedCount: 2,
        ready: false,
      },
      {
        serviceUnit: { id: 'unit-dpmptsp', name: 'DPMPTSP Kota Banjarmasin' },
        serviceCount: 2,
        missingCount: 0,
        unpublishedCount: 0,
        ready: true,
      },
    ]),
  },
});

const PROVINCES = reply('OmbudsmanProvinces', {
  provinces: [
    { code: '63', name: 'Kalimantan Selatan' },
    { code: '62', name: 'Kalimantan Tengah' },
  ],
});

describe('Ombudsman compliance pages', () => {
  it('signed out, the overview lists results with their zone in words, the official one with its source, demo ones marked', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/ombudsman',
      (operation) => {
        if (operation === 'OmbudsmanResults')
          return reply('OmbudsmanResults', {
            ombudsmanResults: connection([
              official2022,
              row(2022, { agency: { id: 'agency-prov', name: 'Pemerintah Provinsi Kalimantan Selatan' }, score: 82.51, zone: 'HIJAU' }),
            ]),
          });
        if (operation === 'OmbudsmanProvinces') return PROVINCES;
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    const table = await screen.findByRole('table', { name: 'Hasil Ombudsman' });
    const banjarmasin = within(table).getByRole('link', { name: 'Pemerintah Kota Banjarmasin' }).closest('tr') as HTMLElement;
    expect(within(banjarmasin).getByText('69,63')).toBeTruthy();
    expect(within(banjarmasin).getByText('Zona kuning')).toBeTruthy();
    expect(within(banjarmasin).getByText('Resmi')).toBeTruthy();
    expect(within(banjarmasin).getByText(`Sumber: ${SOURCE}`)).toBeTruthy();
    expect(within(table).getByText('Zona hijau')).toBeTruthy();
    expect(within(table).getByText('Contoh')).toBeTruthy();
    expect(within(banjarmasin).getByRole('link', { name: 'Pemerintah Kota Banjarmasin' }).getAttribute('href')).toBe(
      '/evaluasi/ombudsman/instansi/agency-bjm',
    );
    expect(screen.queryByRole('link', { name: 'Catat hasil' })).toBeNull();
    expect(calls.find((call) => call.operation === 'OmbudsmanResults')?.variables).toMatchObject({
      filter: { regionCode: null, year: null, zone: null },
    });
  });

  it('filters by province, year and zone, and links to the province summary', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/ombudsman',
      (operation) => {
        if (operation === 'OmbudsmanResults') return reply('OmbudsmanResults', { ombudsmanResults: connection([official2022]) });
        if (operation === 'OmbudsmanProvinces') return PROVINCES;
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    await screen.findByRole('option', { name: 'Kalimantan Selatan' });
    fireEvent.change(screen.getByLabelText('Provinsi'), { target: { value: '63' } });
    fireEvent.change(screen.getByLabelText('Tahun'), { target: { value: '2022' } });
    fireEvent.change(screen.getByLabelText('Zona'), { target: { value: 'KUNING' } });
    await waitFor(() =>
      expect(calls.filter((call) => call.operation === 'OmbudsmanResults').at(-1)?.variables).toMatchObject({
        filter: { regionCode: '63', year: 2022, zone: 'KUNING' },
      }),
    );
    expect(screen.getByRole('link', { name: 'Ringkasan zona Kalimantan Selatan' }).getAttribute('href')).toBe(
      '/evaluasi/ombudsman/provinsi/63?tahun=2022',
    );
  });

  it("an instansi's page: latest and last official result, what changed, dimensions, unit findings, history, and the registry's readiness counts", async () => {
    renderEvaluation(
      '/evaluasi/ombudsman/instansi/agency-bjm',
      (operation, variables) => {
        if (operation === 'OmbudsmanCompliance') {
          expect(variables).toEqual({ agencyId: 'agency-bjm' });
          return reply('OmbudsmanCompliance', compliance());
        }
        if (operation === 'AgencyOmbudsmanReadiness') return readiness;
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Kepatuhan Ombudsman: Pemerintah Kota Banjarmasin' })).toBeTruthy();
    const latest = screen.getByRole('region', { name: 'Hasil terbaru (2023)' });
    expect(within(latest).getByText('Nilai 74,12 · Opini C · Kualitas Sedang')).toBeTruthy();
    expect(within(latest).getByText('Contoh')).toBeTruthy();
    expect(within(latest).getByText('Data contoh, bukan hasil Ombudsman.')).toBeTruthy();
    const official = screen.getByRole('region', { name: 'Hasil resmi terakhir (2022)' });
    expect(within(official).getByText('Nilai 69,63')).toBeTruthy();
    expect(within(official).getByText('Zona kuning')).toBeTruthy();
    expect(within(official).getByText(`Sumber: ${SOURCE}`)).toBeTruthy();
    const change = screen.getByRole('region', { name: 'Perubahan sejak tahun sebelumnya' });
    expect(within(change).getByText('Naik 4,49 poin sejak 2022; tetap zona kuning (kepatuhan sedang) (metode berbeda)')).toBeTruthy();
    expect(within(change).getByText(/tidak sepenuhnya sebanding/)).toBeTruthy();
    const dimensions = screen.getByRole('table', { name: 'Nilai per dimensi 2023' });
    expect(within(dimensions).getByRole('row', { name: /Proses 70,15 32,37 %/ })).toBeTruthy();
    const findings = screen.getByRole('table', { name: 'Temuan per unit layanan 2023' });
    expect(within(findings).getByRole('link', { name: 'Disdukcapil Kota Banjarmasin' }).getAttribute('href')).toBe(
      '/registry/units/unit-dukcapil',
    );
    const history = screen.getByRole('table', { name: 'Riwayat hasil Ombudsman Pemerintah Kota Banjarmasin' });
    expect(within(history).getAllByRole('row')).toHaveLength(4);
    const ready = await screen.findByRole('region', { name: 'Kesiapan standar pelayanan (dari registri)' });
    expect(await within(ready).findByText('3 komponen belum ada')).toBeTruthy();
    expect(within(ready).getByText('2 komponen belum dipublikasikan')).toBeTruthy();
    expect(within(ready).getByText('2 unit, 1 siap; 5 layanan diperiksa atas 9 komponen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zona se-provinsi' }).getAttribute('href')).toBe('/evaluasi/ombudsman/provinsi/63');
    expect(screen.getByRole('link', { name: 'Cetak ringkasan kepatuhan (A4)' }).getAttribute('href')).toBe(
      '/evaluasi/ombudsman/instansi/agency-bjm/cetak',
    );
  });

  it('stands without the readiness counts when the registry cannot answer them, and reads in English', async () => {
    renderEvaluation(
      '/evaluasi/ombudsman/instansi/agency-bjm',
      (operation) => {
        if (operation === 'OmbudsmanCompliance') return reply('OmbudsmanCompliance', compliance(true));
        if (operation === 'AgencyOmbudsmanReadiness')
          return errorOf('INTERNAL_SERVER_ERROR', null, 'Registri tidak menjawab.', 'The registry did not answer.');
        throw new Error(`unexpected ${operation}`);
      },
      { user: null, language: 'en' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Ombudsman compliance: Pemerintah Kota Banjarmasin' })).toBeTruthy();
    expect(await screen.findByText('The readiness counts from the registry cannot be loaded yet.')).toBeTruthy();
    expect(screen.getByText('Up 4.49 points since 2022; still yellow zone (medium compliance) (different method)')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Last official result (2022)' })).toBeTruthy();
  });

  it('a province: how many instansi in each zone (bars and a table), the published statement, and the list', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/ombudsman/provinsi/63?tahun=2022',
      (operation) => {
        if (operation === 'OmbudsmanProvinceSummary')
          return reply('OmbudsmanProvinceSummary', {
            ombudsmanProvinceSummary: {
              regionCode: '63',
              region: { code: '63', name: 'Kalimantan Selatan' },
              year: 2022,
              years: [2023, 2022, 2021],
              total: 2,
              officialCount: 1,
              demoCount: 1,
              zoneCounts: [
                { zone: 'HIJAU', count: 1, label: ZONE_LABEL.HIJAU },
                { zone: 'KUNING', count: 1, label: ZONE_LABEL.KUNING },
                { zone: 'MERAH', count: 0, label: ZONE_LABEL.MERAH },
              ],
              results: [
                official2022,
                row(2022, { agency: { id: 'agency-prov', name: 'Pemerintah Provinsi Kalimantan Selatan' }, zone: 'HIJAU', score: 82.51 }),
              ],
              publishedStatements: [
                {
                  text: { id: '5 kabupaten/kota di zona hijau.', en: '5 regencies/cities in the green zone.' },
                  source: SOURCE,
                  origin: 'OFFICIAL',
                },
              ],
            },
          });
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Kepatuhan Ombudsman di Kalimantan Selatan' })).toBeTruthy();
    expect(calls[calls.length - 1].variables).toEqual({ regionCode: '63', year: 2022 });
    const counts = screen.getByRole('table', { name: 'Jumlah instansi per zona, 2022' });
    expect(
      within(counts)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => tr.textContent),
    ).toEqual(['✓Zona hijau1', '!Zona kuning1', '✕Zona merah0']);
    expect(screen.getByText('2 instansi tercatat (1 resmi, 1 data contoh)')).toBeTruthy();
    const published = screen.getByRole('region', { name: 'Yang dipublikasikan Ombudsman' });
    expect(within(published).getByText('5 kabupaten/kota di zona hijau.')).toBeTruthy();
    expect(within(published).getByText(`Sumber: ${SOURCE}`)).toBeTruthy();
    const list = screen.getByRole('table', { name: 'Hasil Ombudsman per instansi, 2022' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Pemerintah Kota Banjarmasin', 'Pemerintah Provinsi Kalimantan Selatan']);
  });

  it('signed out, the entry form asks to sign in first', async () => {
    renderEvaluation(
      '/evaluasi/ombudsman/catat',
      () => {
        throw new Error('no request expected');
      },
      { user: null },
    );
    expect(await screen.findByText('Halaman ini untuk admin nasional.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Masuk' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan hasil' })).toBeNull();
  });

  it('the admin records a result: picks the agency by name, and the server’s refusal lands on its field', async () => {
    const sent: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/ombudsman/catat', (operation, variables) => {
      if (operation === 'OmbudsmanAgencySearch')
        return reply('OmbudsmanAgencySearch', {
          agencies: connection([{ id: 'agency-bjm', name: 'Pemerintah Kota Banjarmasin', regionCode: '63.71' }]),
        });
      if (operation === 'RecordOmbudsmanResult') {
        sent.push(variables);
        if (sent.length === 1)
          return badInput('input.score', 'Nilai harus antara 0 dan 100 (tertulis 100,5).', 'The score must be between 0 and 100.');
        return reply('RecordOmbudsmanResult', { recordOmbudsmanResult: row(2021, { score: 66.18 }) });
      }
      throw new Error(`unexpected ${operation}`);
    });
    fireEvent.change(await screen.findByLabelText('Cari instansi'), { target: { value: 'Banjarmasin' } });
    await screen.findByRole('option', { name: 'Pemerintah Kota Banjarmasin' });
    fireEvent.change(screen.getByLabelText('Instansi'), { target: { value: 'agency-bjm' } });
    fireEvent.change(screen.getByLabelText('Tahun penilaian'), { target: { value: '2021' } });
    fireEvent.change(screen.getByLabelText('Nilai (0–100)'), { target: { value: '100,5' } });
    fireEvent.change(screen.getByLabelText('Sumber'), { target: { value: 'Laporan Ombudsman 2021' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan hasil' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Nilai harus antara 0 dan 100 (tertulis 100,5).' }).getAttribute('href')).toBe(
      '#ombudsman-score',
    );
    expect(sent[0]).toEqual({
      input: {
        agencyId: 'agency-bjm',
        year: 2021,
        methodVersion: 'KEPATUHAN_2015',
        score: 100.5,
        opinion: null,
        dimensions: [],
        maladministrationRisk: null,
        origin: 'OFFICIAL',
        source: 'Laporan Ombudsman 2021',
      },
    });
    fireEvent.change(screen.getByLabelText('Nilai (0–100)'), { target: { value: '66,18' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan hasil' }));
    expect(await screen.findByText('Tersimpan: Pemerintah Kota Banjarmasin 2021, Zona kuning.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka halaman kepatuhan instansi' }).getAttribute('href')).toBe(
      '/evaluasi/ombudsman/instansi/agency-bjm',
    );
  });

  it('the admin imports a file: a rejected check shows each row’s reasons; nothing is said to be saved', async () => {
    const sent: Record<string, unknown>[] = [];
    renderEvaluation('/evaluasi/ombudsman/impor', (operation, variables) => {
      if (operation !== 'ImportOmbudsmanResults') throw new Error(`unexpected ${operation}`);
      sent.push(variables);
      return reply('ImportOmbudsmanResults', {
        importOmbudsmanResults: {
          accepted: false,
          dryRun: true,
          created: 0,
          fileError: null,
          rows: [
            { row: 2, agencyId: 'agency-bjm', agencyName: 'Pemerintah Kota Banjarmasin', year: 2021, zone: 'KUNING', ok: true, errors: [] },
            {
              row: 3,
              agencyId: 'x',
              agencyName: null,
              year: 2030,
              zone: null,
              ok: false,
              errors: [
                {
                  field: 'year',
                  message: { id: 'Tahun 2030 belum tiba: catat hasil setelah dipublikasikan.', en: 'The year 2030 is in the future.' },
                },
              ],
            },
          ],
        },
      });
    });
    const input = await screen.findByLabelText('Berkas CSV atau XLSX');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa saja' }));
    expect(await screen.findByRole('link', { name: 'Pilih berkas CSV atau XLSX' })).toBeTruthy();
    const file = new File(['agency_id,year,method\nagency-bjm,2021,KEPATUHAN_2015\n'], 'hasil.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Periksa saja' }));
    expect(await screen.findByText('Berkas ditolak; tidak ada yang disimpan. Perbaiki baris bertanda lalu unggah lagi.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Laporan per baris' });
    expect(within(table).getByText('Tahun 2030 belum tiba: catat hasil setelah dipublikasikan.')).toBeTruthy();
    expect(within(table).getByText('Benar, Zona kuning')).toBeTruthy();
    expect(sent[0]).toMatchObject({ dryRun: true, file: { format: 'CSV', fileName: 'hasil.csv' } });
    expect(atob((sent[0].file as { contentBase64: string }).contentBase64)).toContain('agency-bjm,2021,KEPATUHAN_2015');
  });
});

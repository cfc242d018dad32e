import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import type { UnitIndicatorsQuery } from '../__generated__/operations';
import { renderRegistry } from '../testing/render-registry';
import { reply } from '../testing/reply';
import type { UnitDetail } from './unit.operations';

const unit = (canEdit: boolean): UnitDetail => ({
  id: 'unit-1',
  name: 'Samsat Kalimantan Selatan',
  kind: 'SAMSAT',
  serviceGroup: 'ADMINISTRASI',
  address: 'Jl. A. Yani Km 6',
  phone: null,
  email: null,
  website: null,
  archivedAt: null,
  canEdit,
  agency: { id: 'agency-1', name: 'Pemerintah Provinsi Kalimantan Selatan', type: 'PROVINSI' },
  region: { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE', regencyKind: null, parent: null },
  externalIds: { sippn: 'SIPPN-63-001', pekppp: null, sp4nLapor: null, sinovik: null },
  services: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        cursor: 's',
        node: {
          id: 'svc-1',
          name: 'Perpanjangan STNK',
          completeness: {
            complete: false,
            deliveryReady: true,
            filled: 12,
            total: 14,
            missing: ['STAFF_COUNT', 'STAFF_EVALUATION'],
            unpublished: [],
          },
        },
      },
    ],
  },
});

type Indicators = NonNullable<UnitIndicatorsQuery['serviceUnit']>;

const INDICATORS: Indicators = {
  id: 'unit-1',
  ippResults: [
    {
      year: 2022,
      index: 4.02,
      category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
      rank: 20,
      cohortSize: 34,
      published: true,
      label: { id: 'PEKPPP 2022 (Pemantauan): peringkat 20 dari 34', en: 'PEKPPP 2022 (Monitoring): rank 20 of 34' },
      origin: 'DEMO',
      source: null,
    },
  ],
  latestIkm: {
    value: 82.33,
    category: { code: 'B', label: 'Baik', labelEn: 'Good' },
    periodKind: 'QUARTER',
    year: 2026,
    number: 4,
    respondents: 207,
    sampleAdequate: true,
    origin: 'OFFICIAL',
    source: 'Laporan SKM Triwulan IV 2026',
  },
  latestIkmGap: null,
};

/** The unit page's two requests: the registry's unit, and its indicators from evaluation and SKM. */
const answer =
  (canEdit: boolean, indicators: Indicators | 'down' = INDICATORS) =>
  (operation: string) =>
    operation === 'UnitIndicators'
      ? indicators === 'down'
        ? { data: null, errors: [{ message: 'The skm service is unavailable; try again shortly.' }] }
        : reply('UnitIndicators', { serviceUnit: indicators })
      : reply('ServiceUnit', { serviceUnit: unit(canEdit) });

describe('unit page', () => {
  it('shows details, external ids and services with their completeness', async () => {
    renderRegistry('/registry/units/unit-1', answer(true));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samsat Kalimantan Selatan' })).toBeTruthy();
    expect(screen.getByText('SIPPN-63-001')).toBeTruthy();
    const row = screen.getByRole('link', { name: 'Perpanjangan STNK' }).closest('tr') as HTMLElement;
    expect(row.getAttribute('href') ?? within(row).getByRole('link').getAttribute('href')).toBe('/registry/services/svc-1');
    expect(within(row).getByText(/Belum lengkap · 12 dari 14 komponen terisi/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ubah unit' }).getAttribute('href')).toBe('/registry/units/unit-1/edit');
  });

  it('hides the edit and add buttons when canEdit is false', async () => {
    renderRegistry('/registry/units/unit-1', answer(false), { user: null });
    await screen.findByRole('heading', { level: 1, name: 'Samsat Kalimantan Selatan' });
    expect(screen.queryByRole('link', { name: 'Ubah unit' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Tambah layanan' })).toBeNull();
  });

  it('shows the latest IPP with its rank and the latest IKM, each linking to its module', async () => {
    renderRegistry('/registry/units/unit-1', answer(false), { user: null });
    const section = await screen.findByRole('region', { name: 'Indikator kinerja' });
    expect(await within(section).findByText('4,02')).toBeTruthy();
    expect(within(section).getByText('A- · Sangat Baik')).toBeTruthy();
    // Named by cycle and scheme, not by year alone; a demo figure says so.
    expect(within(section).getByText('PEKPPP 2022 (Pemantauan): peringkat 20 dari 34')).toBeTruthy();
    expect(within(section).getByText('Contoh')).toBeTruthy();
    expect(within(section).getByText('82,33')).toBeTruthy();
    expect(within(section).getByText('Triwulan IV 2026, 207 responden')).toBeTruthy();
    // Honest data (#11 §7): the official IKM says so and names its source.
    expect(within(section).getByText('Resmi')).toBeTruthy();
    expect(within(section).getByText('Sumber: Laporan SKM Triwulan IV 2026')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Riwayat IPP' }).getAttribute('href')).toBe('/evaluasi/units/unit-1');
    expect(within(section).getByRole('link', { name: 'Hasil SKM dan tindak lanjutnya' }).getAttribute('href')).toBe(
      '/skm/units/unit-1/public',
    );
  });

  it('says when a unit has no result yet', async () => {
    renderRegistry('/registry/units/unit-1', answer(false, { id: 'unit-1', ippResults: [], latestIkm: null, latestIkmGap: null }), {
      user: null,
    });
    expect(await screen.findByText('Belum ada hasil PEKPPP yang dipublikasikan.')).toBeTruthy();
    expect(screen.getByText('Belum ada hasil SKM.')).toBeTruthy();
  });

  it('in English: the IKM period from its kind, year and number, and why there is no headline IKM in words (#12 item 14)', async () => {
    const { unmount } = renderRegistry('/registry/units/unit-1', answer(false), { user: null, language: 'en' });
    expect(await screen.findByText('Q4 2026, 207 respondents')).toBeTruthy();
    expect(screen.getByText('Laporan SKM Triwulan IV 2026').getAttribute('lang')).toBe('id');
    expectNoInternalCodes();
    unmount();
    renderRegistry('/registry/units/unit-1', answer(false, { ...INDICATORS, latestIkm: null, latestIkmGap: 'PENDING_REVIEW' }), {
      user: null,
      language: 'en',
    });
    expect(await screen.findByText('Some answers of the latest period are still waiting for an admin’s review.')).toBeTruthy();
    expectNoInternalCodes();
  });

  it('still shows the unit when the indicator services are down', async () => {
    renderRegistry('/registry/units/unit-1', answer(false, 'down'), { user: null });
    expect(await screen.findByText('Indikator PEKPPP dan SKM sedang tidak dapat dimuat.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Samsat Kalimantan Selatan' })).toBeTruthy();
  });
});

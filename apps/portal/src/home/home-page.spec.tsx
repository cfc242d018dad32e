import { SESSION_STORAGE_KEY } from '@simpul/web-kit';
import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import type { MyUnitGlanceQuery } from '../__generated__/operations';
import { fakeFetch, json, requestBody } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';

const load = jest.fn(() => Promise.resolve(() => null));
const DESK = {
  id: 'u1',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Petugas Samsat',
  role: 'UNIT_DESK',
  mallId: null,
  serviceUnit: { id: 'unit-9', name: 'Samsat Kalimantan Selatan' },
};

function signIn(user: unknown) {
  window.sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }),
  );
}

type Unit = NonNullable<MyUnitGlanceQuery['serviceUnit']>;

function network(unit: Unit) {
  const operations: string[] = [];
  const fetchImpl = fakeFetch((_url, init) => {
    const { query, variables } = requestBody<{ query: string; variables: { id?: string } }>(init);
    const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    operations.push(`${operation}${variables.id ? `(${variables.id})` : ''}`);
    return json(operation === 'MyUnitGlance' ? reply('MyUnitGlance', { serviceUnit: unit }) : { data: { me: DESK } });
  });
  return { fetchImpl, operations };
}

const IKM: NonNullable<Unit['latestIkm']> = {
  value: 82.4,
  category: { code: 'B', label: 'Baik', labelEn: 'Good' },
  periodKind: 'QUARTER',
  year: 2026,
  number: 3,
  respondents: 120,
  sampleAdequate: false,
  origin: 'OFFICIAL',
  source: 'Laporan SKM Samsat Kalsel Triwulan III 2026',
};

const SAMSAT: Unit = {
  id: 'unit-9',
  name: 'Samsat Kalimantan Selatan',
  ippResults: [
    {
      year: 2020,
      index: 3.51,
      category: { code: 'B', label: 'Baik', labelEn: 'Good' },
      rank: null,
      cohortSize: null,
      published: true,
      label: { id: 'PEKPPP 2020 (Pemantauan)', en: 'PEKPPP 2020 (Monitoring)' },
      origin: 'DEMO',
      source: null,
    },
    {
      year: 2022,
      index: 4.02,
      category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
      rank: 20,
      cohortSize: 34,
      published: true,
      label: { id: 'PEKPPP 2022 (Pemantauan): peringkat 20 dari 34', en: 'PEKPPP 2022 (Monitoring): rank 20 of 34' },
      origin: 'OFFICIAL',
      source: 'Keputusan Menteri PANRB 1035/2022',
    },
  ],
  latestIkm: IKM,
  latestIkmGap: null,
  innovations: { totalCount: 1, edges: [{ node: { id: 'inv-1', title: 'Samsat Keliling Desa', latestYear: 2023, award: 'TOP45' } }] },
};

describe('home page', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('shows a desk its unit’s latest IPP with rank, IKM and innovations, each linking on', async () => {
    signIn(DESK);
    const { fetchImpl, operations } = network(SAMSAT);
    renderPortal({ path: '/', load, fetchImpl });
    const ipp = await screen.findByRole('region', { name: 'Indeks Pelayanan Publik (IPP)' });
    expect(within(ipp).getByText('4,02')).toBeTruthy();
    expect(within(ipp).getByText('A- · Sangat Baik')).toBeTruthy();
    // Named by cycle and scheme, not by year alone (issue #12 item 3); an official figure carries no demo badge.
    expect(within(ipp).getByText('PEKPPP 2022 (Pemantauan): peringkat 20 dari 34')).toBeTruthy();
    expect(within(ipp).queryByText('Contoh')).toBeNull();
    expect(within(ipp).getByText('Sumber: Keputusan Menteri PANRB 1035/2022')).toBeTruthy();
    expect(within(ipp).getByRole('link', { name: 'Riwayat IPP dan rapor' }).getAttribute('href')).toBe('/evaluasi/units/unit-9');
    const ikm = screen.getByRole('region', { name: 'Indeks Kepuasan Masyarakat (IKM)' });
    expect(within(ikm).getByText('82,40')).toBeTruthy();
    expect(within(ikm).getByText('Triwulan III 2026, 120 responden')).toBeTruthy();
    expect(within(ikm).getByText('Jumlah responden belum memenuhi sampel minimum.')).toBeTruthy();
    // Honest data (#11 §7): the official IKM names its source.
    expect(within(ikm).getByText('Resmi')).toBeTruthy();
    expect(within(ikm).getByText('Sumber: Laporan SKM Samsat Kalsel Triwulan III 2026')).toBeTruthy();
    const innovations = screen.getByRole('region', { name: 'Inovasi (KIPP)' });
    expect(within(innovations).getByRole('link', { name: 'Samsat Keliling Desa' }).getAttribute('href')).toBe('/kipp/inovasi/inv-1');
    expect(operations).toContain('MyUnitGlance(unit-9)');
  });

  it('rule: the innovations tile never counts more than it accounts for (issue #12 item 8)', async () => {
    signIn(DESK);
    const edges = ['Samsat Keliling Desa', 'E-Samsat Banua', 'Samsat Terapung'].map((title, index) => ({
      node: { id: `inv-${index}`, title, latestYear: 2023, award: 'TOP99' as const },
    }));
    const { fetchImpl } = network({ ...SAMSAT, innovations: { totalCount: 4, edges } });
    renderPortal({ path: '/', load, fetchImpl });
    const innovations = await screen.findByRole('region', { name: 'Inovasi (KIPP)' });
    await within(innovations).findByText('4');
    expect(within(innovations).getAllByRole('listitem')).toHaveLength(3);
    expect(within(innovations).getByText('dan 1 lainnya di katalog')).toBeTruthy();
  });

  it('says plainly when a unit has no results yet', async () => {
    signIn(DESK);
    const { fetchImpl } = network({ ...SAMSAT, ippResults: [], latestIkm: null, innovations: { totalCount: 0, edges: [] } });
    renderPortal({ path: '/', load, fetchImpl });
    expect(await screen.findByText('Belum ada hasil PEKPPP untuk unit ini.')).toBeTruthy();
    expect(screen.getByText('Belum ada hasil SKM untuk unit ini.')).toBeTruthy();
    expect(screen.getByText('Belum ada inovasi unit ini di katalog.')).toBeTruthy();
  });

  it('asks nothing about a unit for people who are not bound to one', async () => {
    signIn({ ...DESK, role: 'NATIONAL_ADMIN', serviceUnit: null, displayName: 'Admin' });
    const { fetchImpl, operations } = network(SAMSAT);
    renderPortal({ path: '/', load, fetchImpl });
    expect(await screen.findByText('Menjalankan siklus PEKPPP: lokus, evaluator, fase, finalisasi dan publikasi hasil')).toBeTruthy();
    expect(operations.some((operation) => operation.startsWith('MyUnitGlance'))).toBe(false);
  });

  it('speaks English when switched', async () => {
    signIn(DESK);
    const { fetchImpl } = network(SAMSAT);
    renderPortal({ path: '/', load, fetchImpl, language: 'en' });
    expect(await screen.findByText('PEKPPP 2022 (Monitoring): rank 20 of 34')).toBeTruthy();
    expect(screen.getByText('A- · Very good')).toBeTruthy();
    expect(screen.getByText('4.02')).toBeTruthy();
    // The period from its kind, year and number in English, not the server's "Triwulan III 2026" (#12 item 14).
    expect(screen.getByText('Q3 2026, 120 respondents')).toBeTruthy();
    expect(screen.queryByText(/^Triwulan III 2026,/)).toBeNull();
    expect(screen.getByText('Laporan SKM Samsat Kalsel Triwulan III 2026').getAttribute('lang')).toBe('id');
    expectNoInternalCodes();
  });

  it('rule: a demo IKM is marked demo, and a unit without a headline IKM is told why in words', async () => {
    signIn(DESK);
    const demo = network({ ...SAMSAT, latestIkm: { ...IKM, origin: 'DEMO', source: null } });
    const { unmount } = renderPortal({ path: '/', load, fetchImpl: demo.fetchImpl });
    const ikm = await screen.findByRole('region', { name: 'Indeks Kepuasan Masyarakat (IKM)' });
    expect(within(ikm).getByText('Contoh')).toBeTruthy();
    unmount();
    window.sessionStorage.clear();
    signIn(DESK);
    const gap = network({ ...SAMSAT, latestIkm: null, latestIkmGap: 'SAMPLE_TOO_SMALL' });
    renderPortal({ path: '/', load, fetchImpl: gap.fetchImpl, language: 'en' });
    expect(await screen.findByText('The latest period has fewer respondents than the minimum sample (Krejcie–Morgan).')).toBeTruthy();
    expectNoInternalCodes();
  });
});

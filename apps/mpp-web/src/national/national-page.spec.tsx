import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, expectNoMissingTexts, renderMpp, unexpected } from '../testing/render-mpp';
import type { NationalMallRow, NationalOverview } from './national.operations';
import { connection } from '../testing/fixtures';
import { reply } from '../testing/reply';

const SERIES: [string, number][] = [
  ['2017-12-31', 3],
  ['2021-06-30', 43],
  ['2022-12-31', 103],
  ['2023-09-30', 152],
  ['2024-12-31', 272],
  ['2025-12-31', 305],
];
const OVERVIEW: NationalOverview = {
  active: 5,
  proposed: 2,
  byProvince: [
    { provinceCode: '63', province: { code: '63', name: 'Kalimantan Selatan' }, active: 2, proposed: 1, suspended: 0, closed: 0, total: 3 },
    { provinceCode: '31', province: { code: '31', name: 'DKI Jakarta' }, active: 1, proposed: 0, suspended: 0, closed: 0, total: 1 },
  ],
  publishedCounts: SERIES.map(([asOf, count]) => ({ asOf, count, source: 'KemenPAN-RB', origin: 'OFFICIAL' as const })),
  openedByYear: [
    { year: 2019, opened: 2, cumulative: 2 },
    { year: 2023, opened: 3, cumulative: 5 },
  ],
};
const mallRow = (id: string, name: string, liveServices: number): NationalMallRow => ({
  mall: {
    id,
    name,
    status: 'ACTIVE',
    origin: 'DEMO',
    province: { code: '63', name: 'Kalimantan Selatan' },
    regency: { code: '63.71', name: 'Kota Banjarmasin' },
  },
  tenants: 15,
  liveTenants: 13,
  liveServices,
  desks: 16,
});
// The first page of 305 malls, then the second one asked with the first page's end cursor.
const FIRST_PAGE = connection([mallRow('mall-bjm', 'MPP Kota Banjarmasin', 88)], { totalCount: 305, hasNextPage: true });
const SECOND_PAGE = connection([mallRow('mall-bjb', 'MPP Kota Banjarbaru', 40)], { totalCount: 305, hasNextPage: true });

function serve(operation: string, variables: Record<string, unknown>) {
  if (operation === 'NationalMallOverview') return reply('NationalMallOverview', { nationalMallOverview: OVERVIEW });
  if (operation === 'NationalMalls')
    return reply('NationalMalls', {
      nationalMallOverview: { malls: variables['after'] === FIRST_PAGE.pageInfo.endCursor ? SECOND_PAGE : FIRST_PAGE },
    });
  return unexpected(operation);
}

describe('national view', () => {
  it('reads in English: statuses, origins and dates in words, no internal codes (#12 item 14)', async () => {
    renderMpp('/mpp', serve, { user: ADMIN, language: 'en' });
    expect(await screen.findByRole('link', { name: 'MPP Kota Banjarmasin' })).toBeTruthy();
    expect(screen.getAllByText('Official').length).toBe(SERIES.length);
    expectNoMissingTexts();
    expectNoInternalCodes();
  });

  it('is the admin’s start, with the official growth series 3 → 305 drawn and tabled', async () => {
    renderMpp('/mpp', serve, { user: ADMIN });
    const chart = await screen.findByRole('img', { name: /31 Desember 2017: 3.*31 Desember 2025: 305/ });
    expect(chart).toBeTruthy();
    expect(screen.getByText('305', { selector: 'p' })).toBeTruthy();
    const malls = screen.getByRole('table', { name: 'Instansi tergabung dan layanan per MPP' });
    await within(malls).findByRole('link', { name: 'MPP Kota Banjarmasin' });
    expect(within(malls).getByRole('link', { name: 'MPP Kota Banjarmasin' }).getAttribute('href')).toBe('/mpp/malls/mall-bjm');
    expect(malls.textContent).toContain('15 (13)');
    // Honest data (#11 §7): a seeded mall says it is demo; the published series says it is official.
    expect(within(malls).getByText('Contoh')).toBeTruthy();
    const growth = screen.getByRole('table', { name: 'Jumlah MPP dari waktu ke waktu', hidden: true });
    expect(within(growth).getAllByText('Resmi').length).toBe(SERIES.length);
    expect(screen.getByRole('img', { name: /Kalimantan Selatan: 2 Beroperasi, 1 Diusulkan/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Catat usulan MPP' }).getAttribute('href')).toBe('/mpp/national/malls/new');
    expectNoMissingTexts();
  });

  it('pages the malls from the service, asking the second page after the first page’s end cursor', async () => {
    const { calls } = renderMpp('/mpp', serve, { user: ADMIN });
    const user = userEvent.setup({ delay: null });
    const malls = await screen.findByRole('table', { name: 'Instansi tergabung dan layanan per MPP' });
    await within(malls).findByRole('link', { name: 'MPP Kota Banjarmasin' });
    expect(calls.find((c) => c.operation === 'NationalMalls')?.variables).toEqual({ first: 25, after: null });
    await user.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(await within(malls).findByRole('link', { name: 'MPP Kota Banjarbaru' })).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'NationalMalls').map((c) => c.variables['after'])).toEqual([
        null,
        FIRST_PAGE.pageInfo.endCursor,
      ]),
    );
    expect(within(malls).queryByRole('link', { name: 'MPP Kota Banjarmasin' })).toBeNull();
    // The national figures are not asked again for a page of malls.
    expect(calls.filter((c) => c.operation === 'NationalMallOverview')).toHaveLength(1);
  });
});

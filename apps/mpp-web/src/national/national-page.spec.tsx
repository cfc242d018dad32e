import { screen, within } from '@testing-library/react';
import { ADMIN, expectNoMissingTexts, renderMpp, unexpected } from '../testing/render-mpp';
import type { NationalOverview } from './national.operations';
import { pageOf } from '../testing/page-of';

const SERIES: [string, number][] = [['2017-12-31', 3], ['2021-06-30', 43], ['2022-12-31', 103], ['2023-09-30', 152], ['2024-12-31', 272], ['2025-12-31', 305]];
const OVERVIEW: NationalOverview = {
  active: 5,
  proposed: 2,
  byProvince: [
    { provinceCode: '63', province: { code: '63', name: 'Kalimantan Selatan' }, active: 2, proposed: 1, suspended: 0, closed: 0, total: 3 },
    { provinceCode: '31', province: { code: '31', name: 'DKI Jakarta' }, active: 1, proposed: 0, suspended: 0, closed: 0, total: 1 },
  ],
  publishedCounts: SERIES.map(([asOf, count]) => ({ asOf, count, source: 'KemenPAN-RB' })),
  openedByYear: [{ year: 2019, opened: 2, cumulative: 2 }, { year: 2023, opened: 3, cumulative: 5 }],
  malls: pageOf([{ mall: { id: 'mall-bjm', name: 'MPP Kota Banjarmasin', status: 'ACTIVE', province: { code: '63', name: 'Kalimantan Selatan' }, regency: { code: '63.71', name: 'Kota Banjarmasin' } }, tenants: 15, liveTenants: 13, liveServices: 88, desks: 16 }]),
};

describe('national view', () => {
  it('is the admin’s start, with the official growth series 3 → 305 drawn and tabled', async () => {
    renderMpp('/mpp', (operation) => (operation === 'NationalMallOverview' ? { data: { nationalMallOverview: OVERVIEW } } : unexpected(operation)), { user: ADMIN });
    const chart = await screen.findByRole('img', { name: /31 Desember 2017: 3.*31 Desember 2025: 305/ });
    expect(chart).toBeTruthy();
    expect(screen.getByText('305', { selector: 'p' })).toBeTruthy();
    const malls = screen.getByRole('table', { name: 'Tenant dan layanan per MPP' });
    expect(within(malls).getByRole('link', { name: 'MPP Kota Banjarmasin' }).getAttribute('href')).toBe('/mpp/malls/mall-bjm');
    expect(malls.textContent).toContain('15 (13)');
    expect(screen.getByRole('img', { name: /Kalimantan Selatan: 2 Beroperasi, 1 Diusulkan/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Catat usulan MPP' }).getAttribute('href')).toBe('/mpp/national/malls/new');
    expectNoMissingTexts();
  });
});

import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection } from '../testing/fixtures';
import { expectNoMissingTexts, MALL_ID, renderMpp, unexpected } from '../testing/render-mpp';
import type { MallProfile, PublicTenancy, PublicTenancyService } from './mall.operations';
import { reply } from '../testing/reply';

const liveService = (id: string, name: string): PublicTenancyService => ({
  id,
  status: 'LIVE',
  dailyQuota: null,
  service: { id: `svc-${id}`, name },
});
const tenant = (id: string, name: string, services = connection<PublicTenancyService>([])): PublicTenancy => ({
  id,
  step: 'LIVE',
  agency: { id: `agency-${id}`, name },
  services,
});

// Imigrasi shows two of its three services; the third comes with "more".
const IMIGRASI = tenant(
  'ten-imi',
  'Direktorat Jenderal Imigrasi',
  connection([liveService('ts-1', 'Paspor biasa'), liveService('ts-2', 'Paspor elektronik')], { totalCount: 3, hasNextPage: true }),
);
const IMIGRASI_MORE = {
  totalCount: 3,
  edges: [{ cursor: 'cursor-2', node: liveService('ts-3', 'Izin tinggal terbatas') }],
  pageInfo: { hasNextPage: false, endCursor: 'cursor-2' },
};
const FIRST_TENANTS = connection([IMIGRASI], { totalCount: 11, hasNextPage: true });
const SECOND_TENANTS = {
  totalCount: 11,
  edges: [{ cursor: 'cursor-10', node: tenant('ten-bpn', 'Badan Pertanahan Nasional') }],
  pageInfo: { hasNextPage: false, endCursor: 'cursor-10' },
};

const MALL = (tenancies: MallProfile['tenancies']): MallProfile => ({
  id: MALL_ID,
  name: 'MPP Kota Banjarmasin',
  status: 'ACTIVE',
  origin: 'DEMO',
  address: 'Jl. Lambung Mangkurat',
  openedOn: '2019-02-01',
  proposedOn: null,
  regency: { code: '63.71', name: 'Kota Banjarmasin' },
  province: { code: '63', name: 'Kalimantan Selatan' },
  managingUnit: null,
  openingHours: [{ weekday: 'MONDAY', opensAt: '08:00', closesAt: '15:00' }],
  documents: [],
  desks: [],
  tenancies,
});

function serve(operation: string, variables: Record<string, unknown>) {
  if (operation === 'MallProfile')
    return reply('MallProfile', {
      mall: MALL(variables['tenantsAfter'] === FIRST_TENANTS.pageInfo.endCursor ? SECOND_TENANTS : FIRST_TENANTS),
    });
  if (operation === 'TenantServices')
    return reply('TenantServices', {
      tenancy: {
        id: String(variables['id']),
        services: variables['after'] === IMIGRASI.services.pageInfo.endCursor ? IMIGRASI_MORE : IMIGRASI.services,
      },
    });
  return unexpected(operation);
}

describe('public mall page', () => {
  it('asks only for live tenants, a page at a time, the second after the first page’s end cursor', async () => {
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}`, serve, { user: null });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('heading', { name: 'Instansi yang melayani (11)' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Instansi dan layanannya' });
    expect(table.textContent).toContain('Direktorat Jenderal Imigrasi');
    expect(calls.find((c) => c.operation === 'MallProfile')?.variables).toEqual({
      id: MALL_ID,
      withTenants: true,
      tenantsFirst: 10,
      tenantsAfter: null,
      servicesFirst: 5,
    });
    await user.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(await within(table).findByText('Badan Pertanahan Nasional')).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'MallProfile').map((c) => c.variables['tenantsAfter'])).toEqual([
      null,
      FIRST_TENANTS.pageInfo.endCursor,
    ]);
    expect(within(table).getByText('Belum ada layanan yang beroperasi.')).toBeTruthy();
    expectNoMissingTexts();
  });

  it('shows a tenant’s first services and loads the rest after their end cursor on request', async () => {
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}`, serve, { user: null });
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText('Paspor elektronik')).toBeTruthy();
    expect(screen.queryByText('Izin tinggal terbatas')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Tampilkan layanan berikutnya \(2 dari 3\) — Direktorat Jenderal Imigrasi/ }));
    expect(await screen.findByText('Izin tinggal terbatas')).toBeTruthy();
    // The first two stay: the list grows rather than turning the page.
    expect(screen.getByText('Paspor biasa')).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'TenantServices').map((c) => c.variables)).toEqual([
        { id: 'ten-imi', first: 20, after: IMIGRASI.services.pageInfo.endCursor },
      ]),
    );
    expect(screen.queryByRole('button', { name: /Tampilkan layanan berikutnya/ })).toBeNull();
  });

  it('reads in English', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}`, serve, { user: null, language: 'en' });
    expect(await screen.findByRole('table', { name: 'Agencies and their services' })).toBeTruthy();
    // A seeded (demo) mall says so to the public (#11 §7).
    expect(screen.getByText('Demo')).toBeTruthy();
    expectNoInternalCodes();
    expect(screen.getByRole('button', { name: /Show more services \(2 of 3\)/ })).toBeTruthy();
    expectNoMissingTexts();
  });
});

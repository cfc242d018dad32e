import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection } from '../testing/fixtures';
import { MALL_ID, renderMpp, unexpected } from '../testing/render-mpp';
import type { TenancyRow } from './tenancy.operations';
import { reply } from '../testing/reply';

const named = (names: string[]) =>
  names.map((name, index) => ({ id: `ts-${index}`, status: 'LIVE' as const, service: { id: `svc-${index}`, name } }));
const row = (id: string, agency: string, services: TenancyRow['services']): TenancyRow => ({
  id,
  step: 'LIVE',
  invitedAt: '2026-01-02T03:00:00Z',
  liveSince: null,
  canManage: true,
  agency: { id: `agency-${id}`, name: agency },
  mall: { id: MALL_ID, name: 'MPP Kota Banjarmasin' },
  currentAgreement: null,
  deskAssignments: [],
  services,
});
const IMIGRASI = row(
  'ten-imi',
  'Direktorat Jenderal Imigrasi',
  connection(named(['Paspor biasa', 'Paspor elektronik', 'Izin tinggal terbatas']), { totalCount: 12, hasNextPage: true }),
);
const FIRST = connection([IMIGRASI], { totalCount: 26, hasNextPage: true });
const SECOND = {
  totalCount: 26,
  edges: [{ cursor: 'cursor-25', node: row('ten-bpn', 'Badan Pertanahan Nasional', connection([])) }],
  pageInfo: { hasNextPage: false, endCursor: 'cursor-25' },
};

function serve(operation: string, variables: Record<string, unknown>) {
  if (operation === 'Tenancies') return reply('Tenancies', { tenancies: variables['after'] === FIRST.pageInfo.endCursor ? SECOND : FIRST });
  return unexpected(operation);
}

describe('tenants of a mall', () => {
  it('shows each tenant’s service count and first few services, with a link to all of them on the tenancy', async () => {
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}/tenants`, serve);
    const table = await screen.findByRole('table', { name: 'Instansi tergabung' });
    const cells = within(within(table).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells[4].textContent).toContain('12 layanan');
    expect(cells[4].textContent).toContain('Paspor biasa, Paspor elektronik, Izin tinggal terbatas');
    expect(within(cells[4]).getByRole('link', { name: 'Lihat semua (12) layanan Direktorat Jenderal Imigrasi' }).getAttribute('href')).toBe(
      '/mpp/tenancies/ten-imi',
    );
    expect(calls.find((c) => c.operation === 'Tenancies')?.variables).toEqual({ filter: { mallId: MALL_ID }, first: 25, after: null });
  });

  it('asks the next page of tenants after the first page’s end cursor', async () => {
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}/tenants`, serve);
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('table', { name: 'Instansi tergabung' });
    await user.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(await screen.findByText('Badan Pertanahan Nasional')).toBeTruthy();
    expect(screen.getByText('Belum ada layanan')).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'Tenancies').map((c) => c.variables['after'])).toEqual([null, FIRST.pageInfo.endCursor]),
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, service, STEPS, tenancyAt } from '../testing/fixtures';
import { renderMpp, unexpected } from '../testing/render-mpp';
import type { Agreement, StepRecord, TenancyDetail } from './tenancy.operations';
import { reply } from '../testing/reply';

// Each of the tenancy's lists with a first page that came with TENANCY and a second page behind
// the first page's end cursor, answered only when asked with exactly that cursor.
const base = tenancyAt('LIVE');
const record = (id: string, note: string): StepRecord => ({
  id,
  step: 'LIVE',
  note,
  completedBy: 'op',
  completedByName: 'Operator Banjarmasin',
  completedAt: '2026-03-01T03:00:00Z',
  checklist: [],
});
const agreement = (id: string, number: string): Agreement => ({ ...base.currentAgreement!, id, number });

const TENANCY: TenancyDetail = {
  ...base,
  history: connection(
    base.history.edges.map((e) => e.node),
    { totalCount: 26, hasNextPage: true },
  ),
  services: connection([service({ name: 'Paspor biasa', status: 'LIVE' })], { totalCount: 21, hasNextPage: true }),
  agreements: connection([agreement('pks-2', '500/20/MPP-BJM/2027')], { totalCount: 2, hasNextPage: true }),
};
const LATER = {
  history: connection([record('rec-paused', 'Dijeda karena renovasi gerai')]),
  services: connection([service({ name: 'Izin tinggal terbatas', status: 'LIVE' })]),
  agreements: connection([agreement('pks-1', '500/12/MPP-BJM/2026')]),
};

function serve(operation: string, variables: Record<string, unknown>) {
  const asked = (list: 'history' | 'services' | 'agreements') => variables['after'] === TENANCY[list].pageInfo.endCursor;
  const refused = unexpected(`${operation} after ${String(variables['after'])}`);
  if (operation === 'Tenancy') return reply('Tenancy', { tenancy: TENANCY, onboardingSteps: STEPS });
  if (operation === 'TenancyHistory')
    return asked('history') ? reply('TenancyHistory', { tenancy: { id: TENANCY.id, history: LATER.history } }) : refused;
  if (operation === 'TenancyServices')
    return asked('services') ? reply('TenancyServices', { tenancy: { id: TENANCY.id, services: LATER.services } }) : refused;
  if (operation === 'TenancyAgreements')
    return asked('agreements') ? reply('TenancyAgreements', { tenancy: { id: TENANCY.id, agreements: LATER.agreements } }) : refused;
  if (operation === 'AgencyServices') return reply('AgencyServices', { services: { totalCount: 0, edges: [] } });
  return unexpected(operation);
}

const afters = (calls: { operation: string; variables: Record<string, unknown> }[], operation: string) =>
  calls.filter((c) => c.operation === operation).map((c) => c.variables);
const nextIn = (table: HTMLElement) => within(table.closest('section')!).getByRole('button', { name: /Berikutnya/ });

describe('the tenancy’s paged lists', () => {
  it('pages the step history from the service, the second page asked after the first page’s end cursor', async () => {
    const { calls } = renderMpp('/mpp/tenancies/ten-imi', serve);
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByRole('table', { name: 'Riwayat tahap' });
    // Page one came with the tenancy: no second request for it.
    expect(afters(calls, 'TenancyHistory')).toEqual([]);
    await user.click(nextIn(table));
    expect(await within(table).findByText('Dijeda karena renovasi gerai')).toBeTruthy();
    expect(afters(calls, 'TenancyHistory')).toEqual([{ id: 'ten-imi', first: 20, after: TENANCY.history.pageInfo.endCursor }]);
  });

  it('pages the tenant’s services on the onboarding page', async () => {
    const { calls } = renderMpp('/mpp/tenancies/ten-imi', serve);
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByRole('table', { name: 'Layanan' });
    expect(table.textContent).toContain('Paspor biasa');
    await user.click(nextIn(table));
    expect(await within(table).findByText('Izin tinggal terbatas')).toBeTruthy();
    expect(within(table).queryByText('Paspor biasa')).toBeNull();
    expect(afters(calls, 'TenancyServices')).toEqual([{ id: 'ten-imi', first: 20, after: TENANCY.services.pageInfo.endCursor }]);
  });

  it('pages the services on the picker page too', async () => {
    const { calls } = renderMpp('/mpp/tenancies/ten-imi/services', serve);
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByRole('table', { name: 'Layanan instansi tergabung di MPP' });
    await user.click(nextIn(table));
    expect(await within(table).findByText('Izin tinggal terbatas')).toBeTruthy();
    expect(afters(calls, 'TenancyServices')).toEqual([{ id: 'ten-imi', first: 20, after: TENANCY.services.pageInfo.endCursor }]);
  });

  it('shows the earlier agreements below the latest on request, asked after the first page’s end cursor', async () => {
    const { calls } = renderMpp('/mpp/tenancies/ten-imi/agreement', serve);
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByRole('region', { name: 'PKS 500/20/MPP-BJM/2027' })).toBeTruthy();
    expect(screen.getByText('1 dari 2 PKS ditampilkan')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tampilkan PKS sebelumnya' }));
    expect(await screen.findByRole('region', { name: 'PKS 500/12/MPP-BJM/2026' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'PKS 500/20/MPP-BJM/2027' })).toBeTruthy();
    await waitFor(() =>
      expect(afters(calls, 'TenancyAgreements')).toEqual([{ id: 'ten-imi', first: 5, after: TENANCY.agreements.pageInfo.endCursor }]),
    );
    expect(screen.queryByRole('button', { name: 'Tampilkan PKS sebelumnya' })).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { service, STEPS, tenancyAt } from '../testing/fixtures';
import { expectNoMissingTexts, findSummary, gqlError, renderMpp, unexpected } from '../testing/render-mpp';
import { pageOf } from '../testing/page-of';
import { reply } from '../testing/reply';
import type { AgencyServicesQuery } from '../__generated__/operations';

const REGISTRY: AgencyServicesQuery['services'] = {
  totalCount: 3,
  edges: [
    {
      node: {
        id: 'svc-Paspor biasa',
        name: 'Paspor biasa',
        serviceUnit: { id: 'unit-imi', name: 'Kantor Imigrasi Banjarmasin' },
        completeness: { deliveryReady: true, missing: [], unpublished: [], filled: 14, total: 14 },
      },
    },
    {
      node: {
        id: 'svc-epaspor',
        name: 'Paspor elektronik',
        serviceUnit: { id: 'unit-imi', name: 'Kantor Imigrasi Banjarmasin' },
        completeness: { deliveryReady: false, missing: ['FEE', 'LEGAL_BASIS'], unpublished: [], filled: 12, total: 14 },
      },
    },
    {
      node: {
        id: 'svc-itas',
        name: 'Izin tinggal terbatas',
        serviceUnit: { id: 'unit-imi', name: 'Kantor Imigrasi Banjarmasin' },
        completeness: { deliveryReady: true, missing: [], unpublished: [], filled: 14, total: 14 },
      },
    },
  ],
};

function serve(onAdd: (variables: Record<string, unknown>) => unknown) {
  const tenancy = tenancyAt('DESK_ASSIGNED', { services: pageOf([service({ name: 'Paspor biasa', dailyQuota: 30 })]) });
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'Tenancy') return reply('Tenancy', { tenancy, onboardingSteps: STEPS });
    if (operation === 'AgencyServices') return reply('AgencyServices', { services: REGISTRY });
    if (operation === 'AddTenancyServices') return onAdd(variables);
    return unexpected(operation);
  };
}

describe('service picker', () => {
  it('lists the agency’s registry services with their completeness; those already picked cannot be picked twice', async () => {
    const { calls } = renderMpp('/mpp/tenancies/ten-imi/services', serve(jest.fn()));
    const fieldset = await screen.findByRole('group', { name: 'Layanan yang dipilih' });
    expect(calls.find((c) => c.operation === 'AgencyServices')?.variables).toEqual({ agencyId: 'agency-imi' });
    const picked = within(fieldset).getByLabelText<HTMLInputElement>('Paspor biasa');
    expect(picked.disabled).toBe(true);
    expect(fieldset.textContent).toContain('Belum diisi: Biaya/tarif');
    // Only delivery components block going live; the legal basis is a management component.
    expect(fieldset.textContent).not.toContain('Dasar hukum');
    expectNoMissingTexts();
  });

  it('adds the chosen services with a daily quota', async () => {
    const onAdd = jest.fn(() => reply('AddTenancyServices', { addTenancyServices: [{ id: 'ts-a' }, { id: 'ts-b' }] }));
    renderMpp('/mpp/tenancies/ten-imi/services', serve(onAdd));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByLabelText('Izin tinggal terbatas'));
    await user.click(screen.getByLabelText('Paspor elektronik'));
    await user.type(screen.getByLabelText(/Kuota harian \(tidak wajib\)/), '30');
    await user.click(screen.getByRole('button', { name: 'Tambahkan 2 layanan' }));
    expect(await screen.findByText('2 layanan ditambahkan.')).toBeTruthy();
    expect(onAdd).toHaveBeenCalledWith({ input: { tenancyId: 'ten-imi', serviceIds: ['svc-itas', 'svc-epaspor'], dailyQuota: 30 } });
  });

  it('shows the refusal of a service of another agency on the service list', async () => {
    const onAdd = jest.fn(() =>
      gqlError('BAD_USER_INPUT', 'input.serviceIds', 'Layanan ini milik instansi lain.', 'This service belongs to another agency.'),
    );
    renderMpp('/mpp/tenancies/ten-imi/services', serve(onAdd));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByLabelText('Izin tinggal terbatas'));
    await user.click(screen.getByRole('button', { name: 'Tambahkan 1 layanan' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Layanan ini milik instansi lain.' }).getAttribute('href')).toBe('#pick-services');
  });

  it('refuses a quota that is not a whole number without sending', async () => {
    const onAdd = jest.fn();
    renderMpp('/mpp/tenancies/ten-imi/services', serve(onAdd));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByLabelText('Izin tinggal terbatas'));
    await user.type(screen.getByLabelText(/Kuota harian \(tidak wajib\)/), 'tiga puluh');
    await user.click(screen.getByRole('button', { name: 'Tambahkan 1 layanan' }));
    expect((await findSummary()).textContent).toContain('Kuota harus bilangan bulat mulai 1, atau kosong');
    expect(onAdd).not.toHaveBeenCalled();
  });
});

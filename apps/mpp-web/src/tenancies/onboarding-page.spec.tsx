import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DESK, expectNoMissingTexts, findSummary, gqlError, renderMpp, unexpected } from '../testing/render-mpp';
import { service, STEPS, tenancyAt } from '../testing/fixtures';
import type { TenancyDetail } from './tenancy.operations';
import { pageOf } from '../testing/page-of';
import type { AdvanceTenancyMutationVariables } from '../__generated__/operations';
import { reply } from '../testing/reply';

function serve(tenancy: TenancyDetail, onAdvance: (variables: Record<string, unknown>) => unknown = () => unexpected('AdvanceTenancy')) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'Tenancy') return reply('Tenancy', { tenancy, onboardingSteps: STEPS });
    if (operation === 'AdvanceTenancy') return onAdvance(variables);
    return unexpected(operation);
  };
}

describe('tenant onboarding page', () => {
  it('shows the five steps, who completed each, and the next one as the current step', async () => {
    renderMpp('/mpp/tenancies/ten-imi', serve(tenancyAt('AGREEMENT_SIGNED')));
    const steps = await screen.findByRole('list', { name: 'Tahap bergabung' });
    const items = within(steps).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[1].textContent).toContain('PKS ditandatangani — selesai');
    expect(items[1].textContent).toContain('Diselesaikan oleh Operator Banjarmasin');
    expect(items[2].getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('heading', { name: 'Tahap berikutnya: Gerai ditetapkan' })).toBeTruthy();
    const blockers = screen.getByRole('alert', { name: /Sebelum tahap ini/ });
    expect(blockers.textContent).toContain('Belum ada gerai yang ditetapkan.');
    expect(within(blockers).getByRole('link', { name: 'Tetapkan gerai' }).getAttribute('href')).toBe(
      '/mpp/malls/mall-bjm/desks?tenancy=ten-imi',
    );
    expectNoMissingTexts();
  });

  it('lists the missing Standar Pelayanan components before services can be ready', async () => {
    const tenancy = tenancyAt('DESK_ASSIGNED', {
      services: pageOf([
        service({
          name: 'Paspor elektronik',
          deliveryReady: false,
          missingComponents: ['FEE', 'DURATION'],
          unpublishedComponents: ['PROCEDURE'],
        }),
      ]),
    });
    renderMpp('/mpp/tenancies/ten-imi', serve(tenancy));
    const blockers = await screen.findByRole('alert', { name: /Sebelum tahap ini/ });
    expect(blockers.textContent).toContain('Paspor elektronik');
    expect(blockers.textContent).toContain('Belum diisi: Biaya/tarif, Jangka waktu penyelesaian');
    expect(blockers.textContent).toContain('Belum dipublikasikan: Sistem, mekanisme dan prosedur');
  });

  it('asks for every checklist item before sending, linking the summary to the first box left', async () => {
    const onAdvance = jest.fn();
    renderMpp(
      '/mpp/tenancies/ten-imi',
      serve(tenancyAt('AGREEMENT_SIGNED', { deskAssignments: tenancyAt('DESK_ASSIGNED').deskAssignments }), onAdvance),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByLabelText('Petugas gerai ditetapkan'));
    await user.click(screen.getByRole('button', { name: 'Selesaikan tahap: Gerai ditetapkan' }));
    const link = await screen.findByRole('link', { name: 'Centang semua butir daftar periksa' });
    expect(link.getAttribute('href')).toBe('#checklist-equipment-ready');
    expect(onAdvance).not.toHaveBeenCalled();
  });

  it('sends the step with its checklist, shows the service’s refusal, then the new step once accepted', async () => {
    let tenancy = tenancyAt('DESK_ASSIGNED');
    let attempts = 0;
    const onAdvance = jest.fn((variables: Record<string, unknown>) => {
      attempts += 1;
      if (attempts === 1)
        return gqlError(
          'BAD_USER_INPUT',
          'input.tenancyId',
          'Lengkapi Standar Pelayanan terlebih dahulu: Paspor biasa (FEE belum diisi).',
          'Complete the Standar Pelayanan first.',
        );
      tenancy = tenancyAt('SERVICES_READY');
      return reply('AdvanceTenancy', {
        advanceTenancy: { id: 'ten-imi', step: (variables['input'] as AdvanceTenancyMutationVariables['input']).to },
      });
    });
    const { calls } = renderMpp('/mpp/tenancies/ten-imi', (operation, variables) => serve(tenancy, onAdvance)(operation, variables));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByLabelText('Layanan dipilih dari registri'));
    await user.click(screen.getByLabelText('Kuota harian ditetapkan'));
    await user.click(screen.getByRole('button', { name: 'Selesaikan tahap: Layanan siap' }));

    const summary = await findSummary();
    expect(summary.textContent).toContain('Paspor biasa (FEE belum diisi)');
    expect(onAdvance.mock.calls[0][0]).toEqual({
      input: { tenancyId: 'ten-imi', to: 'SERVICES_READY', checklist: ['services-selected', 'quotas-set'], note: null },
    });

    await user.click(screen.getByRole('button', { name: 'Selesaikan tahap: Layanan siap' }));
    expect(await screen.findByText('Tahap “Layanan siap” selesai.')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.operation === 'Tenancy')).toHaveLength(2));
    expect(await screen.findByRole('heading', { name: 'Tahap berikutnya: Beroperasi' })).toBeTruthy();
  });

  it('is read only for a desk of the agency: no step form, no actions', async () => {
    renderMpp('/mpp/tenancies/ten-imi', serve(tenancyAt('DESK_ASSIGNED', { canManage: false })), { user: DESK });
    expect(await screen.findByRole('list', { name: 'Tahap bergabung' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Selesaikan tahap/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Jeda keikutsertaan' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Halaman MPP' })).toBeNull();
  });

  it('says plainly when the agency has left, and offers nothing to do', async () => {
    renderMpp('/mpp/tenancies/ten-imi', serve(tenancyAt('LIVE', { step: 'LEFT', nextStep: null, leftAt: '2026-11-01T03:00:00Z' })), {
      language: 'en',
    });
    expect(await screen.findByText(/This agency left the mall \(1 November 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Complete step/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove from the mall' })).toBeNull();
    expectNoMissingTexts();
  });
});

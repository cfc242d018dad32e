import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STEPS } from '../testing/fixtures';
import { expectNoMissingTexts, findSummary, gqlError, MALL_ID, OTHER_OPERATOR, renderMpp, unexpected } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import type { SearchAgenciesQuery } from '../__generated__/operations';

const AGENCIES: SearchAgenciesQuery['agencies'] = {
  totalCount: 2,
  edges: [
    {
      node: { id: 'agency-bpn', name: 'Kementerian ATR/Badan Pertanahan Nasional', type: 'KEMENTERIAN', serviceUnitCount: 4, region: null },
    },
    { node: { id: 'agency-kemenag', name: 'Kementerian Agama', type: 'KEMENTERIAN', serviceUnitCount: 2, region: null } },
  ],
};

function serve(onInvite: (variables: Record<string, unknown>) => unknown) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'OnboardingSteps') return reply('OnboardingSteps', { onboardingSteps: STEPS });
    if (operation === 'SearchAgencies') return reply('SearchAgencies', { agencies: AGENCIES });
    if (operation === 'InviteTenant') return onInvite(variables);
    return unexpected(operation);
  };
}

async function chooseAgency() {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText(/Cari instansi di registri/), 'kementerian');
  await user.click(await screen.findByLabelText('Kementerian ATR/Badan Pertanahan Nasional'));
  await user.click(screen.getByLabelText('Surat undangan dikirim'));
  await user.click(screen.getByLabelText('Narahubung ditetapkan'));
  return user;
}

describe('invite an agency from the registry', () => {
  it('searches the registry, invites the chosen agency with its checklist, and opens its onboarding', async () => {
    const onInvite = jest.fn(() => reply('InviteTenant', { inviteTenant: { id: 'ten-bpn' } }));
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}/tenants/invite`, serve(onInvite));
    const user = await chooseAgency();
    expect(calls.find((c) => c.operation === 'SearchAgencies')?.variables).toEqual({ search: 'kementerian' });
    await user.click(screen.getByRole('button', { name: 'Kirim undangan' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/mpp/tenancies/ten-bpn'));
    expect(onInvite).toHaveBeenCalledWith({
      input: { mallId: MALL_ID, agencyId: 'agency-bpn', checklist: ['invitation-sent', 'contact-named'], note: null },
    });
    expectNoMissingTexts();
  });

  it('puts “already a tenant” on the agency search field', async () => {
    const onInvite = jest.fn(() =>
      gqlError('CONFLICT', 'input.agencyId', 'Instansi ini sudah bergabung di MPP ini.', 'This agency is already a tenant of this mall.'),
    );
    renderMpp(`/mpp/malls/${MALL_ID}/tenants/invite`, serve(onInvite));
    const user = await chooseAgency();
    await user.click(screen.getByRole('button', { name: 'Kirim undangan' }));
    await findSummary();
    expect(screen.getByRole('link', { name: 'Instansi ini sudah bergabung di MPP ini.' }).getAttribute('href')).toBe('#invite-search');
    expect(document.getElementById('invite-search')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not offer the form to the operator of another mall', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/tenants/invite`, serve(jest.fn()), { user: OTHER_OPERATOR });
    expect(await screen.findByText('Hanya operator MPP ini atau admin nasional yang dapat melakukan ini.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kirim undangan' })).toBeNull();
  });
});

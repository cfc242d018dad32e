import { fireEvent, screen, within } from '@testing-library/react';
import {
  ADMIN,
  DESK,
  expectNoMissingTexts,
  findSummary,
  gqlError,
  MALL_ID,
  OTHER_OPERATOR,
  renderMpp,
  unexpected,
} from '../testing/render-mpp';
import { connection } from '../testing/fixtures';
import { reply } from '../testing/reply';
import type { MallProfile } from './mall.operations';

const PROFILE: MallProfile = {
  id: MALL_ID,
  name: 'MPP Kota Banjarmasin',
  status: 'ACTIVE',
  origin: 'OFFICIAL',
  address: 'Jl. Lambung Mangkurat',
  openedOn: '2019-10-21',
  proposedOn: null,
  regency: { code: '63.71', name: 'Kota Banjarmasin' },
  province: { code: '63', name: 'Kalimantan Selatan' },
  managingUnit: null,
  openingHours: [],
  documents: [],
  desks: [],
  tenancies: connection([]),
};

/** The profile answers from `current`, so the page reads the corrected mall back after saving. */
function serve(onUpdate: (variables: Record<string, unknown>) => unknown) {
  let current = PROFILE;
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'MallProfile') return reply('MallProfile', { mall: current });
    if (operation === 'MallStatusHistory') return reply('MallStatusHistory', { mall: { id: MALL_ID, statusHistory: connection([]) } });
    if (operation !== 'UpdateMall') return unexpected(operation);
    const answer = onUpdate(variables);
    const input = variables['input'] as { name: string; address: string | null };
    if (!(answer as { errors?: unknown }).errors) current = { ...current, ...input };
    return answer;
  };
}

async function form() {
  return screen.findByRole('form', { name: 'Nama dan alamat' });
}

describe('correcting a mall’s name and address', () => {
  it('lets the mall’s operator correct the address and shows the corrected mall', async () => {
    const onUpdate = jest.fn(() =>
      reply('UpdateMall', { updateMall: { id: MALL_ID, name: 'MPP Kota Banjarmasin', address: 'Jl. Lambung Mangkurat No. 2' } }),
    );
    renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(onUpdate));
    const details = await form();
    fireEvent.change(within(details).getByLabelText(/^Alamat/), { target: { value: ' Jl. Lambung Mangkurat No. 2 ' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Simpan nama dan alamat' }));
    expect(await within(details).findByText('Nama dan alamat MPP tersimpan.')).toBeTruthy();
    expect(onUpdate).toHaveBeenCalledWith({ id: MALL_ID, input: { name: 'MPP Kota Banjarmasin', address: 'Jl. Lambung Mangkurat No. 2' } });
    expect(await screen.findByText('Jl. Lambung Mangkurat No. 2', { selector: 'p' })).toBeTruthy();
    expectNoMissingTexts();
  });

  it('asks for a name before sending, on the name field', async () => {
    const onUpdate = jest.fn();
    renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(onUpdate), { user: ADMIN });
    const details = await form();
    fireEvent.change(within(details).getByLabelText(/^Nama MPP/), { target: { value: '   ' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Simpan nama dan alamat' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Masukkan nama MPP' }).getAttribute('href')).toBe('#mall-details-name');
    expect(
      within(details)
        .getByLabelText(/^Nama MPP/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('puts the service’s refusal on the field it names, in English too', async () => {
    renderMpp(
      `/mpp/malls/${MALL_ID}/profile`,
      serve(() => gqlError('BAD_USER_INPUT', 'input.name', 'MPP wajib diberi nama.', 'The mall needs a name.')),
      { user: ADMIN, language: 'en' },
    );
    const details = await screen.findByRole('form', { name: 'Name and address' });
    fireEvent.click(within(details).getByRole('button', { name: 'Save name and address' }));
    const summary = await findSummary('There is a problem');
    expect(within(summary).getByRole('link', { name: 'The mall needs a name.' }).getAttribute('href')).toBe('#mall-details-name');
    expectNoMissingTexts();
  });

  it('is offered only to this mall’s operator and national admins', async () => {
    for (const user of [OTHER_OPERATOR, DESK, null]) {
      const { unmount } = renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(jest.fn()), { user });
      await screen.findByText('Jl. Lambung Mangkurat', { selector: 'p' });
      expect(screen.queryByRole('form', { name: 'Nama dan alamat' })).toBeNull();
      unmount();
    }
  });
});

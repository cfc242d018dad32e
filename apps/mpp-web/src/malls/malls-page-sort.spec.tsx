import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { connection } from '../testing/fixtures';
import { expectNoMissingTexts, renderMpp, unexpected } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import type { MallRow } from './mall.operations';

const ROWS: MallRow[] = [
  {
    id: 'mall-1',
    name: 'Mal Pelayanan Publik Kota Banjarmasin',
    status: 'ACTIVE',
    origin: 'OFFICIAL',
    address: null,
    openedOn: '2019-10-21',
    regency: { code: '63.71', name: 'Kota Banjarmasin' },
    province: { code: '63', name: 'Kalimantan Selatan' },
  },
];

function render() {
  return renderMpp(
    '/mpp/malls',
    (operation) =>
      operation === 'Malls' ? reply('Malls', { malls: connection(ROWS, { totalCount: 30, hasNextPage: true }) }) : unexpected(operation),
    { user: null },
  );
}

describe('ordering the public malls list', () => {
  it('asks the service for province order first, then for the order the person chooses, from the first page again', async () => {
    const { calls } = render();
    await screen.findByText('Mal Pelayanan Publik Kota Banjarmasin');
    const malls = () => calls.filter((call) => call.operation === 'Malls');
    expect(malls()[0].variables).toMatchObject({ sort: { field: 'PROVINCE', direction: 'ASC' }, after: null });
    fireEvent.change(screen.getByLabelText('Urutkan'), { target: { value: 'OPENED_ON.DESC' } });
    await waitFor(() => expect(malls().at(-1)?.variables).toMatchObject({ sort: { field: 'OPENED_ON', direction: 'DESC' }, after: null }));
    expectNoMissingTexts();
  });

  it('sorts from the column headers too, saying which column and which way', async () => {
    const { calls } = render();
    const table = await screen.findByRole('table', { name: 'Semua MPP' });
    fireEvent.click(within(table).getByRole('button', { name: /MPP/ }));
    await waitFor(() =>
      expect(calls.filter((call) => call.operation === 'Malls').at(-1)?.variables).toMatchObject({
        sort: { field: 'NAME', direction: 'ASC' },
      }),
    );
    expect(within(table).getByRole('columnheader', { name: /MPP/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByLabelText<HTMLSelectElement>('Urutkan').value).toBe('NAME.ASC');
    fireEvent.click(within(table).getByRole('button', { name: /MPP/ }));
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Urutkan').value).toBe('NAME.DESC'));
  });

  it('offers the order the province header turns to: a second click leaves the select on province, descending', async () => {
    const { calls } = render();
    const table = await screen.findByRole('table', { name: 'Semua MPP' });
    const select = screen.getByLabelText<HTMLSelectElement>('Urutkan');
    // Away from the default (province, ascending) first, so the two clicks go ascending, then descending.
    fireEvent.change(select, { target: { value: 'NAME.ASC' } });
    await waitFor(() => expect(select.value).toBe('NAME.ASC'));
    fireEvent.click(within(table).getByRole('button', { name: /Provinsi/ }));
    await waitFor(() => expect(select.value).toBe('PROVINCE.ASC'));
    fireEvent.click(within(table).getByRole('button', { name: /Provinsi/ }));
    await waitFor(() =>
      expect(calls.filter((call) => call.operation === 'Malls').at(-1)?.variables).toMatchObject({
        sort: { field: 'PROVINCE', direction: 'DESC' },
      }),
    );
    expect(select.value).toBe('PROVINCE.DESC');
    expect(select.selectedOptions[0]?.textContent).toBe('Provinsi (Papua sampai Aceh), lalu nama (Z–A)');
    expectNoMissingTexts();
  });
});

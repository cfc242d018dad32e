import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MallRow } from './mall.operations';
import { connection } from '../testing/fixtures';
import { renderMpp, unexpected } from '../testing/render-mpp';
import { reply } from '../testing/reply';

const mall = (index: number): MallRow => ({
  id: `mall-${index}`,
  name: `Mal Pelayanan Publik ${index}`,
  status: 'ACTIVE',
  origin: index === 2 ? 'DEMO' : 'OFFICIAL',
  address: null,
  openedOn: null,
  regency: { code: '63.71', name: 'Kota Banjarmasin' },
  province: { code: '63', name: 'Kalimantan Selatan' },
});

describe('the malls list', () => {
  it('asks the service one page at a time and follows the end cursor to the next page', async () => {
    const { calls } = renderMpp('/mpp/malls', (operation, variables) => {
      if (operation !== 'Malls') return unexpected(operation);
      const second = variables['after'] === 'cursor-24';
      const nodes = second ? [mall(26), mall(27)] : Array.from({ length: 25 }, (_, index) => mall(index + 1));
      return reply('Malls', { malls: { ...connection(nodes, { totalCount: 27, hasNextPage: !second }) } });
    });
    expect(await screen.findByText('Mal Pelayanan Publik 1')).toBeTruthy();
    // Honest data (#11 §7): each mall says whether it is official or demo.
    expect(screen.getByText('Mal Pelayanan Publik 2').closest('tr')?.textContent).toContain('Contoh');
    expect(screen.getByText('Mal Pelayanan Publik 1').closest('tr')?.textContent).toContain('Resmi');
    expect(calls.find((call) => call.operation === 'Malls')?.variables).toMatchObject({ first: 25, after: null });
    const nav = screen.getByRole('navigation', { name: /halaman/i });
    await userEvent.setup({ delay: null }).click(within(nav).getByRole('button', { name: /berikut|next/i }));
    expect(await screen.findByText('Mal Pelayanan Publik 27')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'Malls').at(-1)?.variables).toMatchObject({ first: 25, after: 'cursor-24' });
  });
});

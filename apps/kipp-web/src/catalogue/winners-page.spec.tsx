import { screen } from '@testing-library/react';
import { expectNoInternalCodes } from '@simpul/ui/testing';
import { innovation } from '../testing/fixtures';
import { connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';

const WINNERS = [innovation(), innovation({ id: 'inv-2', title: 'Posyandu Digital', award: 'TOP99', origin: 'DEMO', source: null })];

function winners(operation: string) {
  if (operation === 'KippWinners')
    return reply('KippWinners', {
      winners: connection(WINNERS),
      kippAwardYears: [2023, 2021],
      kippAwardTiers: [{ year: 2023, name: 'Top 45' }],
    });
  throw new Error(`unexpected ${operation}`);
}

describe('winners page', () => {
  it('rule (#11 §7): an official winner names its source; a demo winner says it is demo', async () => {
    renderKipp('/kipp/pemenang/2023', winners, { user: null });
    const official = await screen.findByRole('link', { name: 'Samsat Keliling Desa' });
    expect(official.closest('tr')?.textContent).toContain('ResmiSumber: Keputusan Menteri PANRB 1035/2023');
    expect(screen.getByRole('link', { name: 'Posyandu Digital' }).closest('tr')?.textContent).toMatch(/Contoh$/);
    expectNoInternalCodes();
  });

  it('rule (#20 §7): a year whose competition used another tier shows that tier’s real name', async () => {
    const winner = innovation({
      id: 'inv-25',
      title: 'Pengendalian inflasi daerah',
      latestYear: 2015,
      firstYear: 2015,
      awardName: 'Top 25',
    });
    renderKipp(
      '/kipp/pemenang/2015',
      (operation) => {
        if (operation === 'KippWinners')
          return reply('KippWinners', {
            winners: connection([winner]),
            kippAwardYears: [2023, 2015],
            kippAwardTiers: [
              { year: 2015, name: 'Top 25' },
              { year: 2023, name: 'Top 45' },
            ],
          });
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    const row = (await screen.findByRole('link', { name: 'Pengendalian inflasi daerah' })).closest('tr');
    expect(row?.textContent).toContain('Top 25');
    expect(row?.textContent).not.toContain('Top 45');
    expect(screen.getByText('Inovasi peraih Top 25 tahun ini. Inovasi Top 99 lainnya ada di katalog.')).toBeTruthy();
    expectNoInternalCodes();
  });

  it('reads in English with no internal codes', async () => {
    renderKipp('/kipp/pemenang/2023', winners, { user: null, language: 'en' });
    await screen.findByRole('link', { name: 'Samsat Keliling Desa' });
    expect(screen.getByText('Demo')).toBeTruthy();
    expect(screen.getByText('Official')).toBeTruthy();
    expectNoInternalCodes();
  });
});

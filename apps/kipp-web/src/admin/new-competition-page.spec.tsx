import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DESK, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import { defaultCalendar } from './competition-defaults';
import type { CreateCompetitionInput } from './admin.operations';

describe('new competition (national admin)', () => {
  it('creates a year with groups, categories, eligibility rules as data and the eight-stage calendar', async () => {
    const { calls } = renderKipp('/kipp/kompetisi/baru', (operation) => {
      if (operation === 'KippCreateCompetition') return reply('KippCreateCompetition', { createCompetition: { id: 'comp-2030' } });
      if (operation === 'KippCompetition') return reply('KippCompetition', { competition: null });
      return undefined;
    });
    const year = await screen.findByLabelText(/^Tahun/);
    await userEvent.clear(year);
    await userEvent.type(year, '2030', { delay: null });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Khusus' }));
    const quota = screen.getByLabelText(/Kuota per instansi Umum/);
    await userEvent.clear(quota);
    await userEvent.type(quota, '8', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Buat kompetisi' }));
    await waitFor(() => expect(calls.some((c) => c.operation === 'KippCreateCompetition')).toBe(true));
    const input = calls.find((c) => c.operation === 'KippCreateCompetition')?.variables['input'] as CreateCompetitionInput;
    expect(input).toMatchObject({
      year: 2030,
      title: 'Kompetisi Inovasi Pelayanan Publik 2030',
      groups: ['UMUM', 'REPLIKASI'],
      top99Size: 99,
      top45Size: 45,
      evaluatorsPerProposal: 3,
    });
    expect(input.groupRules).toEqual([
      { group: 'UMUM', minAgeYears: 2, quotaPerAgency: 8 },
      { group: 'REPLIKASI', minAgeYears: 1, quotaPerAgency: 5 },
    ]);
    expect(input.stages).toEqual(defaultCalendar(2030));
    expect(input.categories).toHaveLength(7);
  });

  it('shows the server’s refusal of a second competition for the year on the year field', async () => {
    renderKipp('/kipp/kompetisi/baru', (operation) =>
      operation === 'KippCreateCompetition'
        ? errorOf('CONFLICT', 'year', 'Kompetisi 2027 sudah ada.', 'There is already a 2027 competition.')
        : undefined,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Buat kompetisi' }));
    const link = await screen.findByRole('link', { name: 'Kompetisi 2027 sudah ada.' });
    expect(link.getAttribute('href')).toBe('#competition-year');
  });

  it('is refused to a desk', async () => {
    renderKipp('/kipp/kompetisi/baru', () => undefined, { user: DESK });
    expect(await screen.findByText('Halaman ini untuk admin nasional')).toBeTruthy();
  });
});

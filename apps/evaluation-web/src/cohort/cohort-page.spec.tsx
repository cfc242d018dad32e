import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cohortOption, connection, cycle } from '../testing/fixtures';
import { errorOf, renderEvaluation, type Resolver } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { RankedEntry } from './cohort.operations';

const entry = (
  unitName: string,
  index: number,
  rank: number,
  range: [number, number],
  margin: number,
  respondents: number,
  below: boolean | null = false,
): RankedEntry => ({
  id: `r-${unitName}`,
  lokusId: `l-${unitName}`,
  unitName,
  index,
  category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
  rank,
  cohortSize: 6,
  rankRange: { best: range[0], worst: range[1] },
  rankIsUncertain: range[0] < range[1],
  indexMargin: margin,
  respondents,
  minRespondents: 10,
  sampleBelowMinimum: below,
  origin: 'DEMO',
});

const RANKED = [
  entry('Samsat Kalsel', 4.5, 1, [1, 1], 0.058, 16),
  entry('Samsat Kalteng', 4.05, 2, [2, 5], 0.058, 16),
  entry('Samsat Kaltim', 4.02, 5, [2, 5], 0.058, 16),
  entry('Samsat Kaltara', 3.5, 6, [6, 6], 0.005, 4, true),
];

const network =
  (ranking: Resolver): Resolver =>
  (operation, variables) => {
    if (operation === 'EvaluationCycle')
      return reply('EvaluationCycle', {
        evaluationCycle: cycle(['PUBLISHED'], { id: 'cycle-2027', name: 'PEKPPP 2027', publishedAt: '2027-06-21T00:00:00Z' }),
      });
    if (operation === 'CycleCohorts') return reply('CycleCohorts', { cycleCohorts: [cohortOption('PROVINCE:SAMSAT')] });
    return ranking(operation, variables);
  };

describe('cohort ranking page', () => {
  it('shows an uncertain rank as a range with a sentence for screen readers, the IPP with its ± and the small-sample flag', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2027/cohorts/PROVINCE%3ASAMSAT',
      network(() => reply('CohortRanking', { cohortRanking: connection(RANKED) })),
      { user: null },
    );
    const row = (await screen.findByText('Samsat Kalteng')).closest('tr') as HTMLElement;
    expect(within(row).getByTestId('rank-shown').textContent).toBe('2–5');
    expect(within(row).getByText('peringkat 2 sampai 5 dari 6, tidak pasti')).toBeTruthy();
    expect(within(row).getByText('4,05 ± 0,058')).toBeTruthy();
    const leader = screen.getByText('Samsat Kalsel').closest('tr') as HTMLElement;
    expect(within(leader).getByTestId('rank-shown').textContent).toBe('1');
    const small = screen.getByText('Samsat Kaltara').closest('tr') as HTMLElement;
    expect(within(small).getByText('Sampel kurang')).toBeTruthy();
    expect(within(small).getByText('4 (minimum 10)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bandingkan Samsat Kalteng' }).getAttribute('href')).toBe(
      '/evaluasi/lokus/l-Samsat Kalteng/pembanding',
    );
    expect(screen.getByText(/Peringkat ditulis sebagai rentang, misalnya 3–6/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Peringkat Samsat tingkat provinsi' })).toBeTruthy();
  });

  it('reads in English with the same ranges', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2027/cohorts/PROVINCE%3ASAMSAT',
      network(() => reply('CohortRanking', { cohortRanking: connection(RANKED) })),
      { user: null, language: 'en' },
    );
    const row = (await screen.findByText('Samsat Kalteng')).closest('tr') as HTMLElement;
    expect(within(row).getByText('rank 2 to 5 of 6, uncertain')).toBeTruthy();
    expect(within(row).getByText('4.05 ± 0.058')).toBeTruthy();
    expect(screen.getByText('Small sample')).toBeTruthy();
  });

  it('asks for a cohort first, and opens the chosen one', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2027/cohorts',
      network(() => reply('CohortRanking', { cohortRanking: connection(RANKED) })),
      { user: null },
    );
    expect(await screen.findByText('Pilih kelompok pembanding untuk melihat peringkatnya.')).toBeTruthy();
    await screen.findByRole('option', { name: 'Samsat tingkat provinsi' });
    await userEvent.selectOptions(screen.getByLabelText('Kelompok pembanding'), 'Samsat tingkat provinsi');
    expect(await screen.findByText('Samsat Kalteng')).toBeTruthy();
    expect(calls.some((call) => call.operation === 'CohortRanking' && call.variables['cohort'] === 'PROVINCE:SAMSAT')).toBe(true);
  });

  it('says the ranking is refused before publication', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2027/cohorts/PROVINCE%3ASAMSAT',
      network(() => errorOf('FORBIDDEN', null, 'Hanya admin nasional.', 'National admins only.')),
      { user: null },
    );
    expect(await screen.findByText('Peringkat ini belum dapat dibuka')).toBeTruthy();
  });

  it('says so when the cohort has no results yet', async () => {
    renderEvaluation(
      '/evaluasi/cycles/cycle-2027/cohorts/PROVINCE%3ASAMSAT',
      network(() => reply('CohortRanking', { cohortRanking: connection([]) })),
      { user: null },
    );
    expect(await screen.findByText('Belum ada hasil di kelompok ini')).toBeTruthy();
  });

  it('pages through the ranking by cursor', async () => {
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2027/cohorts/PROVINCE%3ASAMSAT',
      network((_, variables) =>
        reply('CohortRanking', {
          cohortRanking: variables['after']
            ? connection(RANKED.slice(2), { totalCount: 30, offset: 25 })
            : connection(RANKED.slice(0, 2), { totalCount: 30, hasNextPage: true }),
        }),
      ),
      { user: null },
    );
    await screen.findByText('Samsat Kalteng');
    await userEvent.click(screen.getByRole('button', { name: /berikutnya/i }));
    expect(await screen.findByText('Samsat Kaltara')).toBeTruthy();
    expect(calls.some((call) => call.operation === 'CohortRanking' && call.variables['after'] === 'c2')).toBe(true);
  });
});

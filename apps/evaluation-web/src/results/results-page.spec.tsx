import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ExportCycleResultsQuery } from '../__generated__/operations';
import type { LokusResult } from '../lokus/lokus.operations';
import { cohortFields, cohortOption, connection, cycle } from '../testing/fixtures';
import { renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

const result = (
  unitName: string,
  index: number,
  rank: number,
  cohort: string,
  category: [string, string],
  origin: 'OFFICIAL' | 'DEMO' = 'DEMO',
): LokusResult => ({
  id: `r-${unitName}`,
  lokusId: `l-${unitName}`,
  cycleId: 'cycle-2022',
  year: 2022,
  unitName,
  serviceUnitId: `u-${unitName}`,
  provinceCode: '63',
  version: 1,
  current: true,
  index,
  evaluatorIndex: index,
  userIndex: null,
  basis: 'EVALUATOR_ONLY',
  respondents: 0,
  category: { code: category[0], label: category[1], labelEn: category[1] },
  ...cohortFields(cohort),
  rank,
  cohortSize: 34,
  rankLabel: { id: `peringkat ${rank} dari 34`, en: `rank ${rank} of 34` },
  reason: null,
  computedAt: '2022-10-16T00:00:00Z',
  origin,
  source: origin === 'OFFICIAL' ? 'Keputusan Menteri PANRB Nomor 1035 Tahun 2022' : null,
  indicatorsOrigin: 'DEMO',
  cycleName: 'PEKPPP 2022',
  scheme: 'PEMANTAUAN',
  label: { id: `PEKPPP 2022 (Pemantauan): peringkat ${rank} dari 34`, en: `PEKPPP 2022 (Monitoring): rank ${rank} of 34` },
});

const exportFile = (
  fileName: string,
  rowCount: number,
  demoRowCount: number,
  cohort: string | null,
): ExportCycleResultsQuery['exportCycleResults'] => ({
  fileName,
  mimeType: 'text/csv; charset=utf-8',
  contentBase64: btoa('Siklus\r\n'),
  rowCount,
  demoRowCount,
  cohort,
  cohortLabel: cohort ? 'Samsat tingkat provinsi' : null,
  cohortLabelEn: cohort ? 'Provincial Samsat' : null,
});

describe('results page', () => {
  it('shows "peringkat k dari n" and filters by cohort', async () => {
    const kalsel = result('SAMSAT Kalimantan Selatan', 4.02, 20, 'PROVINCE:SAMSAT', ['A-', 'Sangat Baik']);
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2022/results',
      (operation, variables) => {
        if (operation === 'EvaluationCycle')
          return reply('EvaluationCycle', {
            evaluationCycle: cycle(['PUBLISHED'], { id: 'cycle-2022', name: 'PEKPPP 2022', publishedAt: '2022-10-16T00:00:00Z' }),
          });
        if (operation === 'CycleResults') {
          const items =
            variables['cohort'] === 'PROVINCE:SAMSAT'
              ? [kalsel]
              : [kalsel, result('DPMPTSP Kalimantan Tengah', 3.14, 1, 'PROVINCE:DPMPTSP', ['B-', 'Baik dengan Catatan'])];
          return reply('CycleResults', { cycleResults: connection(items) });
        }
        if (operation === 'CycleCohorts')
          return reply('CycleCohorts', { cycleCohorts: [cohortOption('PROVINCE:DPMPTSP'), cohortOption('PROVINCE:SAMSAT')] });
        throw new Error(operation);
      },
      { user: null },
    );
    expect(await screen.findByText('peringkat 20 dari 34')).toBeTruthy();
    expect(screen.getByText('4,02')).toBeTruthy();
    expect(screen.getByText('A- · Sangat Baik')).toBeTruthy();
    await screen.findByRole('option', { name: 'Samsat tingkat provinsi' });
    await userEvent.selectOptions(screen.getByLabelText('Kelompok pembanding'), 'Samsat tingkat provinsi');
    await waitFor(() => expect(screen.queryByText('DPMPTSP Kalimantan Tengah')).toBeNull());
    expect(calls.some((c) => c.operation === 'CycleResults' && c.variables['cohort'] === 'PROVINCE:SAMSAT')).toBe(true);
    expect(await screen.findByText('Peringkat Samsat tingkat provinsi')).toBeTruthy();
  });

  it('names cohorts in words, never as raw codes, in the filter and the ranking, in both languages', async () => {
    const kalsel = result('SAMSAT Kalimantan Selatan', 4.02, 20, 'PROVINCE:SAMSAT', ['A-', 'Sangat Baik']);
    const dpmptsp = result('DPMPTSP Kalimantan Tengah', 3.14, 1, 'PROVINCE:DPMPTSP', ['B-', 'Baik dengan Catatan']);
    renderEvaluation(
      '/evaluasi/cycles/cycle-2022/results',
      (operation) => {
        if (operation === 'EvaluationCycle')
          return reply('EvaluationCycle', {
            evaluationCycle: cycle(['PUBLISHED'], { id: 'cycle-2022', name: 'PEKPPP 2022', publishedAt: '2022-10-16T00:00:00Z' }),
          });
        if (operation === 'CycleResults') return reply('CycleResults', { cycleResults: connection([kalsel, dpmptsp]) });
        if (operation === 'CycleCohorts')
          return reply('CycleCohorts', { cycleCohorts: [cohortOption('PROVINCE:DPMPTSP'), cohortOption('PROVINCE:SAMSAT')] });
        throw new Error(operation);
      },
      { user: null, language: 'en' },
    );
    expect(await screen.findByRole('cell', { name: 'Provincial Samsat' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Provincial DPMPTSP (one-stop service)' })).toBeTruthy();
    expect(await screen.findByRole('option', { name: 'Provincial Samsat' })).toBeTruthy();
    expect(screen.getByRole('table').textContent).not.toContain('PROVINCE:');
  });

  it('rule: demo values are marked "Contoh" in the ranking, official ones "Resmi"', async () => {
    const kalsel = result('SAMSAT Kalimantan Selatan', 4.02, 20, 'PROVINCE:SAMSAT', ['A-', 'Sangat Baik'], 'OFFICIAL');
    const aceh = result('SAMSAT Aceh', 4.1, 19, 'PROVINCE:SAMSAT', ['A-', 'Sangat Baik']);
    renderEvaluation(
      '/evaluasi/cycles/cycle-2022/results',
      (operation) => {
        if (operation === 'EvaluationCycle')
          return reply('EvaluationCycle', {
            evaluationCycle: cycle(['PUBLISHED'], { id: 'cycle-2022', name: 'PEKPPP 2022', publishedAt: '2022-10-16T00:00:00Z' }),
          });
        if (operation === 'CycleResults') return reply('CycleResults', { cycleResults: connection([aceh, kalsel]) });
        if (operation === 'CycleCohorts') return reply('CycleCohorts', { cycleCohorts: [cohortOption('PROVINCE:SAMSAT')] });
        throw new Error(operation);
      },
      { user: null },
    );
    const acehRow = (await screen.findByRole('cell', { name: 'SAMSAT Aceh' })).closest('tr') as HTMLElement;
    expect(within(acehRow).getByText('Contoh')).toBeTruthy();
    const kalselRow = screen.getByRole('cell', { name: 'SAMSAT Kalimantan Selatan' }).closest('tr') as HTMLElement;
    expect(within(kalselRow).getByText('Resmi')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Asal data/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hasil PEKPPP 2022 (Pemantauan)');
  });

  it('rule: an export follows the cohort on screen and says so; the Indonesian CSV is offered beside the plain one', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot follow the download link; the browser would save the file.
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const kalsel = result('SAMSAT Kalimantan Selatan', 4.02, 20, 'PROVINCE:SAMSAT', ['A-', 'Sangat Baik'], 'OFFICIAL');
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2022/results',
      (operation, variables) => {
        if (operation === 'EvaluationCycle')
          return reply('EvaluationCycle', {
            evaluationCycle: cycle(['PUBLISHED'], { id: 'cycle-2022', name: 'PEKPPP 2022', publishedAt: '2022-10-16T00:00:00Z' }),
          });
        if (operation === 'CycleResults') return reply('CycleResults', { cycleResults: connection([kalsel]) });
        if (operation === 'CycleCohorts')
          return reply('CycleCohorts', { cycleCohorts: [cohortOption('PROVINCE:DPMPTSP'), cohortOption('PROVINCE:SAMSAT')] });
        if (operation === 'ExportCycleResults') {
          const name = variables['format'] === 'CSV_INDONESIAN' ? 'hasil-format-indonesia.csv' : 'hasil.csv';
          return reply('ExportCycleResults', { exportCycleResults: exportFile(name, 1, 0, variables['cohort'] as string | null) });
        }
        throw new Error(operation);
      },
      { user: null },
    );
    await screen.findByRole('option', { name: 'Samsat tingkat provinsi' });
    await userEvent.selectOptions(screen.getByLabelText('Kelompok pembanding'), 'Samsat tingkat provinsi');
    await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV (format Indonesia)' }));
    expect(await screen.findByText('hasil-format-indonesia.csv diunduh (1 baris, hanya kelompok Samsat tingkat provinsi).')).toBeTruthy();
    const exports = calls.filter((c) => c.operation === 'ExportCycleResults');
    expect(exports.map((c) => [c.variables['format'], c.variables['cohort']])).toEqual([['CSV_INDONESIAN', 'PROVINCE:SAMSAT']]);
    expect(screen.getByRole('button', { name: 'Unduh CSV' })).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('pages forward with the cursor the server gave, and back to the first page', async () => {
    const first = Array.from({ length: 50 }, (_, i) => result(`Unit ${i + 1}`, 4, i + 1, 'PROVINCE:SAMSAT', ['A-', 'Sangat Baik']));
    const second = [result('Unit 51', 3, 51, 'PROVINCE:SAMSAT', ['B', 'Baik'])];
    const { calls } = renderEvaluation(
      '/evaluasi/cycles/cycle-2022/results',
      (operation, variables) => {
        if (operation === 'EvaluationCycle')
          return reply('EvaluationCycle', {
            evaluationCycle: cycle(['PUBLISHED'], { id: 'cycle-2022', name: 'PEKPPP 2022', publishedAt: '2022-10-16T00:00:00Z' }),
          });
        if (operation === 'CycleCohorts') return reply('CycleCohorts', { cycleCohorts: [cohortOption('PROVINCE:SAMSAT')] });
        if (operation === 'CycleResults') {
          return reply('CycleResults', {
            cycleResults:
              variables['after'] === 'c50'
                ? connection(second, { totalCount: 51, offset: 50 })
                : connection(first, { totalCount: 51, hasNextPage: true }),
          });
        }
        throw new Error(operation);
      },
      { user: null },
    );
    await screen.findByText('Unit 50');
    await userEvent.click(screen.getByRole('button', { name: /berikutnya/i }));
    await screen.findByText('Unit 51');
    expect(calls.filter((c) => c.operation === 'CycleResults').map((c) => c.variables['after'])).toContain('c50');
    await userEvent.click(screen.getByRole('button', { name: /sebelumnya/i }));
    await screen.findByText('Unit 1');
  });
});

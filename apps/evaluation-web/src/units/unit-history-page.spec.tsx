import { screen, within } from '@testing-library/react';
import type { ReportCardQuery, ServiceUnitIppHistoryQuery } from '../__generated__/operations';
import { cohortFields } from '../testing/fixtures';
import { renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

type HistoryPoint = NonNullable<ServiceUnitIppHistoryQuery['serviceUnit']>['ippResults'][number];

const point = (
  year: number,
  index: number,
  rank: number | null,
  origin: 'OFFICIAL' | 'DEMO' = 'OFFICIAL',
  scheme: 'PEMANTAUAN' | 'KHUSUS' = 'PEMANTAUAN',
): HistoryPoint => ({
  year,
  cycleId: `cycle-${year}-${scheme}`,
  lokusId: `lokus-${year}-${scheme}`,
  index,
  category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
  rank,
  cohortSize: rank ? 34 : null,
  ...cohortFields('PROVINCE:SAMSAT'),
  published: true,
  cycleName: `PEKPPP ${year}`,
  scheme,
  origin,
  source: origin === 'OFFICIAL' ? 'Keputusan Menteri PANRB Nomor 1035 Tahun 2022' : null,
  label: {
    id: `PEKPPP ${year} (${scheme === 'KHUSUS' ? 'Khusus' : 'Pemantauan'})${rank ? `: peringkat ${rank} dari 34` : ''}`,
    en: `PEKPPP ${year} (${scheme === 'KHUSUS' ? 'Special' : 'Monitoring'})${rank ? `: rank ${rank} of 34` : ''}`,
  },
});

const explanation = { formula: 'IPP = F-02', text: { id: 'IPP dari F-02', en: 'IPP from F-02' }, steps: [] };

describe('cohort names on the unit history and the rapor', () => {
  it("the unit's IPP history names the cohort of each year in words", async () => {
    renderEvaluation(
      '/evaluasi/units/unit-1',
      (operation) => {
        if (operation === 'ServiceUnitIppHistory')
          return reply('ServiceUnitIppHistory', {
            serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan', ippResults: [point(2022, 4.02, 20)] },
          });
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: 'Samsat tingkat provinsi' })).toBeTruthy();
    expect(table.textContent).not.toContain('PROVINCE:SAMSAT');
  });

  it('the rapor says which cohort the rank is among, in the header, the result and the history', async () => {
    const result: ReportCardQuery['reportCard']['result'] = {
      id: 'r-1',
      lokusId: 'lokus-2022',
      cycleId: 'cycle-2022',
      year: 2022,
      unitName: 'SAMSAT Kalimantan Selatan',
      serviceUnitId: 'unit-1',
      provinceCode: '63',
      version: 1,
      current: true,
      index: 4.02,
      evaluatorIndex: 4.02,
      userIndex: null,
      basis: 'EVALUATOR_ONLY',
      respondents: 0,
      category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
      ...cohortFields('PROVINCE:SAMSAT'),
      rank: 20,
      cohortSize: 34,
      rankLabel: { id: 'peringkat 20 dari 34', en: 'rank 20 of 34' },
      reason: null,
      computedAt: '2022-10-16T00:00:00Z',
      explanation,
      origin: 'OFFICIAL',
      source: 'Keputusan Menteri PANRB Nomor 1035 Tahun 2022',
      indicatorsOrigin: 'DEMO',
      cycleName: 'PEKPPP 2022',
      scheme: 'PEMANTAUAN',
      label: { id: 'PEKPPP 2022 (Pemantauan): peringkat 20 dari 34', en: 'PEKPPP 2022 (Monitoring): rank 20 of 34' },
    };
    renderEvaluation(
      '/evaluasi/lokus/lokus-2022/rapor',
      (operation) => {
        if (operation === 'ReportCard') {
          return reply('ReportCard', {
            reportCard: {
              lokus: {
                id: 'lokus-2022',
                unitName: 'SAMSAT Kalimantan Selatan',
                agencyName: 'Pemprov Kalsel',
                provinceName: 'Kalimantan Selatan',
                ...cohortFields('PROVINCE:SAMSAT'),
                instrumentId: 'pekppp-2024-a',
                serviceUnitId: 'unit-1',
                cycle: { name: 'PEKPPP 2022', year: 2022 },
              },
              result,
              aspects: [],
              history: [point(2022, 4.02, 20)],
              gap: null,
              followUpProgress: null,
            },
          });
        }
        throw new Error(`unexpected ${operation}`);
      },
      { user: null, language: 'en' },
    );
    expect(await screen.findByText(/Cohort: Provincial Samsat/)).toBeTruthy();
    // Named by cycle and scheme in the result, and in the history beside its cycle column.
    expect(screen.getByText('PEKPPP 2022 (Monitoring): rank 20 of 34')).toBeTruthy();
    expect(screen.getAllByText('rank 20 of 34')).toHaveLength(1);
    // The official IPP says where it was published; the indicator scores behind it are demo.
    expect(screen.getByText('Source: Keputusan Menteri PANRB Nomor 1035 Tahun 2022')).toBeTruthy();
    expect(screen.getByText('The indicator and aspect scores in this report card are demo data, not a real evaluation.')).toBeTruthy();
    expect(screen.getAllByText('Provincial Samsat').length).toBeGreaterThanOrEqual(2);
    expect(document.body.textContent).not.toContain('PROVINCE:SAMSAT');
  });

  it('rule: results are named by cycle and scheme, and demo ones are marked "Contoh"', async () => {
    renderEvaluation(
      '/evaluasi/units/unit-1',
      (operation) => {
        if (operation === 'ServiceUnitIppHistory') {
          return reply('ServiceUnitIppHistory', {
            serviceUnit: {
              id: 'unit-1',
              name: 'SAMSAT Kalimantan Selatan',
              ippResults: [point(2022, 4.02, 20), point(2026, 3.9, 2, 'DEMO'), point(2026, 3.7, null, 'DEMO', 'KHUSUS')],
            },
          });
        }
        throw new Error(`unexpected ${operation}`);
      },
      { user: null },
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: 'PEKPPP 2026 (Pemantauan)' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: 'PEKPPP 2026 (Khusus)' })).toBeTruthy();
    expect(within(table).getAllByText('Contoh')).toHaveLength(2);
    expect(within(table).getByText('Sumber: Keputusan Menteri PANRB Nomor 1035 Tahun 2022')).toBeTruthy();
    // The chart marks the demo points too (it is hidden from screen readers; the table carries the same).
    const chart = screen.getByTestId('trend-chart');
    expect(chart.querySelectorAll('[data-origin="DEMO"]')).toHaveLength(2);
    expect(chart.textContent).toContain('3,90 (contoh)');
  });
});

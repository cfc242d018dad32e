jest.setTimeout(30_000);
import { screen, within } from '@testing-library/react';
import { cohortFields } from '../testing/fixtures';
import { renderEvaluation } from '../testing/render-evaluation';

const point = (year: number, index: number, rank: number | null) => ({
  year, cycleId: `cycle-${year}`, lokusId: `lokus-${year}`, index, category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' }, rank, cohortSize: rank ? 34 : null,
  ...cohortFields('PROVINCE:SAMSAT'), published: true,
});

const explanation = { formula: 'IPP = F-02', text: { id: 'IPP dari F-02', en: 'IPP from F-02' }, steps: [] };

describe('cohort names on the unit history and the rapor', () => {
  it("the unit's IPP history names the cohort of each year in words", async () => {
    renderEvaluation('/evaluasi/units/unit-1', (operation) => {
      if (operation === 'ServiceUnitIppHistory') return { data: { serviceUnit: { id: 'unit-1', name: 'SAMSAT Kalimantan Selatan', ippResults: [point(2022, 4.02, 20)] } } };
      throw new Error(`unexpected ${operation}`);
    }, { user: null });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: 'Samsat tingkat provinsi' })).toBeTruthy();
    expect(table.textContent).not.toContain('PROVINCE:SAMSAT');
  });

  it('the rapor says which cohort the rank is among, in the header, the result and the history', async () => {
    const result = {
      id: 'r-1', lokusId: 'lokus-2022', cycleId: 'cycle-2022', year: 2022, unitName: 'SAMSAT Kalimantan Selatan', serviceUnitId: 'unit-1', provinceCode: '63', version: 1, current: true,
      index: 4.02, evaluatorIndex: 4.02, userIndex: null, basis: 'EVALUATOR_ONLY', respondents: 0, category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
      ...cohortFields('PROVINCE:SAMSAT'), rank: 20, cohortSize: 34, rankLabel: { id: 'peringkat 20 dari 34', en: 'rank 20 of 34' }, reason: null, computedAt: '2022-10-16T00:00:00Z', explanation,
    };
    renderEvaluation('/evaluasi/lokus/lokus-2022/rapor', (operation) => {
      if (operation === 'ReportCard') {
        return { data: { reportCard: {
          lokus: { id: 'lokus-2022', unitName: 'SAMSAT Kalimantan Selatan', agencyName: 'Pemprov Kalsel', provinceName: 'Kalimantan Selatan', ...cohortFields('PROVINCE:SAMSAT'), instrumentId: 'pekppp-2024-a', serviceUnitId: 'unit-1', cycle: { name: 'PEKPPP 2022', year: 2022 } },
          result, aspects: [], history: [point(2022, 4.02, 20)], gap: null,
        } } };
      }
      throw new Error(`unexpected ${operation}`);
    }, { user: null, language: 'en' });
    expect(await screen.findByText(/Cohort: Provincial Samsat/)).toBeTruthy();
    expect(screen.getAllByText('rank 20 of 34')).toHaveLength(2);
    expect(screen.getAllByText('Provincial Samsat').length).toBeGreaterThanOrEqual(2);
    expect(document.body.textContent).not.toContain('PROVINCE:SAMSAT');
  });
});

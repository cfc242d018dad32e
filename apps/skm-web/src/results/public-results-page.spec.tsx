import { screen, within } from '@testing-library/react';
import { renderSkm } from '../testing/render-skm';

const page = <T,>(items: T[]) => ({ totalCount: items.length, edges: items.map((node, i) => ({ cursor: String(i), node })), pageInfo: { hasNextPage: false, endCursor: null } });
const B = { code: 'B', label: 'Baik', labelEn: 'Good' };
const C = { code: 'C', label: 'Kurang Baik', labelEn: 'Poor' };
const RESULTS = {
  serviceUnit: { id: 'unit-1', name: 'Samsat Kalimantan Selatan' },
  skmPublicResults: {
    serviceUnitId: 'unit-1',
    latest: { surveyId: 'q2', value: 80.5, category: B, periodLabel: 'Triwulan II 2026', respondents: 412, sampleAdequate: true },
    trend: page([
      { surveyId: 'q1', periodLabel: 'Triwulan I 2026', startsOn: '2026-01-01', endsOn: '2026-03-31', value: 74.25, category: C, respondents: 390 },
      { surveyId: 'q2', periodLabel: 'Triwulan II 2026', startsOn: '2026-04-01', endsOn: '2026-06-30', value: 80.5, category: B, respondents: 412 },
    ]),
    followUps: page([{ id: 'f1', surveyId: 'q1', elementCode: 'U3', elementName: 'Waktu penyelesaian', action: 'Loket tambahan pada jam sibuk', owner: 'Kepala UPT', dueOn: '2026-05-31', status: 'DONE', outcome: 'Antrean rata-rata turun dari 45 ke 20 menit', updatedAt: '2026-06-01T00:00:00Z' }]),
  },
};

describe('public SKM results page', () => {
  it('shows a signed-out visitor the latest IKM, the trend with a table behind the chart, and "you said, we did"', async () => {
    const { calls } = renderSkm('/skm/units/unit-1/public', (operation) => (operation === 'SkmPublicResults' ? { data: RESULTS } : { data: null, errors: [{ message: operation }] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil SKM Samsat Kalimantan Selatan' })).toBeTruthy();
    expect(screen.getByTestId('public-ikm').textContent).toBe('80,50');
    expect(screen.getByText('Triwulan II 2026, dari 412 responden.')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'IKM per periode: Triwulan I 2026 74,25 (C), Triwulan II 2026 80,50 (B)' })).toBeTruthy();
    const trend = screen.getByRole('table', { name: 'IKM per periode, terlama dahulu' });
    expect(within(trend).getAllByRole('row')).toHaveLength(3);
    const followUps = screen.getByRole('table', { name: 'Rencana tindak lanjut per unsur yang dinilai lemah' });
    expect(within(followUps).getByText('Waktu penyelesaian perlu diperbaiki')).toBeTruthy();
    expect(within(followUps).getByText('Antrean rata-rata turun dari 45 ke 20 menit')).toBeTruthy();
    expect(within(followUps).getByText('Selesai')).toBeTruthy();
    expect(calls.find((c) => c.operation === 'SkmPublicResults')?.variables).toEqual({ id: 'unit-1' });
  });

  it('says so when a unit has published nothing yet, in English too', async () => {
    renderSkm('/skm/units/unit-2/public', () => ({ data: { serviceUnit: { id: 'unit-2', name: 'Dinas Sosial' }, skmPublicResults: { serviceUnitId: 'unit-2', latest: null, trend: page([]), followUps: page([]) } } }), { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'SKM results of Dinas Sosial' })).toBeTruthy();
    expect(screen.getByText('No SKM results published yet.')).toBeTruthy();
    expect(screen.getByText('No follow-up plans yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import type { SkmPublicResultsQuery } from '../__generated__/operations';
import { renderSkm } from '../testing/render-skm';
import { reply } from '../testing/reply';

const page = <T,>(items: T[]) => ({
  totalCount: items.length,
  edges: items.map((node, i) => ({ cursor: String(i), node })),
  pageInfo: { hasNextPage: false, endCursor: null },
});
const B = { code: 'B', label: 'Baik', labelEn: 'Good' };
const C = { code: 'C', label: 'Kurang Baik', labelEn: 'Poor' };
const RESULTS: SkmPublicResultsQuery = {
  serviceUnit: { id: 'unit-1', name: 'Samsat Kalimantan Selatan' },
  skmPublicResults: {
    serviceUnitId: 'unit-1',
    deskId: null,
    latestGap: null,
    trendPeriodKind: 'QUARTER',
    latest: {
      surveyId: 'q2',
      value: 80.5,
      category: B,
      periodKind: 'QUARTER',
      year: 2026,
      number: 2,
      respondents: 412,
      sampleAdequate: true,
      origin: 'OFFICIAL',
      source: 'Laporan SKM Samsat Kalsel 2026',
    },
    trend: page([
      {
        surveyId: 'q1',
        periodKind: 'QUARTER',
        year: 2026,
        number: 1,
        startsOn: '2026-01-01',
        endsOn: '2026-03-31',
        value: 74.25,
        category: C,
        respondents: 390,
        origin: 'DEMO',
        source: null,
      },
      {
        surveyId: 'q2',
        periodKind: 'QUARTER',
        year: 2026,
        number: 2,
        startsOn: '2026-04-01',
        endsOn: '2026-06-30',
        value: 80.5,
        category: B,
        respondents: 412,
        origin: 'OFFICIAL',
        source: 'Laporan SKM Samsat Kalsel 2026',
      },
    ]),
    followUps: page([
      {
        id: 'f1',
        surveyId: 'q1',
        elementCode: 'U3',
        elementName: 'Waktu penyelesaian',
        action: 'Loket tambahan pada jam sibuk',
        owner: 'Kepala UPT',
        dueOn: '2026-05-31',
        status: 'DONE',
        outcome: 'Antrean rata-rata turun dari 45 ke 20 menit',
        updatedAt: '2026-06-01T00:00:00Z',
      },
    ]),
    desks: [{ id: 'desk-3', number: 3, label: null, mall: { id: 'mall-1', name: 'MPP Kota Banjarmasin' } }],
  },
};

describe('public SKM results page', () => {
  it('shows a signed-out visitor the headline IKM, the trend with a table behind the chart, "you said, we did" and the desks it is surveyed at', async () => {
    const { calls } = renderSkm('/skm/units/unit-1/public', (operation) =>
      operation === 'SkmPublicResults' ? reply('SkmPublicResults', RESULTS) : { data: null, errors: [{ message: operation }] },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil SKM Samsat Kalimantan Selatan' })).toBeTruthy();
    expect(screen.getByTestId('public-ikm').textContent).toBe('80,50');
    expect(screen.getByText('Triwulan II 2026, dari 412 responden.')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'IKM per periode: Triwulan I 2026 74,25 (C), Triwulan II 2026 80,50 (B)' })).toBeTruthy();
    const trend = screen.getByRole('table', { name: 'IKM per periode, terlama dahulu' });
    expect(within(trend).getAllByRole('row')).toHaveLength(3);
    // Honest data (#11 §7): the official headline and points name their source; a demo point says it is demo.
    expect(screen.getByTestId('public-ikm').parentElement?.textContent).toContain('ResmiSumber: Laporan SKM Samsat Kalsel 2026');
    expect(within(trend).getAllByRole('row')[1].textContent).toMatch(/Contoh$/);
    expect(within(trend).getAllByRole('row')[2].textContent).toMatch(/ResmiSumber: Laporan SKM Samsat Kalsel 2026$/);
    const followUps = screen.getByRole('table', { name: 'Rencana tindak lanjut per unsur yang dinilai lemah' });
    expect(within(followUps).getByText('Waktu penyelesaian perlu diperbaiki')).toBeTruthy();
    expect(within(followUps).getByText('Antrean rata-rata turun dari 45 ke 20 menit')).toBeTruthy();
    expect(within(followUps).getByText('Selesai')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gerai 3 · MPP Kota Banjarmasin' }).getAttribute('href')).toBe('/skm/desks/desk-3/public');
    expect(calls.find((c) => c.operation === 'SkmPublicResults')?.variables).toEqual({ id: 'unit-1' });
  });

  it("rule: periods, element names and categories are rendered in English from structured data, not the server's Indonesian", async () => {
    renderSkm('/skm/units/unit-1/public', () => reply('SkmPublicResults', RESULTS), { language: 'en' });
    expect(await screen.findByText('Q2 2026, from 412 respondents.')).toBeTruthy();
    const trend = screen.getByRole('table', { name: 'IKM per period, oldest first' });
    expect(within(trend).getByText('Q1 2026')).toBeTruthy();
    expect(within(trend).getByText('C · Poor')).toBeTruthy();
    expect(screen.getByText('Completion time needs improving')).toBeTruthy();
    expect(screen.queryByText(/Triwulan/)).toBeNull();
    expect(within(trend).getAllByText('Official')).toHaveLength(1);
    expectNoInternalCodes();
  });

  it('rule: without a headline it says why, in words', async () => {
    renderSkm(
      '/skm/units/unit-2/public',
      () =>
        reply('SkmPublicResults', {
          serviceUnit: { id: 'unit-2', name: 'Dinas Sosial' },
          skmPublicResults: {
            serviceUnitId: 'unit-2',
            deskId: null,
            latest: null,
            latestGap: 'SAMPLE_TOO_SMALL',
            trendPeriodKind: null,
            trend: page([]),
            followUps: page([]),
            desks: [],
          },
        }),
      { language: 'en' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'SKM results of Dinas Sosial' })).toBeTruthy();
    expect(screen.getByText('No SKM results published yet.')).toBeTruthy();
    expect(screen.getByTestId('public-gap').textContent).toBe(
      'The latest period has fewer respondents than the minimum sample (Krejcie–Morgan).',
    );
    expect(screen.queryByText(/SAMPLE_TOO_SMALL/)).toBeNull();
    expect(screen.getByText('No follow-up plans yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it("a desk's public page asks for that desk's own figures", async () => {
    const { calls } = renderSkm('/skm/desks/desk-3/public', () =>
      reply('SkmPublicDeskResults', {
        skmPublicResults: {
          ...RESULTS.skmPublicResults,
          serviceUnitId: null,
          deskId: 'desk-3',
          desk: { id: 'desk-3', number: 3, label: null, mall: { id: 'mall-1', name: 'MPP Kota Banjarmasin' } },
        },
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil SKM Gerai 3 · MPP Kota Banjarmasin' })).toBeTruthy();
    expect(calls.find((c) => c.operation === 'SkmPublicDeskResults')?.variables).toEqual({ id: 'desk-3' });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, expectNoInternalCodes } from '@simpul/ui/testing';
import { ADMIN, renderSkm } from '../testing/render-skm';
import { reply } from '../testing/reply';
import type { SurveySummary } from './survey.operations';

const survey = (id: string, overrides: Partial<SurveySummary> = {}): SurveySummary => ({
  id,
  title: 'SKM Triwulan 4 2026',
  serviceUnitId: `unit-${id}`,
  mallId: null,
  deskId: null,
  periodKind: 'QUARTER',
  year: 2026,
  number: 4,
  periodLabel: 'Triwulan IV 2026',
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  serviceUnit: { id: `unit-${id}`, name: `SAMSAT ${id}` },
  desk: null,
  result: {
    ikm: null,
    sample: { expectedUsers: 1000, required: 278, respondents: 12, adequate: false, shortBy: 266, percent: 4 },
  },
  ...overrides,
});

const DESK_SURVEY = survey('d8', {
  title: 'SKM Gerai 8 MPP Kota Banjarmasin 2026',
  mallId: 'mall-1',
  deskId: 'desk-8',
  desk: { id: 'desk-8', number: 8, label: null, mall: { id: 'mall-1', name: 'MPP Kota Banjarmasin' } },
});

describe('the SKM survey list', () => {
  it('names each row’s unit or desk, though every title reads the same', async () => {
    renderSkm(
      '/skm',
      (operation) =>
        operation === 'SkmSurveys'
          ? reply('SkmSurveys', { skmSurveys: connection([survey('63'), survey('62'), DESK_SURVEY], true, 126) })
          : undefined,
      { user: ADMIN },
    );
    const table = await screen.findByRole('table', { name: '126 survei' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1].textContent).toContain('SAMSAT 63');
    expect(rows[2].textContent).toContain('SAMSAT 62');
    expect(rows[3].textContent).toContain('Gerai 8 · MPP Kota Banjarmasin');
    expectNoInternalCodes();
  });

  it('rule: search, filters and pages are asked of the server, not applied to a page already loaded', async () => {
    const { calls } = renderSkm(
      '/skm',
      (operation, variables) => {
        if (operation !== 'SkmSurveys') return undefined;
        const filter = variables['filter'] as Record<string, unknown>;
        if (filter['status'] === 'UPCOMING') return reply('SkmSurveys', { skmSurveys: connection([]) });
        if (filter['search'] === 'samsat 63') return reply('SkmSurveys', { skmSurveys: connection([survey('63')]) });
        return reply('SkmSurveys', { skmSurveys: connection([survey('63'), survey('62')], true, 126) });
      },
      { user: ADMIN },
    );
    await screen.findByRole('table', { name: '126 survei' });
    await userEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await waitFor(() =>
      expect(calls.filter((call) => call.operation === 'SkmSurveys').at(-1)?.variables).toMatchObject({ after: 'c2', first: 20 }),
    );

    await userEvent.type(screen.getByLabelText(/^Cari survei/), 'samsat 63');
    expect(await screen.findByRole('table', { name: '1 survei' })).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SkmSurveys').at(-1)?.variables).toMatchObject({
      after: null,
      filter: { search: 'samsat 63' },
    });

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'UPCOMING');
    expect(await screen.findByText('Tidak ada survei yang cocok dengan pencarian atau saringan ini.')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SkmSurveys').at(-1)?.variables).toMatchObject({
      filter: { search: 'samsat 63', status: 'UPCOMING' },
    });
    expectNoInternalCodes();
  });
});

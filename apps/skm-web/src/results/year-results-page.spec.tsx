import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, expectNoInternalCodes } from '@simpul/ui/testing';
import { ADMIN, gqlError, renderSkm, UNIT_DESK } from '../testing/render-skm';
import { reply } from '../testing/reply';
import type { YearResult } from './year-results.operations';

const result = (id: string, name: string, value: number | null): YearResult => ({
  surveyId: id,
  periodKind: 'QUARTER',
  year: 2026,
  number: 2,
  periodLabel: 'Triwulan II 2026',
  origin: 'DEMO',
  source: null,
  serviceUnit: { id: `u-${id}`, name },
  ikm: value === null ? null : { value, category: { code: 'B', label: 'Baik', labelEn: 'Good' } },
  sample: { expectedUsers: 1000, required: 278, respondents: 300, adequate: true, shortBy: 0, percent: 100 },
});

describe('IKM of every survey in a year (skmResults)', () => {
  it('lists each survey’s unit, IKM and origin for the year chosen, asked of the server', async () => {
    const { calls } = renderSkm(
      '/skm/ikm?tahun=2026',
      (operation, variables) =>
        operation === 'SkmYearResults'
          ? reply('SkmYearResults', {
              skmResults: connection(
                variables['periodKind'] === 'YEAR'
                  ? []
                  : [result('s1', 'SAMSAT Kalimantan Selatan', 81.5), result('s2', 'DPMPTSP Kalimantan Tengah', null)],
              ),
            })
          : undefined,
      { user: ADMIN },
    );
    const table = await screen.findByRole('table', { name: '2 hasil survei tahun 2026' });
    expect(within(table).getByRole('link', { name: 'SAMSAT Kalimantan Selatan' }).getAttribute('href')).toBe('/skm/surveys/s1');
    expect(within(table).getAllByRole('row')[1].textContent).toContain('81,50');
    await userEvent.selectOptions(screen.getByLabelText('Jenis periode'), 'YEAR');
    expect(await screen.findByText('Belum ada hasil survei untuk 2026.')).toBeTruthy();
    expect(calls.at(-1)?.variables).toMatchObject({ year: 2026, periodKind: 'YEAR', first: 25 });
    expectNoInternalCodes();
  });

  it('says the refusal when the service refuses', async () => {
    renderSkm(
      '/skm/ikm?tahun=2026',
      (operation) =>
        operation === 'SkmYearResults'
          ? gqlError('FORBIDDEN', null, 'Anda tidak berwenang melakukan tindakan ini.', 'You are not allowed to do this.')
          : undefined,
      { user: UNIT_DESK },
    );
    expect(await screen.findByText('Anda tidak berwenang melakukan tindakan ini.')).toBeTruthy();
  });

  it('asks a signed-out visitor to sign in, pointing to the published results', async () => {
    renderSkm('/skm/ikm', () => undefined, { user: null });
    expect(await screen.findByText('Masuk untuk melihat IKM survei unit atau MPP Anda.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lihat hasil SKM yang dipublikasikan' }).getAttribute('href')).toBe('/skm/hasil');
  });
});

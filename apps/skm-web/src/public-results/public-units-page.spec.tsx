import { expectMatchingCatalogues, expectNoInternalCodes } from '@simpul/ui/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import type { SkmPublicUnitsQuery } from '../__generated__/operations';
import { ADMIN, renderSkm } from '../testing/render-skm';
import { reply } from '../testing/reply';
import { PUBLIC_LIST_MESSAGES } from './public-units.messages';

type Node = SkmPublicUnitsQuery['skmPublicUnits']['edges'][number]['node'];

const unit = (id: string, name: string, value: number, code: string, origin: 'OFFICIAL' | 'DEMO'): Node => ({
  serviceUnitId: id,
  serviceUnit: {
    id,
    name,
    agency: { id: `a-${id}`, name: 'Pemerintah Provinsi Kalimantan Selatan' },
    region: { code: '63', name: 'Kalimantan Selatan' },
  },
  latest: {
    surveyId: `s-${id}`,
    value,
    periodKind: 'QUARTER',
    year: 2026,
    number: 1,
    respondents: 412,
    sampleAdequate: true,
    origin,
    source: origin === 'OFFICIAL' ? 'Laporan SKM 2026' : null,
    category: code === 'A' ? { code: 'A', label: 'Sangat Baik', labelEn: 'Very good' } : { code: 'B', label: 'Baik', labelEn: 'Good' },
  },
});

const list = (nodes: Node[], hasNextPage = false, totalCount = nodes.length): SkmPublicUnitsQuery => ({
  skmPublicUnits: {
    totalCount,
    pageInfo: { hasNextPage, endCursor: nodes.length ? `c-${nodes.at(-1)?.serviceUnitId}` : null },
    edges: nodes.map((node) => ({ cursor: `c-${node.serviceUnitId}`, node })),
  },
});

const PROVINCES = {
  provinces: [
    { code: '63', name: 'Kalimantan Selatan' },
    { code: '62', name: 'Kalimantan Tengah' },
  ],
};

describe('public SKM results list (signed out)', () => {
  it('is the SKM landing page signed out: units with a published IKM, each linking to its public result', async () => {
    const { calls } = renderSkm('/skm', (operation) =>
      operation === 'SkmProvinces'
        ? reply('SkmProvinces', PROVINCES)
        : reply(
            'SkmPublicUnits',
            list([
              unit('u1', 'UPPD Samsat Banjarmasin', 88.5, 'A', 'OFFICIAL'),
              unit('u2', 'DPMPTSP Kota Banjarmasin', 80.25, 'B', 'DEMO'),
            ]),
          ),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil SKM unit pelayanan' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Unit pelayanan dengan IKM yang diumumkan, IKM tertinggi dahulu' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'UPPD Samsat Banjarmasin' }).getAttribute('href')).toBe('/skm/units/u1/public');
    expect(rows[1].textContent).toContain('88,50');
    expect(rows[1].textContent).toContain('Triwulan I 2026');
    expect(rows[1].textContent).toContain('Kalimantan Selatan');
    expect(rows[2].textContent).toContain('Contoh');
    expect(screen.getByTestId('skm-public-count').textContent).toBe('2 unit dengan IKM yang diumumkan');
    expect(calls.find((call) => call.operation === 'SkmPublicUnits')?.variables).toEqual({
      search: null,
      regionCode: null,
      first: 20,
      after: null,
    });
  });

  it('searches by name and province when the form is sent, and says so when nothing matches', async () => {
    const { calls } = renderSkm('/skm/hasil', (operation, variables) =>
      operation === 'SkmProvinces'
        ? reply('SkmProvinces', PROVINCES)
        : reply('SkmPublicUnits', variables.search ? list([]) : list([unit('u1', 'UPPD Samsat Banjarmasin', 88.5, 'A', 'OFFICIAL')])),
    );
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText(/Cari nama unit/), { target: { value: ' pdam ' } });
    // The provinces come from the registry; choose one once they are there.
    await screen.findByRole('option', { name: 'Kalimantan Selatan' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Provinsi' }), { target: { value: '63' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    expect(await screen.findByText('Tidak ada unit dengan IKM yang diumumkan untuk pencarian ini.')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SkmPublicUnits').at(-1)?.variables).toEqual({
      search: 'pdam',
      regionCode: '63',
      first: 20,
      after: null,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Hapus pencarian' }));
    expect(await screen.findByRole('link', { name: 'UPPD Samsat Banjarmasin' })).toBeTruthy();
  });

  it('pages on the server with the cursor of the last row', async () => {
    const { calls } = renderSkm('/skm/hasil', (operation, variables) =>
      operation === 'SkmProvinces'
        ? reply('SkmProvinces', PROVINCES)
        : reply(
            'SkmPublicUnits',
            variables.after
              ? list(
                  [unit('u3', 'Disdukcapil Kota Banjarmasin', 79, 'B', 'DEMO'), { ...unit('u4', '', 78, 'B', 'DEMO'), serviceUnit: null }],
                  false,
                  22,
                )
              : list([unit('u1', 'UPPD Samsat Banjarmasin', 88.5, 'A', 'OFFICIAL')], true, 21),
          ),
    );
    await screen.findByRole('link', { name: 'UPPD Samsat Banjarmasin' });
    fireEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(await screen.findByRole('link', { name: 'Disdukcapil Kota Banjarmasin' })).toBeTruthy();
    // A unit the registry no longer knows keeps its row (and link) without blanking the list.
    expect(screen.getByRole('link', { name: 'Unit pelayanan (nama belum tersedia)' }).getAttribute('href')).toBe('/skm/units/u4/public');
    expect(calls.filter((call) => call.operation === 'SkmPublicUnits').at(-1)?.variables).toMatchObject({ after: 'c-u1' });
  });

  it('reads in English with grades and periods in words, and a signed-in person still reaches it at /skm/hasil', async () => {
    renderSkm(
      '/skm/hasil',
      (operation) =>
        operation === 'SkmProvinces'
          ? reply('SkmProvinces', PROVINCES)
          : reply('SkmPublicUnits', list([unit('u1', 'UPPD Samsat Banjarmasin', 88.5, 'A', 'OFFICIAL')])),
      { language: 'en', user: ADMIN },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'SKM results of service units' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Service units with a published IKM, highest first' });
    expect(table.textContent).toContain('Q1 2026');
    expect(screen.getByRole('link', { name: 'Surveys you manage' }).getAttribute('href')).toBe('/skm');
    expectNoInternalCodes();
  });

  it("a unit's public page leads back to the list", async () => {
    const empty = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    renderSkm('/skm/units/u1/public', () =>
      reply('SkmPublicResults', {
        serviceUnit: { id: 'u1', name: 'Dinas Sosial' },
        skmPublicResults: {
          serviceUnitId: 'u1',
          deskId: null,
          latest: null,
          latestGap: 'PERIOD_RUNNING',
          trendPeriodKind: null,
          trend: empty,
          followUps: empty,
          desks: [],
        },
      }),
    );
    expect((await screen.findByRole('link', { name: 'Hasil SKM unit pelayanan' })).getAttribute('href')).toBe('/skm/hasil');
  });

  it('has every text in both languages', () => {
    expectMatchingCatalogues(PUBLIC_LIST_MESSAGES);
  });
});

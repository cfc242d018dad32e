import { expectMatchingCatalogues, expectNoInternalCodes, renderRemote } from '@simpul/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { innovation } from '../testing/fixtures';
import { ADMIN, connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import { ProposalsDownload } from './downloads';
import { EXPORT_MESSAGES } from './export.messages';

const file = (fileName: string, rowCount: number, demoRowCount: number) => ({
  fileName,
  mimeType: 'text/csv; charset=utf-8',
  contentBase64: btoa('ID Inovasi\r\n'),
  rowCount,
  demoRowCount,
});

function catalogue(operation: string, variables: Record<string, unknown>) {
  if (operation === 'KippCatalogueFilters')
    return reply('KippCatalogueFilters', {
      competitions: connection([{ id: 'c-2023', year: 2023, categories: ['Kesehatan'] }]),
      provinces: [{ code: '63', name: 'Kalimantan Selatan' }],
    });
  if (operation === 'KippInnovations') return reply('KippInnovations', { innovations: connection([innovation()]) });
  if (operation === 'ExportInnovations') {
    if (variables['format'] === 'XLSX') return { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    return reply('ExportInnovations', { exportInnovations: file('katalog-inovasi-2023.csv', 12, 12) });
  }
  throw new Error(`unexpected ${operation}`);
}

describe('KIPP downloads', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
  });
  afterEach(() => jest.restoreAllMocks());

  it('the public catalogue downloads, signed out, exactly the filter on screen', async () => {
    // jsdom cannot follow the download link; the browser would save the file.
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderKipp('/kipp?year=2023&award=TOP45', catalogue, { user: null });
    const group = await screen.findByRole('group', { name: 'Unduh daftar inovasi ini' });
    await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    expect(
      await screen.findByText('katalog-inovasi-2023.csv diunduh: 12 baris. 12 baris berasal dari data contoh, bukan angka resmi.'),
    ).toBeTruthy();
    const listed = calls.filter((call) => call.operation === 'KippInnovations').at(-1)?.variables['filter'];
    const exported = calls.find((call) => call.operation === 'ExportInnovations')?.variables;
    expect(exported).toEqual({ filter: listed, format: 'CSV' });
    expect(exported?.['filter']).toMatchObject({ year: 2023, award: 'TOP45' });
    expect(group).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('says so in words when a file cannot be made, in English too', async () => {
    renderKipp('/kipp', catalogue, { user: null, language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Download Excel (XLSX)' }));
    expect(await screen.findByText('The file could not be made. Try again.')).toBeTruthy();
    expectNoInternalCodes();
  });

  it('a competition’s proposals and scores download for the national admin, naming the competition', async () => {
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderRemote({
      App: () => <ProposalsDownload competitionId="c-2023" />,
      basePath: '/kipp',
      path: '/kipp/kompetisi/c-2023',
      user: ADMIN,
      resolve: (operation) => {
        if (operation !== 'ExportProposals') throw new Error(operation);
        return reply('ExportProposals', { exportProposals: file('kipp-2023-proposal-dan-nilai.xlsx', 40, 0) });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh Excel (XLSX)' }));
    expect(await screen.findByText('kipp-2023-proposal-dan-nilai.xlsx diunduh: 40 baris.')).toBeTruthy();
    expect(calls.map((call) => call.variables)).toEqual([{ competitionId: 'c-2023', format: 'XLSX' }]);
  });

  it('has every text in both languages', () => {
    expectMatchingCatalogues(EXPORT_MESSAGES);
  });
});

import { connection } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderRegistry } from '../testing/render-registry';
import { reply } from '../testing/reply';

const file = (fileName: string, rowCount: number, demoRowCount: number) => ({
  fileName,
  mimeType: 'text/csv; charset=utf-8',
  contentBase64: btoa('ID,Nama unit\r\n'),
  rowCount,
  demoRowCount,
});

describe('list downloads', () => {
  let click: jest.SpyInstance;
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot follow the download link; the browser would save the file.
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => click.mockRestore());

  it('downloads signed out the units the search on screen finds, and says how many rows are demo data', async () => {
    const { calls } = renderRegistry(
      '/registry?q=samsat&kind=SAMSAT',
      (operation, variables) => {
        if (operation === 'ServiceUnits') return reply('ServiceUnits', { serviceUnits: connection([]) });
        if (operation === 'ExportServiceUnits')
          return reply('ExportServiceUnits', {
            exportServiceUnits: file(variables['format'] === 'XLSX' ? 'unit-pelayanan.xlsx' : 'unit-pelayanan.csv', 38, 38),
          });
        return { data: null, errors: [{ message: `unexpected ${operation}` }] };
      },
      { user: null },
    );
    const group = await screen.findByRole('group', { name: 'Unduh daftar unit pelayanan' });
    await waitFor(() => expect(calls.some((call) => call.operation === 'ServiceUnits')).toBe(true));
    fireEvent.click(within(group).getByRole('button', { name: 'Excel (XLSX)' }));
    expect(await screen.findByText('unit-pelayanan.xlsx diunduh: 38 baris. 38 baris berasal dari data contoh.')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'ExportServiceUnits').map((call) => call.variables)).toEqual([
      { filter: { search: 'samsat', kind: 'SAMSAT' }, format: 'XLSX' },
    ]);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('offers the Indonesian CSV, in English too, and says when a file cannot be made', async () => {
    const { calls } = renderRegistry(
      '/registry/admin/agencies',
      (operation) => {
        if (operation === 'AdminAgencies') return reply('AdminAgencies', { agencies: connection([]) });
        if (operation === 'ExportAgencies') return { data: null, errors: [{ message: 'too many rows' }] };
        return { data: null, errors: [{ message: `unexpected ${operation}` }] };
      },
      { language: 'en' },
    );
    const group = await screen.findByRole('group', { name: 'Download the list of agencies' });
    fireEvent.click(within(group).getByRole('button', { name: 'CSV (Indonesian format)' }));
    expect(await screen.findByText('The file could not be made. Narrow the filter or try again.')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'ExportAgencies')?.variables).toEqual({ filter: {}, format: 'CSV_INDONESIAN' });
    expect(click).not.toHaveBeenCalled();
  });
});

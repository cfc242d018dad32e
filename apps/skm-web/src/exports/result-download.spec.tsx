import { expectMatchingCatalogues, expectNoInternalCodes, renderRemote } from '@simpul/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN } from '../testing/render-skm';
import { reply } from '../testing/reply';
import { EXPORT_MESSAGES } from './export.messages';
import { ResultDownload } from './result-download';

const file = (fileName: string, rowCount: number, demoRowCount: number) => ({
  fileName,
  mimeType: 'text/csv; charset=utf-8',
  contentBase64: btoa('Kode Unsur\r\n'),
  rowCount,
  demoRowCount,
});

function render(language: 'id' | 'en' = 'id') {
  return renderRemote({
    App: () => <ResultDownload surveyId="s1" />,
    basePath: '/skm',
    path: '/skm/surveys/s1',
    user: ADMIN,
    language,
    resolve: (operation, variables) => {
      if (operation !== 'ExportSkmResult') throw new Error(operation);
      if (variables['format'] === 'XLSX')
        return { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
      return reply('ExportSkmResult', {
        exportSkmResult: file(`skm-${String(variables['view']).toLowerCase()}.csv`, variables['view'] === 'ELEMENTS' ? 9 : 14, 9),
      });
    },
  });
}

describe('SKM result download', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
  });

  it('downloads the chosen table in the chosen format and says what the file holds, demo rows included', async () => {
    // jsdom cannot follow the download link; the browser would save the file.
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = render();
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV' }));
    expect(await screen.findByText('skm-elements.csv diunduh: 9 baris. 9 baris berasal dari data contoh, bukan angka resmi.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Isi berkas'), 'IKM per profil responden');
    await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV (format Indonesia)' }));
    expect(await screen.findByText(/^skm-respondent_profile\.csv diunduh: 14 baris\./)).toBeTruthy();
    expect(calls.map((call) => [call.variables['view'], call.variables['format']])).toEqual([
      ['ELEMENTS', 'CSV'],
      ['RESPONDENT_PROFILE', 'CSV_INDONESIAN'],
    ]);
    expect(click).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('group', { name: 'Unduh hasil: IKM per profil responden' })).toBeTruthy();
    click.mockRestore();
  });

  it('says so in words when the file cannot be made, in English too', async () => {
    render('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Download Excel (XLSX)' }));
    expect(await screen.findByText('The file could not be made. Try again.')).toBeTruthy();
    expectNoInternalCodes();
  });

  it('has every text in both languages', () => {
    expectMatchingCatalogues(EXPORT_MESSAGES);
  });
});

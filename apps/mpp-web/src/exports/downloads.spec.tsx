import { expectMatchingCatalogues, expectNoInternalCodes, renderRemote } from '@simpul/ui/testing';
import type { SessionUser } from '@simpul/web-kit';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MALL_ID, OPERATOR } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import { DeskDownload, TenantDownloads, VisitorsDownload } from './downloads';
import { EXPORT_MESSAGES } from './export.messages';

const file = (fileName: string, rowCount: number, demoRowCount = 0) => ({
  fileName,
  mimeType: 'text/csv; charset=utf-8',
  contentBase64: btoa('Instansi\r\n'),
  rowCount,
  demoRowCount,
});

function render(element: ReactElement, user: SessionUser | null, language: 'id' | 'en' = 'id') {
  return renderRemote({
    App: () => element,
    basePath: '/mpp',
    path: `/mpp/malls/${MALL_ID}`,
    user,
    language,
    resolve: (operation, variables) => {
      if (variables['from'] === '2026-01-01') return { data: null, errors: [{ message: 'range', extensions: { code: 'BAD_USER_INPUT' } }] };
      if (operation === 'ExportMallTenancies') return reply('ExportMallTenancies', { exportMallTenancies: file('mpp-tenant.csv', 7, 7) });
      if (operation === 'ExportMallQuotas') return reply('ExportMallQuotas', { exportMallQuotas: file('mpp-kuota.xlsx', 12) });
      if (operation === 'ExportMallDesks') return reply('ExportMallDesks', { exportMallDesks: file('mpp-gerai.csv', 8) });
      if (operation === 'ExportMallVisitors')
        return reply('ExportMallVisitors', { exportMallVisitors: file('mpp-pengunjung.csv', 240, 240) });
      throw new Error(operation);
    },
  });
}

describe('MPP downloads', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot follow the download link; the browser would save the file.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('tenants: everyone downloads the tenant list; only the mall’s manager also gets the quotas', async () => {
    const { calls } = render(<TenantDownloads mallId={MALL_ID} manager />, OPERATOR);
    expect(await screen.findByRole('group', { name: 'Unduh daftar instansi tergabung' })).toBeTruthy();
    await userEvent.click(screen.getAllByRole('button', { name: 'Unduh Excel (XLSX)' })[1]);
    expect(await screen.findByText('mpp-kuota.xlsx diunduh: 12 baris.')).toBeTruthy();
    expect(calls.map((call) => [call.operation, call.variables])).toEqual([['ExportMallQuotas', { mallId: MALL_ID, format: 'XLSX' }]]);
  });

  it('tenants signed out: the list only, demo rows named as such', async () => {
    render(<TenantDownloads mallId={MALL_ID} manager={false} />, null);
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV' }));
    expect(await screen.findByText('mpp-tenant.csv diunduh: 7 baris. 7 baris berasal dari data contoh, bukan angka resmi.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Unduh kuota layanan' })).toBeNull();
  });

  it('desks: the schedule as a file', async () => {
    const { calls } = render(<DeskDownload mallId={MALL_ID} />, null);
    await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV (format Indonesia)' }));
    expect(await screen.findByText('mpp-gerai.csv diunduh: 8 baris.')).toBeTruthy();
    expect(calls[0].variables).toEqual({ mallId: MALL_ID, format: 'CSV_INDONESIAN' });
  });

  it('visitors: the chosen date range goes with the request; a refused range is said in words', async () => {
    const { calls } = render(<VisitorsDownload mallId={MALL_ID} />, OPERATOR, 'en');
    const from = await screen.findByLabelText('From');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-05-01');
    await userEvent.clear(screen.getByLabelText('To'));
    await userEvent.type(screen.getByLabelText('To'), '2026-05-31');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('mpp-pengunjung.csv downloaded: 240 rows. 240 rows are demo data, not official figures.')).toBeTruthy();
    expect(calls[0].variables).toEqual({ mallId: MALL_ID, from: '2026-05-01', to: '2026-05-31', format: 'CSV' });
    await userEvent.clear(from);
    await userEvent.type(from, '2026-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('The file could not be made. Check the date range and try again.')).toBeTruthy();
    expectNoInternalCodes();
  });

  it('has every text in both languages', () => {
    expectMatchingCatalogues(EXPORT_MESSAGES);
  });
});

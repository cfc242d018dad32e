import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoMissingTexts, findSummary, gqlError, MALL_ID, renderMpp, unexpected } from '../testing/render-mpp';
import { connection } from '../testing/fixtures';
import { reply } from '../testing/reply';

const PAGE = {
  mall: {
    id: MALL_ID,
    name: 'MPP Kota Banjarmasin',
    desks: [
      { id: 'desk-7', number: 7, label: null },
      { id: 'desk-8', number: 8, label: null },
    ],
  },
  deskDays: connection([]),
};

function serve(handlers: { record?: (v: Record<string, unknown>) => unknown; importCsv?: (v: Record<string, unknown>) => unknown }) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'VisitsPage') return reply('VisitsPage', PAGE);
    if (operation === 'RecordDeskDay' && handlers.record) return handlers.record(variables);
    if (operation === 'ImportDeskDays' && handlers.importCsv) return handlers.importCsv(variables);
    return unexpected(operation);
  };
}

describe('daily visitors', () => {
  it('rule (#11 §7): seeded visitor days say they are demo, entered ones that they are official', async () => {
    const day = (id: string, source: string, origin: 'DEMO' | 'OFFICIAL') => ({
      id,
      date: '2026-11-20',
      visitors: 42,
      complaints: 0,
      source,
      origin,
      desk: { id: 'desk-7', number: 7 },
      tenancy: { id: 'ten-1', agency: { id: 'ag-1', name: 'Kejaksaan Negeri Banjarmasin' } },
    });
    renderMpp(`/mpp/malls/${MALL_ID}/visitors`, (operation) =>
      operation === 'VisitsPage'
        ? reply('VisitsPage', { ...PAGE, deskDays: connection([day('d1', 'SEED', 'DEMO'), day('d2', 'ENTRY', 'OFFICIAL')]) })
        : unexpected(operation),
    );
    const rows = within(await screen.findByRole('table', { name: 'Pengunjung 14 hari terakhir' })).getAllByRole('row');
    expect(rows[1].textContent).toMatch(/Data awal.?Contoh$/);
    expect(rows[2].textContent).toMatch(/Diisi.?Resmi$/);
  });

  it('puts the service’s refusal of a day under an expired agreement on the date field', async () => {
    const record = jest.fn(() =>
      gqlError(
        'CONFLICT',
        'input.date',
        'PKS tenant gerai 7 sudah berakhir; hari layanan baru ditolak.',
        'The tenant’s agreement has expired.',
      ),
    );
    renderMpp(`/mpp/malls/${MALL_ID}/visitors`, serve({ record }));
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(await screen.findByLabelText('Gerai'), 'desk-7');
    const date = screen.getByLabelText('Tanggal');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.type(screen.getByLabelText('Pengunjung'), '42');
    await user.click(screen.getByRole('button', { name: 'Simpan pengunjung' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#visit-date');
    expect(record).toHaveBeenCalledWith({ input: { deskId: 'desk-7', date: '2026-11-20', visitors: 42, complaints: 0 } });
  });

  it('imports a CSV and shows what happened to each row', async () => {
    const importCsv = jest.fn(() =>
      reply('ImportDeskDays', {
        importDeskDays: {
          accepted: false,
          created: 0,
          updated: 0,
          unchanged: 0,
          rows: [
            { row: 2, deskNumber: 7, date: '2026-11-20', outcome: 'CREATED', problems: [] },
            {
              row: 3,
              deskNumber: 99,
              date: '2026-11-20',
              outcome: 'REJECTED',
              problems: [{ field: 'gerai', message: 'Gerai 99 tidak ada di MPP ini', messageEn: 'Desk 99 is not in this mall' }],
            },
          ],
        },
      }),
    );
    renderMpp(`/mpp/malls/${MALL_ID}/visitors`, serve({ importCsv }));
    const user = userEvent.setup({ delay: null });
    const csv = 'gerai,tanggal,pengunjung\n7,2026-11-20,42\n99,2026-11-20,3';
    await user.click(await screen.findByLabelText('Atau tempel isi CSV'));
    await user.paste(csv);
    await user.click(screen.getByRole('button', { name: 'Impor' }));
    expect(await screen.findByText('Impor ditolak: perbaiki baris yang salah lalu impor lagi')).toBeTruthy();
    const report = screen.getByRole('table', { name: 'Hasil per baris' });
    const rows = within(report).getAllByRole('row');
    expect(rows[2].textContent).toContain('Ditolak');
    expect(rows[2].textContent).toContain('gerai: Gerai 99 tidak ada di MPP ini');
    expect(importCsv).toHaveBeenCalledWith({ mallId: MALL_ID, csv });
    expectNoMissingTexts();
  });

  it('says so on the CSV field when the chosen file can no longer be read', async () => {
    const importCsv = jest.fn();
    renderMpp(`/mpp/malls/${MALL_ID}/visitors`, serve({ importCsv }));
    const user = userEvent.setup({ delay: null });
    await screen.findByLabelText('Atau tempel isi CSV');
    const file = new File(['gerai,tanggal,pengunjung'], 'kunjungan.csv', { type: 'text/csv' });
    // As the browser answers for a file moved or deleted after it was chosen.
    Object.defineProperty(file, 'text', {
      value: () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')),
    });
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    expect(await screen.findAllByText('kunjungan.csv tidak dapat dibaca; pilih berkasnya lagi')).not.toHaveLength(0);
    expect(importCsv).not.toHaveBeenCalled();
  });
});

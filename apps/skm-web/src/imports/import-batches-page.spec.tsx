import { screen, within } from '@testing-library/react';
import { connection, expectNoInternalCodes } from '@simpul/ui/testing';
import { ADMIN, renderSkm, UNIT_DESK } from '../testing/render-skm';
import { reply } from '../testing/reply';

const SURVEY = { id: 's1', title: 'SKM Triwulan 2 2026', serviceUnitId: 'u1', mallId: null };

describe('a survey’s paper-form import batches (skmImportBatches)', () => {
  it('lists every batch with its review decision, for the national admin', async () => {
    renderSkm(
      '/skm/surveys/s1/impor',
      (operation) =>
        operation === 'SkmImportBatchPage'
          ? reply('SkmImportBatchPage', {
              skmSurvey: SURVEY,
              skmImportBatches: connection([
                { id: 'b1', fileName: 'kertas-april.csv', rowCount: 120, review: 'PENDING', importedAt: '2026-05-02T03:00:00Z' },
                { id: 'b2', fileName: 'kertas-mei.xlsx', rowCount: 80, review: 'KEPT', importedAt: '2026-05-20T03:00:00Z' },
              ]),
            })
          : undefined,
      { user: ADMIN },
    );
    const table = await screen.findByRole('table', { name: '2 batch impor' });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('Menunggu tinjauan');
    expect(within(table).getAllByRole('row')[2].textContent).toContain('Tetap dihitung');
    expect(screen.getByRole('link', { name: 'Kembali ke SKM Triwulan 2 2026' }).getAttribute('href')).toBe('/skm/surveys/s1');
    expectNoInternalCodes();
  });

  it('says when nothing was imported yet', async () => {
    renderSkm(
      '/skm/surveys/s1/impor',
      (operation) =>
        operation === 'SkmImportBatchPage'
          ? reply('SkmImportBatchPage', { skmSurvey: SURVEY, skmImportBatches: connection([]) })
          : undefined,
      { user: ADMIN },
    );
    expect(await screen.findByText('Belum ada batch impor.')).toBeTruthy();
  });

  it('is refused, without asking, to a unit desk (answers are reviewed by admins and the mall’s operator)', async () => {
    const { calls } = renderSkm('/skm/surveys/s1/impor', () => undefined, { user: UNIT_DESK });
    expect(await screen.findByText('Halaman ini untuk admin nasional dan operator MPP')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'SkmImportBatchPage')).toEqual([]);
  });
});

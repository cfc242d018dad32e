import { connection, expectMatchingCatalogues, renderRemote } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { NodeOf } from '@simpul/web-kit';
import { OPERATOR } from '../testing/render-mpp';
// The history's texts register with its page's chunk; here they are imported as app.tsx would.
import '../page-messages';
import { DeskHistory, MPP_HISTORY_MESSAGES } from './desk-history';
import { reply } from '../testing/reply';
import type { DeskChangesQuery } from '../__generated__/operations';

type DeskChange = NodeOf<NonNullable<DeskChangesQuery['mall']>['desks'][number]['changes']>;

const ASSIGNED: DeskChange = {
  id: 'a1',
  at: '2026-12-06T03:15:00Z',
  actorName: 'Operator Banjarmasin',
  action: 'UPDATE',
  changes: [
    { field: 'assignment.weekday', before: '1', after: '1' },
    { field: 'assignment.tenancyId', before: 'ten-kejari', after: 'ten-kejari' },
    { field: 'assignment.staffCount', before: '2', after: '3' },
  ],
};
const RENAMED: DeskChange = {
  id: 'a2',
  at: '2026-12-05T03:15:00Z',
  actorName: 'Admin Nasional',
  action: 'UPDATE',
  changes: [{ field: 'label', before: null, after: 'Gerai bersama' }],
};

describe('desk change history', () => {
  it("shows the chosen desk's changes: the day and tenant in words, staff before and after", async () => {
    renderRemote({
      App: () => (
        <DeskHistory
          mallId="mall-bjm"
          desks={[
            { id: 'desk-8', number: 8, label: null },
            { id: 'desk-7', number: 7, label: 'Gerai bersama' },
          ]}
          tenants={{ 'ten-kejari': 'Kejaksaan Negeri Banjarmasin' }}
        />
      ),
      basePath: '/mpp',
      path: '/mpp',
      user: OPERATOR,
      resolve: (operation) =>
        operation === 'DeskChanges'
          ? reply('DeskChanges', {
              mall: {
                id: 'mall-bjm',
                desks: [
                  { id: 'desk-7', changes: connection([ASSIGNED]) },
                  { id: 'desk-8', changes: connection([RENAMED]) },
                ],
              },
            })
          : { data: null, errors: [{ message: operation }] },
    });
    const history = await screen.findByRole('region', { name: 'Riwayat perubahan gerai' });
    expect(screen.getByRole('heading', { level: 3, name: 'Gerai 7 · Gerai bersama' })).toBeTruthy();
    // Desks are offered by number: desk 7 first.
    await waitFor(() => expect(history.textContent).toContain('Operator Banjarmasin'));
    expect(history.textContent).toContain('Hari: Senin');
    expect(history.textContent).toContain('Instansi tergabung: Kejaksaan Negeri Banjarmasin');
    expect(history.textContent).toContain('Jumlah petugas: 2 → menjadi 3');
    fireEvent.change(screen.getByLabelText('Riwayat gerai'), { target: { value: 'desk-8' } });
    await waitFor(() => expect(history.textContent).toContain('Nama gerai: (kosong) → menjadi Gerai bersama'));
    expect(history.textContent).not.toContain('Operator Banjarmasin');
  });

  it('has its texts in both languages', () => {
    expectMatchingCatalogues(MPP_HISTORY_MESSAGES);
  });
});

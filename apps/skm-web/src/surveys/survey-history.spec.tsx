import { connection, expectMatchingCatalogues, renderRemote } from '@simpul/ui/testing';
import type { NodeOf } from '@simpul/web-kit';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { SkmSurveyChangesQuery } from '../__generated__/operations';
import { ADMIN } from '../testing/render-skm';
import { reply } from '../testing/reply';
import { SKM_HISTORY_MESSAGES, SurveyHistory } from './survey-history';

const CHANGE: NodeOf<SkmSurveyChangesQuery['skmSurvey']['changes']> = {
  id: 'a1',
  at: '2026-12-06T03:15:00Z',
  actorName: 'Petugas Samsat',
  action: 'UPDATE',
  changes: [
    { field: 'expectedUsers', before: '1000', after: '1200' },
    { field: 'periodKind', before: 'QUARTER', after: 'HALF_YEAR' },
    { field: 'elements.2.name', before: 'Waktu', after: 'Waktu pelayanan' },
    { field: 'origin', before: 'OFFICIAL', after: 'DEMO' },
  ],
};

describe('survey settings history', () => {
  it('says who changed which setting, before and after, in words, and loads more on request', async () => {
    const { calls } = renderRemote({
      App: () => <SurveyHistory surveyId="s1" />,
      basePath: '/skm',
      path: '/skm',
      user: ADMIN,
      resolve: (operation, variables) =>
        operation === 'SkmSurveyChanges'
          ? reply('SkmSurveyChanges', {
              skmSurvey: {
                id: 's1',
                changes: variables['after']
                  ? connection([{ ...CHANGE, id: 'a0', actorName: 'Admin Nasional' }])
                  : { ...connection([CHANGE], true, 2), pageInfo: { hasNextPage: true, endCursor: 'c1' } },
              },
            })
          : { data: null, errors: [{ message: operation }] },
    });
    const history = await screen.findByRole('region', { name: 'Riwayat perubahan' });
    await waitFor(() => expect(history.textContent).toContain('Petugas Samsat'));
    expect(history.textContent).toContain('Perkiraan jumlah pengguna layanan: 1000 → menjadi 1200');
    expect(history.textContent).toContain('Jenis periode: Triwulan → menjadi Semester');
    expect(history.textContent).toContain('Unsur 3: nama: Waktu → menjadi Waktu pelayanan');
    expect(history.textContent).toContain('Asal data: Resmi → menjadi Contoh');
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(history.textContent).toContain('Admin Nasional'));
    expect(history.textContent).toContain('Petugas Samsat');
    expect(calls.filter((c) => c.operation === 'SkmSurveyChanges').map((c) => c.variables['after'])).toEqual([null, 'c1']);
  });

  it('has its texts in both languages', () => {
    expectMatchingCatalogues(SKM_HISTORY_MESSAGES);
  });
});

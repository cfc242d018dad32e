import { screen, within } from '@testing-library/react';
import { DESK, expectNoMissingTexts, renderMpp, unexpected } from '../testing/render-mpp';
import type { TenancyRow } from './tenancy.operations';
import { connection } from '../testing/fixtures';
import { pageOf } from '../testing/page-of';
import { reply } from '../testing/reply';

const ROW: TenancyRow = {
  id: 'ten-samsat',
  step: 'LIVE',
  invitedAt: '2025-01-02T03:00:00Z',
  liveSince: '2025-02-01T03:00:00Z',
  canManage: false,
  agency: { id: 'agency-kalsel', name: 'Pemerintah Provinsi Kalimantan Selatan' },
  mall: { id: 'mall-bjm', name: 'Mal Pelayanan Publik Kota Banjarmasin' },
  currentAgreement: { id: 'pks', number: '120/PKS', expiresOn: '2026-12-29', status: 'EXPIRING', daysToExpiry: 35 },
  deskAssignments: [
    { id: 'a2', weekday: 'TUESDAY', desk: { id: 'd3', number: 3 } },
    { id: 'a1', weekday: 'MONDAY', desk: { id: 'd4', number: 4 } },
    { id: 'a0', weekday: 'MONDAY', desk: { id: 'd3', number: 3 } },
  ],
  services: pageOf([]),
};

describe('a desk’s own tenancies', () => {
  it('asks the registry for the desk’s agency and lists only that agency’s tenancies, read only', async () => {
    const { calls } = renderMpp(
      '/mpp',
      (operation, variables) => {
        if (operation === 'UnitAgency')
          return reply('UnitAgency', {
            serviceUnit: { id: String(variables['id']), agency: { id: 'agency-kalsel', name: 'Pemerintah Provinsi Kalimantan Selatan' } },
          });
        if (operation === 'Tenancies') return reply('Tenancies', { tenancies: connection([ROW]) });
        return unexpected(operation);
      },
      { user: DESK },
    );
    const table = await screen.findByRole('table', { name: 'Keikutsertaan instansi saya di MPP' });
    expect(calls.find((c) => c.operation === 'UnitAgency')?.variables).toEqual({ id: 'unit-samsat' });
    expect(calls.find((c) => c.operation === 'Tenancies')?.variables).toEqual({
      filter: { agencyId: 'agency-kalsel' },
      first: 25,
      after: null,
    });
    const row = within(table).getAllByRole('row')[1];
    expect(row.textContent).toContain('Berakhir dalam 35 hari');
    expect(row.textContent).toContain('Sen G3, Sen G4, Sel G3');
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual([]); // read only, and one page: no actions, no paging
    expectNoMissingTexts();
  });
});

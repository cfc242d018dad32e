import { gqlError } from '@simpul/ui/testing';
import { screen } from '@testing-library/react';
import type { AgencyQuery } from '../__generated__/operations';
import { renderRegistry } from '../testing/render-registry';
import { reply } from '../testing/reply';
import type { UnitDetail } from './unit.operations';

// The agency and unit pages point to the instansi's Ombudsman compliance page in the evaluation module.
// Only the page's own query is answered; the other sections' requests fail, which they show on their own.

const unavailable = () => gqlError('INTERNAL_SERVER_ERROR', null, 'Tidak tersedia dalam uji ini.', 'Not available in this test.');

const UNIT: UnitDetail = {
  id: 'unit-1',
  name: 'Disdukcapil Kota Banjarmasin',
  kind: 'DISDUKCAPIL',
  serviceGroup: 'ADMINISTRASI',
  address: null,
  phone: null,
  email: null,
  website: null,
  archivedAt: null,
  canEdit: false,
  agency: { id: 'agency-bjm', name: 'Pemerintah Kota Banjarmasin', type: 'KOTA' },
  region: {
    code: '63.71',
    name: 'Kota Banjarmasin',
    level: 'REGENCY',
    regencyKind: 'KOTA',
    parent: { code: '63', name: 'Kalimantan Selatan' },
  },
  externalIds: { sippn: null, pekppp: null, sp4nLapor: null, sinovik: null },
  services: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
};

const AGENCY: NonNullable<AgencyQuery['agency']> = {
  id: 'agency-bjm',
  name: 'Pemerintah Kota Banjarmasin',
  type: 'KOTA',
  serviceUnitCount: 6,
  archivedAt: null,
  region: {
    code: '63.71',
    name: 'Kota Banjarmasin',
    level: 'REGENCY',
    regencyKind: 'KOTA',
    parent: { code: '63', name: 'Kalimantan Selatan' },
  },
  parent: null,
};

describe('links to the Ombudsman compliance pages', () => {
  it("a unit page links to its instansi's compliance page, signed out", async () => {
    renderRegistry(
      '/registry/units/unit-1',
      (operation) => (operation === 'ServiceUnit' ? reply('ServiceUnit', { serviceUnit: UNIT }) : unavailable()),
      {
        user: null,
      },
    );
    const link = await screen.findByRole('link', { name: 'Zona dan riwayat Pemerintah Kota Banjarmasin' });
    expect(link.getAttribute('href')).toBe('/evaluasi/ombudsman/instansi/agency-bjm');
  });

  it("an agency page links to the instansi's compliance page, in English too", async () => {
    renderRegistry(
      '/registry/agencies/agency-bjm',
      (operation) => (operation === 'Agency' ? reply('Agency', { agency: AGENCY }) : unavailable()),
      {
        user: null,
        language: 'en',
      },
    );
    const link = await screen.findByRole('link', { name: "This agency's Ombudsman compliance" });
    expect(link.getAttribute('href')).toBe('/evaluasi/ombudsman/instansi/agency-bjm');
  });
});

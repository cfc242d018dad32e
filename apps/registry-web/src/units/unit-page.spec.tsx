import { screen, within } from '@testing-library/react';
import { renderRegistry } from '../testing/render-registry';

const unit = (canEdit: boolean) => ({
  id: 'unit-1', name: 'Samsat Kalimantan Selatan', kind: 'SAMSAT', serviceGroup: 'ADMINISTRASI', address: 'Jl. A. Yani Km 6', phone: null, email: null, website: null,
  archivedAt: null, canEdit,
  agency: { id: 'agency-1', name: 'Pemerintah Provinsi Kalimantan Selatan', type: 'PROVINSI' },
  region: { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE', regencyKind: null, parent: null },
  externalIds: { sippn: 'SIPPN-63-001', pekppp: null, sp4nLapor: null, sinovik: null },
  services: {
    totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null },
    edges: [{ cursor: 's', node: { id: 'svc-1', name: 'Perpanjangan STNK', completeness: { complete: false, deliveryReady: true, filled: 12, total: 14, missing: ['STAFF_COUNT', 'STAFF_EVALUATION'], unpublished: [] } } }],
  },
});

describe('unit page', () => {
  it('shows details, external ids and services with their completeness', async () => {
    renderRegistry('/registry/units/unit-1', () => ({ data: { serviceUnit: unit(true) } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Samsat Kalimantan Selatan' })).toBeTruthy();
    expect(screen.getByText('SIPPN-63-001')).toBeTruthy();
    const row = screen.getByRole('link', { name: 'Perpanjangan STNK' }).closest('tr') as HTMLElement;
    expect(row.getAttribute('href') ?? within(row).getByRole('link').getAttribute('href')).toBe('/registry/services/svc-1');
    expect(within(row).getByText(/Belum lengkap · 12 dari 14 komponen terisi/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ubah unit' }).getAttribute('href')).toBe('/registry/units/unit-1/edit');
  });

  it('hides the edit and add buttons when canEdit is false', async () => {
    renderRegistry('/registry/units/unit-1', () => ({ data: { serviceUnit: unit(false) } }), { user: null });
    await screen.findByRole('heading', { level: 1, name: 'Samsat Kalimantan Selatan' });
    expect(screen.queryByRole('link', { name: 'Ubah unit' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Tambah layanan' })).toBeNull();
  });
});

import { connection, expectNoInternalCodes } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UnitDetail } from '../units/unit.operations';
import { renderRegistry } from '../testing/render-registry';
import { reply } from '../testing/reply';
import type { AgencyReadiness, UnitReadiness } from './readiness.operations';

const UNIT: UnitDetail = {
  id: 'unit-1',
  name: 'DPMPTSP Kota Banjarmasin',
  kind: 'DPMPTSP',
  serviceGroup: 'ADMINISTRASI',
  address: null,
  phone: null,
  email: null,
  website: null,
  archivedAt: null,
  canEdit: false,
  agency: { id: 'agency-1', name: 'Pemerintah Kota Banjarmasin', type: 'KOTA' },
  region: { code: '63.71', name: 'Kota Banjarmasin', level: 'REGENCY', regencyKind: 'KOTA', parent: null },
  externalIds: { sippn: null, pekppp: null, sp4nLapor: null, sinovik: null },
  services: connection([]),
};

const item = (component: string, id: string, en: string, state: 'PRESENT' | 'MISSING' | 'UNPUBLISHED') => ({
  component: component as UnitReadiness['items'][number]['component'],
  label: { id, en },
  requirement: component === 'FACILITIES' ? ('FILLED' as const) : ('PUBLISHED' as const),
  state,
  serviceId: 'svc-1',
  serviceName: 'Izin Usaha',
});

const READINESS: UnitReadiness = {
  serviceCount: 1,
  checkedComponents: 3,
  missingCount: 1,
  unpublishedCount: 1,
  ready: false,
  items: [
    item('REQUIREMENTS', 'Persyaratan', 'Requirements', 'PRESENT'),
    item('FEE', 'Biaya/tarif', 'Fee', 'UNPUBLISHED'),
    item('FACILITIES', 'Sarana, prasarana dan/atau fasilitas', 'Facilities', 'MISSING'),
  ],
};

const CHECKS = {
  checks: [
    {
      component: 'FEE' as const,
      requirement: 'PUBLISHED' as const,
      label: { id: 'Biaya/tarif', en: 'Fee' },
      reason: { id: 'Pungutan liar adalah temuan yang paling sering.', en: 'Illegal charges are the most frequent finding.' },
    },
  ],
  notKnown: [
    {
      code: 'COMPLAINT_DESK',
      label: { id: 'Meja pengaduan', en: 'Complaint desk' },
      reason: { id: 'Hanya terlihat saat kunjungan.', en: 'Only seen on a visit.' },
    },
  ],
};

function unitPage(readiness: UnitReadiness | 'down' = READINESS) {
  return (operation: string) => {
    if (operation === 'OmbudsmanReadiness') {
      return readiness === 'down'
        ? { data: null, errors: [{ message: 'The registry service is unavailable.' }] }
        : reply('OmbudsmanReadiness', { ombudsmanReadiness: readiness, ombudsmanReadinessChecks: CHECKS });
    }
    if (operation === 'ServiceUnit') return reply('ServiceUnit', { serviceUnit: UNIT });
    return { data: null, errors: [{ message: 'not part of this test' }] };
  };
}

describe('Ombudsman readiness on the unit page', () => {
  it('shows anyone what is missing and unpublished, per service, with why it is checked', async () => {
    renderRegistry('/registry/units/unit-1', unitPage(), { user: null });
    const section = await screen.findByRole('region', { name: 'Kesiapan penilaian Ombudsman' });
    expect(
      await within(section).findByText('1 belum diisi dan 1 belum dipublikasikan, dari 3 komponen yang diperiksa pada 1 layanan.'),
    ).toBeTruthy();
    const table = within(section).getByRole('table', { name: 'Komponen yang perlu dilengkapi sebelum kunjungan Ombudsman' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Only the gaps are listed; what is in place is not.
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Biaya/tarif')).toBeTruthy();
    expect(within(rows[0]).getByText('Belum dipublikasikan')).toBeTruthy();
    expect(within(rows[1]).getByText('Belum diisi')).toBeTruthy();
    expect(within(rows[0]).getByRole('link', { name: 'Izin Usaha' }).getAttribute('href')).toBe('/registry/services/svc-1');
    fireEvent.click(within(section).getByText('Apa yang diperiksa, dan mengapa'));
    expect(within(section).getByText(/Pungutan liar adalah temuan yang paling sering/)).toBeTruthy();
    expect(within(section).getByText('Meja pengaduan')).toBeTruthy();
    expectNoInternalCodes(section);
  });

  it('says so in English, and when the unit is ready', async () => {
    renderRegistry('/registry/units/unit-1', unitPage({ ...READINESS, missingCount: 0, unpublishedCount: 0, ready: true, items: [] }), {
      user: null,
      language: 'en',
    });
    const section = await screen.findByRole('region', { name: 'Ombudsman assessment readiness' });
    expect(await within(section).findByText('Ready: every checked component is filled in and published.')).toBeTruthy();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('keeps the unit page when readiness cannot be loaded', async () => {
    renderRegistry('/registry/units/unit-1', unitPage('down'), { user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'DPMPTSP Kota Banjarmasin' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Kesiapan penilaian Ombudsman' });
    expect(await within(section).findByText('Kesiapan penilaian Ombudsman sedang tidak dapat dimuat.')).toBeTruthy();
  });
});

const AGENCY_READINESS: AgencyReadiness = {
  unitCount: 2,
  readyUnitCount: 1,
  serviceCount: 3,
  checkedComponents: 27,
  missingCount: 4,
  unpublishedCount: 2,
  units: connection([
    {
      serviceUnit: { id: 'unit-1', name: 'DPMPTSP Kota Banjarmasin' },
      serviceCount: 2,
      missingCount: 4,
      unpublishedCount: 2,
      ready: false,
    },
    {
      serviceUnit: { id: 'unit-2', name: 'Disdukcapil Kota Banjarmasin' },
      serviceCount: 1,
      missingCount: 0,
      unpublishedCount: 0,
      ready: true,
    },
  ]),
};

describe('Ombudsman readiness on the agency page', () => {
  it('counts ready units and gaps for the agency, with each unit beside its counts', async () => {
    const asked: Record<string, unknown>[] = [];
    renderRegistry(
      '/registry/agencies/agency-1',
      (operation, variables) => {
        if (operation === 'AgencyOmbudsmanReadiness') {
          asked.push(variables);
          return reply('AgencyOmbudsmanReadiness', { agencyOmbudsmanReadiness: AGENCY_READINESS });
        }
        if (operation === 'Agency')
          return reply('Agency', {
            agency: {
              id: 'agency-1',
              name: 'Pemerintah Kota Banjarmasin',
              type: 'KOTA',
              serviceUnitCount: 2,
              archivedAt: null,
              region: { code: '63.71', name: 'Kota Banjarmasin', level: 'REGENCY', regencyKind: 'KOTA', parent: null },
              parent: null,
            },
          });
        if (operation === 'ServiceUnits') return reply('ServiceUnits', { serviceUnits: connection([]) });
        return { data: null, errors: [{ message: 'not part of this test' }] };
      },
      { user: null },
    );
    const section = await screen.findByRole('region', { name: 'Kesiapan penilaian Ombudsman per unit' });
    expect(await within(section).findByText('1 dari 2 unit siap; 4 komponen belum diisi dan 2 belum dipublikasikan.')).toBeTruthy();
    const row = within(section).getByRole('link', { name: 'DPMPTSP Kota Banjarmasin' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Belum siap')).toBeTruthy();
    expect(within(row).getByText('4')).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/registry/units/unit-1');
    await waitFor(() => expect(asked[0]).toMatchObject({ id: 'agency-1', first: 20 }));
    expectNoInternalCodes(section);
  });
});

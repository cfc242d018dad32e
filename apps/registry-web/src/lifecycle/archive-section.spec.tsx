import { STANDARD_COMPONENT_CODES } from '@simpul/contracts';
import { gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ServiceDetail } from '../services/service.operations';
import { DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';
import type { UnitDetail } from '../units/unit.operations';

const REGION = { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE' as const, regencyKind: null, parent: null };

const service = (archivedAt: string | null, canEdit = true): ServiceDetail => ({
  id: 'svc-1',
  name: 'Perpanjangan STNK',
  description: null,
  archivedAt,
  canEdit,
  serviceUnit: { id: 'unit-1', name: 'Samsat Kalimantan Selatan', canEdit, region: REGION },
  standard: STANDARD_COMPONENT_CODES.map((component, index) => ({ component, delivery: index < 6, content: null, published: false })),
  completeness: { complete: false, missing: [], unpublished: [], deliveryReady: false, filled: 0, total: 14 },
});

const unit = (archivedAt: string | null): UnitDetail => ({
  id: 'unit-1',
  name: 'Samsat Kalimantan Selatan',
  kind: 'SAMSAT',
  serviceGroup: 'ADMINISTRASI',
  address: null,
  phone: null,
  email: null,
  website: null,
  archivedAt,
  canEdit: true,
  agency: { id: 'agency-1', name: 'Pemerintah Provinsi Kalimantan Selatan', type: 'PROVINSI' },
  region: REGION,
  externalIds: { sippn: null, pekppp: null, sp4nLapor: null, sinovik: null },
  services: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
});

/** The page's own query answers from `current()`, so a refetch after archiving reads the archived state. */
function servicePage(current: () => ServiceDetail, archive: Resolver): Resolver {
  return (operation, variables) => (operation === 'Service' ? reply('Service', { service: current() }) : archive(operation, variables));
}

describe('archiving a service', () => {
  it('explains what archiving means, asks once more, then shows the archived state where focus now is', async () => {
    let archived: string | null = null;
    const archive = jest.fn((operation: string) => {
      if (operation !== 'ArchiveService') return { data: null, errors: [{ message: operation }] };
      archived = '2026-12-07T08:00:00Z';
      return reply('ArchiveService', { archiveService: { id: 'svc-1', archivedAt: archived } });
    });
    renderRegistry(
      '/registry/services/svc-1',
      servicePage(() => service(archived), archive),
      { user: DESK },
    );
    const section = await screen.findByRole('region', { name: 'Arsipkan layanan' });
    expect(section.textContent).toContain('tidak lagi tampil bagi publik');
    expect(section.textContent).toContain('tidak dapat dibatalkan lewat portal');
    fireEvent.click(within(section).getByRole('button', { name: 'Arsipkan layanan' }));
    const question = within(section).getByRole('group', { name: 'Arsipkan layanan' });
    expect(question.textContent).toContain('Arsipkan Perpanjangan STNK?');
    fireEvent.click(within(question).getByRole('button', { name: 'Batal' }));
    expect(archive).not.toHaveBeenCalledWith('ArchiveService', expect.anything());

    fireEvent.click(within(section).getByRole('button', { name: 'Arsipkan layanan' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Ya, arsipkan' }));
    const done = await screen.findByText('Perpanjangan STNK sudah diarsipkan.');
    expect(archive).toHaveBeenCalledWith('ArchiveService', { id: 'svc-1' });
    expect(screen.getByText('Layanan ini diarsipkan pada 7 Desember 2026 dan tidak tampil bagi publik.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.contains(done)).toBe(true));
    expect(screen.queryByRole('region', { name: 'Arsipkan layanan' })).toBeNull();
  });

  it('shows the registry’s refusal in its words and keeps the service as it was', async () => {
    renderRegistry(
      '/registry/services/svc-1',
      servicePage(
        () => service(null),
        () => gqlError('FORBIDDEN', null, 'Anda tidak berwenang mengubah unit ini.', 'You may not change this unit.'),
      ),
      { user: DESK },
    );
    const section = await screen.findByRole('region', { name: 'Arsipkan layanan' });
    fireEvent.click(within(section).getByRole('button', { name: 'Arsipkan layanan' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Ya, arsipkan' }));
    expect(await within(section).findByText('Anda tidak berwenang mengubah unit ini.')).toBeTruthy();
    expect(screen.queryByText(/diarsipkan pada/)).toBeNull();
  });

  it('offers nothing to someone who may not change the service, and shows an archived one as archived', async () => {
    renderRegistry(
      '/registry/services/svc-1',
      servicePage(() => service('2026-11-02T08:00:00Z', false), jest.fn()),
      { user: null },
    );
    expect(await screen.findByText('Layanan ini diarsipkan pada 2 November 2026 dan tidak tampil bagi publik.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Arsipkan layanan' })).toBeNull();
  });
});

describe('archiving a unit', () => {
  const answer =
    (current: () => UnitDetail, archive: Resolver): Resolver =>
    (operation, variables) =>
      operation === 'ServiceUnit' ? reply('ServiceUnit', { serviceUnit: current() }) : archive(operation, variables);

  it('is the national admin’s: it archives the unit with its services after asking', async () => {
    let archived: string | null = null;
    const archive = jest.fn((operation: string) => {
      if (operation !== 'ArchiveServiceUnit') return { data: null, errors: [{ message: operation }] };
      archived = '2026-12-07T08:00:00Z';
      return reply('ArchiveServiceUnit', { archiveServiceUnit: { id: 'unit-1', archivedAt: archived } });
    });
    renderRegistry(
      '/registry/units/unit-1',
      answer(() => unit(archived), archive),
    );
    const section = await screen.findByRole('region', { name: 'Arsipkan unit' });
    expect(section.textContent).toContain('beserta semua layanannya');
    fireEvent.click(within(section).getByRole('button', { name: 'Arsipkan unit' }));
    expect(within(section).getByRole('group', { name: 'Arsipkan unit' }).textContent).toContain(
      'Arsipkan Samsat Kalimantan Selatan beserta semua layanannya?',
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Ya, arsipkan' }));
    expect(await screen.findByText('Samsat Kalimantan Selatan sudah diarsipkan.')).toBeTruthy();
    expect(screen.getByText('Unit ini diarsipkan pada 7 Desember 2026; unit dan layanannya tidak tampil bagi publik.')).toBeTruthy();
    expect(archive).toHaveBeenCalledWith('ArchiveServiceUnit', { id: 'unit-1' });
  });

  it('is not offered to the unit’s own desk, who may still edit the unit and import its services', async () => {
    renderRegistry(
      '/registry/units/unit-1',
      answer(() => unit(null), jest.fn()),
      { user: DESK },
    );
    await screen.findByRole('heading', { level: 1, name: 'Samsat Kalimantan Selatan' });
    expect(screen.queryByRole('region', { name: 'Arsipkan unit' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Impor layanan dari berkas' }).getAttribute('href')).toBe(
      '/registry/units/unit-1/services/import',
    );
  });
});

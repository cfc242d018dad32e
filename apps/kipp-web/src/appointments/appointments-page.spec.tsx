import type { NodeOf } from '@simpul/web-kit';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, DESK, errorOf, renderKipp, type Resolver } from '../testing/render-kipp';
import type { KippAppointmentEventsQuery, KippLocalAdminsQuery, KippPanelMembersQuery } from '../__generated__/operations';
import { reply } from '../testing/reply';

/** What the fake service holds: its appointments and their history. */
interface Appointments {
  localAdmins: NodeOf<KippLocalAdminsQuery['kippLocalAdmins']>[];
  members: NodeOf<KippPanelMembersQuery['kippPanelMembers']>[];
  events: NodeOf<KippAppointmentEventsQuery['kippAppointmentEvents']>[];
}

const COMPETITION = { id: 'c-2026', year: 2026, title: 'KIPP 2026' };
const people = [{ id: 'u-te', displayName: 'Penilai Baru', email: 'penilai.baru@simpul.test' }];
const agencies = [{ id: 'pemprov-62', name: 'Pemerintah Provinsi Kalimantan Tengah' }];

function network(state: Appointments): Resolver {
  return (operation) => {
    switch (operation) {
      case 'KippLocalAdmins':
        return reply('KippLocalAdmins', { kippLocalAdmins: connection(state.localAdmins) });
      case 'KippAppointmentCompetitions':
        return reply('KippAppointmentCompetitions', { competitions: connection([COMPETITION]) });
      case 'KippPanelMembers':
        return reply('KippPanelMembers', { kippPanelMembers: connection(state.members) });
      case 'KippAppointmentEvents':
        return reply('KippAppointmentEvents', { kippAppointmentEvents: connection(state.events) });
      case 'KippPeople':
        return reply('KippPeople', { users: connection(people) });
      case 'KippAgencyOptions':
        return reply('KippAgencyOptions', { agencies: connection(agencies) });
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('the appointments page (/kipp/penugasan)', () => {
  it('appoints a local admin picked by search, then lists the appointment and its history', async () => {
    const state: Appointments = {
      localAdmins: [],
      members: [
        {
          userId: 'u-1',
          displayName: 'Anggota Tim Evaluasi 2',
          panel: 'TE',
          assignments: 4,
          agency: null,
          appointedAt: '2026-01-05T03:00:00Z',
        },
      ],
      events: [],
    };
    const base = network(state);
    const { calls } = renderKipp('/kipp/penugasan', (operation, variables) => {
      if (operation === 'KippAppointLocalAdmin') {
        state.localAdmins = [{ userId: 'u-te', displayName: 'Penilai Baru', agency: agencies[0], appointedAt: '2026-06-15T03:00:00Z' }];
        state.events = [
          {
            id: 'e-1',
            role: 'LOCAL_ADMIN',
            action: 'APPOINTED',
            displayName: 'Penilai Baru',
            agency: agencies[0],
            actorName: 'Admin Nasional',
            at: '2026-06-15T03:00:00Z',
          },
        ];
        return reply('KippAppointLocalAdmin', { appointKippLocalAdmin: { userId: 'u-te', displayName: 'Penilai Baru' } });
      }
      return base(operation, variables);
    });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('heading', { level: 1, name: 'Penugasan KIPP' });
    const local = screen.getByRole('region', { name: 'Admin lokal instansi' });
    await within(local).findByText('Belum ada admin lokal');
    await user.click(within(local).getByRole('button', { name: 'Tunjuk' }));
    expect((await within(local).findAllByText('Pilih pengguna')).length).toBeGreaterThan(0);
    await user.type(within(local).getAllByLabelText('Cari pengguna')[0], 'penilai');
    await waitFor(() =>
      expect(calls.some((call) => call.operation === 'KippPeople' && JSON.stringify(call.variables).includes('penilai'))).toBe(true),
    );
    await user.selectOptions(within(local).getByLabelText(/^Pengguna/), 'u-te');
    await user.selectOptions(within(local).getByLabelText(/^Instansi/), 'pemprov-62');
    await user.click(within(local).getByRole('button', { name: 'Tunjuk' }));
    await within(local).findByText(/Penilai Baru ditunjuk\./);
    expect(calls.find((call) => call.operation === 'KippAppointLocalAdmin')?.variables).toEqual({
      input: { userId: 'u-te', agencyId: 'pemprov-62' },
    });
    await within(local).findByRole('button', { name: 'Cabut penunjukan Penilai Baru' });
    const history = screen.getByRole('region', { name: 'Riwayat penunjukan' });
    await within(history).findByText('Admin Nasional');
    expect(within(history).getByText('Admin lokal')).toBeTruthy();
    const teams = screen.getByRole('region', { name: 'Tim Evaluasi dan TPI per kompetisi' });
    expect(await within(teams).findByText('Anggota Tim Evaluasi 2')).toBeTruthy();
  });

  it('asks the registry only for evaluators when appointing to a team, and shows a refusal on the person', async () => {
    const base = network({ localAdmins: [], members: [], events: [] });
    const { calls } = renderKipp('/kipp/penugasan', (operation, variables) => {
      if (operation === 'KippAppointPanelMember')
        return errorOf(
          'CONFLICT',
          'panel',
          'Orang ini sudah menjadi anggota TPI kompetisi ini; cabut dahulu penunjukan itu.',
          'Already on the TPI.',
        );
      return base(operation, variables);
    });
    const user = userEvent.setup({ delay: null });
    const teams = await screen.findByRole('region', { name: 'Tim Evaluasi dan TPI per kompetisi' });
    await within(teams).findByText('Belum ada anggota tim');
    await waitFor(() =>
      expect(calls.some((call) => call.operation === 'KippPeople' && JSON.stringify(call.variables).includes('EVALUATOR'))).toBe(true),
    );
    await user.selectOptions(within(teams).getByLabelText(/^Penilai/), 'u-te');
    await user.click(within(teams).getByRole('button', { name: 'Tunjuk' }));
    expect(
      (await within(teams).findAllByText('Orang ini sudah menjadi anggota TPI kompetisi ini; cabut dahulu penunjukan itu.')).length,
    ).toBeGreaterThan(0);
    expect(calls.find((call) => call.operation === 'KippAppointPanelMember')?.variables).toEqual({
      input: { competitionId: 'c-2026', userId: 'u-te', panel: 'TE', agencyId: null },
    });
  });

  it('speaks English in the English UI, with no codes on screen', async () => {
    renderKipp(
      '/kipp/penugasan',
      network({
        localAdmins: [],
        members: [
          { userId: 'u-1', displayName: 'Ketua TPI', panel: 'TPI', assignments: 0, agency: null, appointedAt: '2026-01-05T03:00:00Z' },
        ],
        events: [
          {
            id: 'e-1',
            role: 'TE',
            action: 'REVOKED',
            displayName: 'Penilai Baru',
            agency: null,
            actorName: 'Admin Nasional',
            at: '2026-06-15T03:00:00Z',
          },
        ],
      }),
      { language: 'en' },
    );
    await screen.findByRole('heading', { level: 1, name: 'KIPP appointments' });
    await screen.findByText('Ketua TPI');
    await screen.findByText('Revoked');
    expect(screen.getAllByText('Evaluation Team').length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/\b(LOCAL_ADMIN|REVOKED|APPOINTED)\b|\{[a-z]+\}|kipp\.[a-z]/);
  });

  it('is for the national admin only', async () => {
    renderKipp(
      '/kipp/penugasan',
      () => {
        throw new Error('no request expected');
      },
      { user: DESK },
    );
    await screen.findByText('Halaman ini untuk admin nasional');
  });
});

import type { NodeOf } from '@simpul/web-kit';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KippReviewQueueQuery } from '../__generated__/operations';
import { sections, stages } from '../testing/fixtures';
import { DESK, LOCAL_ADMIN, connection, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import type { ReviewProposal } from './local-admin.operations';

const COMPETITIONS = reply('KippLocalAdminCompetitions', {
  competitions: connection([{ id: 'comp-2026', year: 2026, title: 'KIPP 2026', stages: stages(0) }]),
});
const row: NodeOf<KippReviewQueueQuery['proposals']> = {
  id: 'p-1',
  title: 'SAMSAT Jemput Bola',
  group: 'UMUM',
  category: 'Kesehatan',
  updatedAt: '2026-11-20T03:00:00Z',
  serviceUnit: { id: 'u-1', name: 'SAMSAT Kalimantan Selatan' },
};
const STUCK = reply('KippStuckDrafts', {
  stuckDrafts: {
    deadline: '2026-12-01',
    daysLeft: 5,
    drafts: connection([
      {
        id: 'p-2',
        title: 'E-SAMSAT Banua',
        group: 'UMUM',
        category: 'Kesehatan',
        status: 'DRAFT',
        agencyType: 'PROVINSI',
        updatedAt: '2026-10-01T00:00:00Z',
        agency: { id: 'a', name: 'Pemprov Kalsel' },
        sharedWithAdmin: true,
      },
    ]),
  },
});

function localAdmin(extra: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  return (operation: string, variables: Record<string, unknown>) => {
    const more = extra(operation, variables);
    if (more !== undefined) return more;
    switch (operation) {
      case 'KippLocalAdminCompetitions':
        return COMPETITIONS;
      case 'KippReviewQueue':
        return reply('KippReviewQueue', { proposals: connection([row]) });
      case 'KippStuckDrafts':
        return STUCK;
      case 'KippMyStatusChecks':
        return reply('KippMyStatusChecks', { myStatusChecks: connection([]) });
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

const reviewProposal = (overrides: Partial<ReviewProposal> = {}) =>
  reply('KippReviewProposal', {
    proposal: {
      id: 'p-1',
      title: 'SAMSAT Jemput Bola',
      group: 'UMUM',
      category: 'Kesehatan',
      status: 'DRAFT',
      sharedWithAdmin: true,
      returnNote: null,
      innovationStartedOn: '2021-01-01',
      videoUrl: null,
      sections: sections({ summary: 'Ringkasan' }),
      serviceUnit: { id: 'u-1', name: 'SAMSAT Kalimantan Selatan' },
      agency: { id: 'a', name: 'Pemprov Kalsel' },
      attachments: [],
      competition: { id: 'comp-2026', year: 2026, stages: stages(0) },
      ...overrides,
    },
  });

describe('local admin review queue', () => {
  it('lists the shared drafts to review and the stuck drafts with the deadline', async () => {
    const { calls } = renderKipp('/kipp/admin-lokal', localAdmin(), { user: LOCAL_ADMIN });
    const queue = await screen.findByRole('table', { name: /1 draf dibagikan untuk ditinjau/ });
    expect(within(queue).getByRole('link', { name: 'SAMSAT Jemput Bola' }).getAttribute('href')).toBe('/kipp/admin-lokal/usulan/p-1');
    expect(await screen.findByText(/E-SAMSAT Banua/)).toBeTruthy();
    // The service lists only shared drafts to a local admin; the page says so.
    expect(screen.getByText(/Hanya draf yang sudah dibagikan petugas unit yang tampil di sini/)).toBeTruthy();
    expect(calls.find((c) => c.operation === 'KippReviewQueue')?.variables).toEqual({ competitionId: 'comp-2026', after: null });
    expect(screen.getByRole('heading', { level: 2, name: 'Pemeriksaan status tahunan' })).toBeTruthy();
  });

  it('tells a desk without the appointment that the page is for local admins', async () => {
    renderKipp('/kipp/admin-lokal', localAdmin(), { user: DESK });
    expect(await screen.findByText('Hanya untuk admin lokal KIPP')).toBeTruthy();
  });
});

describe('local admin review of one draft', () => {
  it('shows every eligibility reason when the submission is refused', async () => {
    const refusal = errorOf(
      'BAD_USER_INPUT',
      'id',
      'Proposal tidak dapat dikirim: Kuota instansi untuk kelompok UMUM sudah penuh (10).',
      'The proposal cannot be submitted: the quota is full.',
    );
    renderKipp(
      '/kipp/admin-lokal/usulan/p-1',
      (operation) => (operation === 'KippReviewProposal' ? reviewProposal() : operation === 'KippSubmitProposal' ? refusal : undefined),
      { user: LOCAL_ADMIN },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Kirim proposal' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Kuota instansi untuk kelompok UMUM sudah penuh');
  });

  it('says a draft not shared with the local admin (null from the service) is not found or not shared yet', async () => {
    renderKipp(
      '/kipp/admin-lokal/usulan/p-9',
      (operation) => (operation === 'KippReviewProposal' ? reply('KippReviewProposal', { proposal: null }) : undefined),
      {
        user: LOCAL_ADMIN,
      },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Draf tidak ditemukan atau belum dibagikan kepada Anda' })).toBeTruthy();
    expect(screen.getByText('Petugas unit perlu membagikannya terlebih dahulu.')).toBeTruthy();
  });

  it('returns the draft with a note, and needs the note', async () => {
    let returned = false;
    const { calls } = renderKipp(
      '/kipp/admin-lokal/usulan/p-1',
      (operation) => {
        // Once returned the draft is unshared, and the service no longer shows it to the local admin.
        if (operation === 'KippReviewProposal') return returned ? reply('KippReviewProposal', { proposal: null }) : reviewProposal();
        if (operation === 'KippReturnProposal') {
          returned = true;
          return reply('KippReturnProposal', { returnProposal: { id: 'p-1', sharedWithAdmin: false, returnNote: 'Lengkapi kebaruan.' } });
        }
        return undefined;
      },
      { user: LOCAL_ADMIN },
    );
    const button = await screen.findByRole('button', { name: 'Kembalikan dengan catatan' });
    await userEvent.click(button);
    expect(await screen.findByRole('link', { name: 'Tuliskan alasannya' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Catatan untuk petugas unit'), 'Lengkapi kebaruan.', { delay: null });
    await userEvent.click(button);
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippReturnProposal')?.variables).toEqual({ id: 'p-1', note: 'Lengkapi kebaruan.' }),
    );
    expect(await screen.findByText('Dikembalikan ke petugas unit dengan catatan: Lengkapi kebaruan.')).toBeTruthy();
  });
});

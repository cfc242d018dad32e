import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { innovationDetail } from '../testing/fixtures';
import { errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import { openObjectionWindow } from './objection-form';

const today = new Date().toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function competition(opensOn: string, closesOn: string, decidedAt: string | null = null) {
  return {
    id: 'comp-2026',
    year: 2026,
    rules: { objectionsPerHour: 3 },
    stages: [{ stage: 'OBJECTION_WINDOW' as const, opensOn, closesOn, decidedAt }],
  };
}

const shortlisted = innovationDetail({
  award: 'TOP99',
  history: [{ year: 2026, group: 'UMUM', award: 'TOP99', awardName: 'Top 99', proposalId: 'p-7' }],
});

describe('the objection window', () => {
  it('is open only between its dates and until it is decided', () => {
    expect(openObjectionWindow(competition('2026-06-16', '2026-06-22'), '2026-06-16')).toEqual({ closesOn: '2026-06-22' });
    expect(openObjectionWindow(competition('2026-06-16', '2026-06-22'), '2026-06-23')).toBeNull();
    expect(openObjectionWindow(competition('2026-06-16', '2026-06-22', '2026-06-20T00:00:00Z'), '2026-06-18')).toBeNull();
  });
});

describe('public objection on a shortlisted innovation’s page', () => {
  function page(fileResult: () => unknown) {
    return (operation: string) => {
      if (operation === 'KippInnovation') return reply('KippInnovation', { innovation: shortlisted });
      if (operation === 'KippObjectionWindow') return reply('KippObjectionWindow', { competition: competition(shift(-1), shift(5)) });
      if (operation === 'KippFileObjection') return fileResult();
      return undefined;
    };
  }

  it('lets anyone object anonymously while the window is open, and says the hourly limit up front', async () => {
    const { calls } = renderKipp(
      '/kipp/inovasi/inv-1',
      page(() => reply('KippFileObjection', { fileObjection: { id: 'o-1', filedAt: `${today}T01:00:00Z` } })),
      { user: null },
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Ajukan sanggahan' })).toBeTruthy();
    expect(screen.getByText(/paling banyak 3 sanggahan per jam/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Isi sanggahan/), 'Inovasi ini belum berjalan dua tahun.', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Kirim sanggahan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippFileObjection')?.variables).toEqual({
        proposalId: 'p-7',
        body: 'Inovasi ini belum berjalan dua tahun.',
        contact: null,
      }),
    );
    expect(await screen.findByText(/Sanggahan terkirim/)).toBeTruthy();
  });

  it('explains the rate limit when the service refuses one more', async () => {
    renderKipp(
      '/kipp/inovasi/inv-1',
      page(() =>
        errorOf(
          'CONFLICT',
          'proposalId',
          'Paling banyak 3 sanggahan per jam dari satu koneksi; coba lagi nanti.',
          'At most 3 objections an hour.',
        ),
      ),
      { user: null },
    );
    await userEvent.type(await screen.findByLabelText(/Isi sanggahan/), 'Inovasi ini belum berjalan dua tahun.', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Kirim sanggahan' }));
    expect(await screen.findByText('Paling banyak 3 sanggahan per jam dari satu koneksi; coba lagi nanti.')).toBeTruthy();
    expect(screen.getByText(/Batasnya 3 sanggahan per jam per koneksi/)).toBeTruthy();
  });

  it('shows no form outside the window', async () => {
    renderKipp(
      '/kipp/inovasi/inv-1',
      (operation) => {
        if (operation === 'KippInnovation') return reply('KippInnovation', { innovation: shortlisted });
        if (operation === 'KippObjectionWindow') return reply('KippObjectionWindow', { competition: competition(shift(-10), shift(-3)) });
        return undefined;
      },
      { user: null },
    );
    await screen.findByRole('heading', { level: 1, name: shortlisted.title });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Ajukan sanggahan' })).toBeNull());
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stages } from '../testing/fixtures';
import { DESK, EVALUATOR, connection, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import type { OpenCompetition, ProposalSummary } from './desk.operations';
import { openRegistration } from './my-proposals-page';

const today = new Date().toISOString().slice(0, 10);
const competition: OpenCompetition = {
  id: 'comp-2026',
  year: 2026,
  title: 'KIPP 2026',
  groups: ['UMUM', 'REPLIKASI', 'KHUSUS'],
  categories: ['Kesehatan', 'Pelayanan Publik Digital'],
  // Registration opened a week ago and closes in three weeks.
  stages: stages(0, new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10)),
};

function desk(extra: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  return (operation: string, variables: Record<string, unknown>) => {
    const more = extra(operation, variables);
    if (more !== undefined) return more;
    if (operation === 'KippMyProposals') {
      return reply('KippMyProposals', {
        proposals: connection<ProposalSummary>([
          {
            id: 'p-1',
            title: 'Samsat Keliling Desa',
            group: 'UMUM',
            category: 'Pelayanan Publik',
            status: 'DRAFT',
            sharedWithAdmin: false,
            returnNote: 'Lengkapi data',
            version: 3,
            updatedAt: '2026-11-20T03:00:00Z',
            competition: { id: 'comp-2026', year: 2026 },
          },
        ]),
        myKippNotifications: connection([
          {
            id: 'n-1',
            proposalId: 'p-1',
            proposalTitle: 'Samsat Keliling Desa',
            kind: 'RETURNED',
            message: 'Draf "Samsat Keliling Desa" dikembalikan oleh admin lokal: Lengkapi data',
            createdAt: '2026-11-21T03:00:00Z',
          },
        ]),
        competitions: connection([competition]),
      });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('my proposals (unit desk)', () => {
  it('rule: the English UI names notification kinds and KIPP categories in English, marks the Indonesian detail lang="id", and shows no codes', async () => {
    renderKipp(
      '/kipp/usulan',
      desk((operation) => {
        if (operation !== 'KippMyProposals') return undefined;
        return reply('KippMyProposals', {
          proposals: connection([]),
          myKippNotifications: connection([
            {
              id: 'n-2',
              proposalId: 'p-1',
              proposalTitle: 'Samsat Keliling Desa',
              kind: 'TOP99',
              message: '"Samsat Keliling Desa" masuk Top 99 KIPP 2026.',
              createdAt: '2026-11-21T03:00:00Z',
            },
            {
              id: 'n-3',
              proposalId: 'p-1',
              proposalTitle: 'Samsat Keliling Desa',
              kind: 'OBJECTION_FILED',
              message: 'Ada sanggahan publik.',
              createdAt: '2026-11-22T03:00:00Z',
            },
          ]),
          competitions: connection([competition]),
        });
      }),
      { user: DESK, language: 'en' },
    );
    expect(await screen.findByText('In the Top 99:')).toBeTruthy();
    expect(screen.getByText('Objection filed:')).toBeTruthy();
    expect(screen.getByText(/masuk Top 99 KIPP 2026/).getAttribute('lang')).toBe('id');
    const category = screen.getByLabelText<HTMLSelectElement>(/Category/);
    expect([...category.options].map((option) => option.text)).toEqual(expect.arrayContaining(['Health', 'Digital public services']));
    expect(document.body.textContent).not.toMatch(/\b(TOP99|OBJECTION_FILED|UMUM|PROVINSI)\b|\{[a-z]+\}/);
  });

  it('finds the competition whose registration is open today', () => {
    expect(openRegistration([{ ...competition, groups: [...competition.groups] }], today)?.competition.id).toBe('comp-2026');
    expect(openRegistration([{ ...competition, groups: [...competition.groups], stages: stages(1) }], today)).toBeNull();
  });

  it('lists notifications and proposals, and tells other roles the page is for desks', async () => {
    renderKipp('/kipp/usulan', desk(), { user: DESK });
    expect(await screen.findByText(/dikembalikan oleh admin lokal: Lengkapi data/)).toBeTruthy();
    expect(screen.getByText('Dikembalikan:')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Samsat Keliling Desa' }).getAttribute('href')).toBe('/kipp/usulan/p-1');
    expect(screen.getByRole('heading', { name: 'Mulai proposal baru untuk KIPP 2026' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/kipp\.[a-z]/);
  });

  it('asks an evaluator to sign in as a desk instead of querying', async () => {
    const { calls } = renderKipp('/kipp/usulan', desk(), { user: EVALUATOR });
    expect(await screen.findByText('Halaman ini untuk petugas unit pelayanan')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'KippMyProposals')).toBe(false);
  });

  it('checks the new draft form locally, then puts the server field error on its field', async () => {
    const { calls } = renderKipp(
      '/kipp/usulan',
      desk((operation) =>
        operation === 'KippCreateProposal'
          ? errorOf(
              'BAD_USER_INPUT',
              'input.innovationStartedOn',
              'Isi tanggal mulai dengan format YYYY-MM-DD.',
              'Give the start date as YYYY-MM-DD.',
            )
          : undefined,
      ),
      { user: DESK },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Buat draf' }));
    expect(await screen.findByRole('link', { name: 'Beri judul inovasi' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pilih kategori' }).getAttribute('href')).toBe('#new-category');
    expect(calls.some((c) => c.operation === 'KippCreateProposal')).toBe(false);
    await userEvent.type(screen.getByLabelText(/Judul inovasi/), 'Posyandu Digital', { delay: null });
    await userEvent.selectOptions(screen.getByLabelText(/Kategori/), 'Kesehatan');
    await userEvent.type(screen.getByLabelText(/Inovasi mulai berjalan/), '2022-02-01', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Buat draf' }));
    const link = await screen.findByRole('link', { name: 'Isi tanggal mulai dengan format YYYY-MM-DD.' });
    expect(link.getAttribute('href')).toBe('#new-innovationStartedOn');
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippCreateProposal')?.variables).toEqual({
        input: {
          competitionId: 'comp-2026',
          group: 'UMUM',
          category: 'Kesehatan',
          title: 'Posyandu Digital',
          innovationStartedOn: '2022-02-01',
        },
      }),
    );
  });
});

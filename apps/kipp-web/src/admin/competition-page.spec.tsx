import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stages } from '../testing/fixtures';
import { DESK, connection, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import type { BalanceDimension, Competition, ShortlistEntry } from './admin.operations';
import { representationGap } from './balance-chart';
import { stageState } from './stage-state';

const competition = (decided: number): Competition => ({
  id: 'comp-2026',
  year: 2026,
  title: 'Kompetisi Inovasi Pelayanan Publik 2026',
  groups: ['UMUM', 'REPLIKASI', 'KHUSUS'],
  categories: ['Kesehatan'],
  rules: { top99Size: 99, top45Size: 45, evaluatorsPerProposal: 3, outlierPoints: 15 },
  stages: stages(decided, '2020-01-01'),
});

const entry = (id: string, rank: number, extra: Partial<ShortlistEntry> = {}): ShortlistEntry => ({
  proposalId: id,
  tier: 'TOP99',
  rank,
  score: 90 - rank,
  title: `Inovasi ${rank}`,
  category: 'Kesehatan',
  group: 'UMUM',
  agencyType: 'KOTA',
  agency: { id: 'a', name: 'Pemkot Banjarmasin' },
  region: { code: '63.71', name: 'Kota Banjarmasin' },
  in3tRegion: false,
  innovationId: null,
  reason: 'Peringkat Tim Evaluasi',
  origin: 'DEMO',
  ...extra,
});

const BALANCE: BalanceDimension[] = [
  {
    dimension: 'REGION_3T',
    buckets: [
      { value: '3T', shortlisted: 1, shortlistShare: 50, pool: 2, poolShare: 20 },
      { value: 'NON_3T', shortlisted: 1, shortlistShare: 50, pool: 8, poolShare: 80 },
    ],
  },
  { dimension: 'PROVINCE', buckets: [{ value: '63', shortlisted: 2, shortlistShare: 100, pool: 10, poolShare: 100 }] },
];

function admin(decided: number, extra: (operation: string, variables: Record<string, unknown>) => unknown = () => undefined) {
  return (operation: string, variables: Record<string, unknown>) => {
    const more = extra(operation, variables);
    if (more !== undefined) return more;
    switch (operation) {
      case 'KippCompetition':
        return reply('KippCompetition', { competition: competition(decided) });
      case 'KippShortlist':
        return reply('KippShortlist', {
          shortlist: connection([
            entry('p-1', 1, { in3tRegion: true, region: { code: '53.01', name: 'Kab. Sumba Barat' } }),
            entry('p-2', 2),
          ]),
          shortlistBalance: BALANCE,
        });
      case 'KippProvinceNames':
        return reply('KippProvinceNames', { provinces: [{ code: '63', name: 'Kalimantan Selatan' }] });
      case 'KippRanking':
        return reply('KippRanking', {
          ranking: connection([
            {
              rank: 1,
              of: 2,
              tied: false,
              value: 88.5,
              proposalId: 'p-1',
              title: 'Inovasi 1',
              group: 'UMUM',
              category: 'Kesehatan',
              evaluators: 3,
              spread: 21,
            },
            {
              rank: 2,
              of: 2,
              tied: false,
              value: 80,
              proposalId: 'p-2',
              title: 'Inovasi 2',
              group: 'UMUM',
              category: 'Kesehatan',
              evaluators: 2,
              spread: 4,
            },
          ]),
        });
      default:
        throw new Error(`unexpected ${operation}`);
    }
  };
}

describe('stage state', () => {
  it('is decided, open, upcoming or overdue by the dates', () => {
    const window = { opensOn: '2026-03-01', closesOn: '2026-03-31', decidedAt: null };
    expect(stageState(window, '2026-02-28')).toBe('upcoming');
    expect(stageState(window, '2026-03-31')).toBe('open');
    expect(stageState(window, '2026-04-01')).toBe('overdue');
    expect(stageState({ ...window, decidedAt: '2026-03-31T09:00:00Z' }, '2026-03-15')).toBe('decided');
  });
});

describe('competition page (national admin)', () => {
  it('shows the stage calendar, and needs a reason to close a stage', async () => {
    const { calls } = renderKipp(
      '/kipp/kompetisi/comp-2026',
      admin(2, (operation) =>
        operation === 'KippDecideStage' ? reply('KippDecideStage', { decideStage: { ...competition(3).stages[2] } }) : undefined,
      ),
    );
    await screen.findByRole('heading', { level: 1, name: 'Kompetisi Inovasi Pelayanan Publik 2026' });
    expect(screen.getByText('Tahap sekarang: Penilaian Tim Evaluasi.')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: /Kalender tahap KIPP 2026/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(8);
    expect(rows[0].textContent).toContain('Sudah diputuskan');
    expect(rows[2].textContent).toContain('Lewat jadwal, belum diputuskan');
    await userEvent.click(screen.getByRole('button', { name: 'Tutup tahap' }));
    expect(await screen.findByRole('link', { name: 'Tuliskan alasannya' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'KippDecideStage')).toBe(false);
    await userEvent.type(screen.getByLabelText(/Alasan menutup tahap/), 'Semua nilai masuk', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Tutup tahap' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippDecideStage')?.variables).toEqual({
        competitionId: 'comp-2026',
        stage: 'DESK_ASSESSMENT',
        reason: 'Semua nilai masuk',
      }),
    );
    expect(document.body.textContent).not.toMatch(/kipp\.[a-z]/);
  });

  it('after closing a stage, the next close acts on the stage the select shows, and says each was closed', async () => {
    let decided = 2;
    const { calls } = renderKipp(
      '/kipp/kompetisi/comp-2026',
      admin(2, (operation) => {
        if (operation === 'KippDecideStage') {
          decided += 1;
          return reply('KippDecideStage', { decideStage: { ...competition(decided).stages[decided - 1] } });
        }
        if (operation === 'KippCompetition') return reply('KippCompetition', { competition: competition(decided) });
        return undefined;
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Kompetisi Inovasi Pelayanan Publik 2026' });
    await userEvent.type(screen.getByLabelText(/Alasan menutup tahap/), 'Semua nilai masuk', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Tutup tahap' }));
    expect(await screen.findByText('✓ Tahap sudah ditutup.')).toBeTruthy();
    // The list now starts at the window after the Top 99 (closed elsewhere): what is shown is what closes.
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Tahap').value).toBe('OBJECTION_WINDOW'));
    await userEvent.type(screen.getByLabelText(/Alasan menutup tahap/), 'Masa sanggah selesai', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Tutup tahap' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'KippDecideStage').map((c) => c.variables.stage)).toEqual([
        'DESK_ASSESSMENT',
        'OBJECTION_WINDOW',
      ]),
    );
  });

  it('marks a wide spread in the ranking in words, not only colour', async () => {
    renderKipp('/kipp/kompetisi/comp-2026?tab=assessment', admin(2));
    const wide = await screen.findByText(/21,00 · lebar/);
    expect(wide.textContent).toContain('⚠');
    expect(screen.getByText('3 · terpangkas')).toBeTruthy();
    expect(screen.queryByText(/4,00 · lebar/)).toBeNull();
  });

  it('shows the Top 99 with its 3T marker and balance tables beside the bars', async () => {
    renderKipp('/kipp/kompetisi/comp-2026?tab=top99', admin(3));
    expect(await screen.findByText('Rancangan Top 99 (2 proposal)')).toBeTruthy();
    expect(screen.getByText(/Kab. Sumba Barat/).textContent).toContain('Daerah 3T');
    const table = screen.getByRole('table', { name: 'Keseimbangan per Daerah 3T' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(cells[0]).toBe('Daerah 3T1 (50,0 %)2 (20,0 %)+30,0 poin');
    expect(screen.getByRole('img', { name: /Grafik batang keseimbangan per Daerah 3T/ })).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Keseimbangan per Provinsi' })).toBeTruthy();
    expect((await screen.findAllByText('Kalimantan Selatan')).length).toBeGreaterThan(0);
    expect(representationGap(BALANCE[0].buckets[0])).toBe(30);
  });

  it("rule: each Top 99 entry carries its competition's origin: a demo competition's entries say Contoh", async () => {
    renderKipp(
      '/kipp/kompetisi/comp-2026?tab=top99',
      admin(3, (operation) =>
        operation === 'KippShortlist'
          ? reply('KippShortlist', {
              shortlist: connection([entry('p-1', 1), entry('p-2', 2, { origin: 'OFFICIAL' })]),
              shortlistBalance: BALANCE,
            })
          : undefined,
      ),
    );
    const demoRow = (await screen.findByRole('link', { name: 'Inovasi 1' })).closest('tr') as HTMLElement;
    expect(within(demoRow).getByText('Contoh')).toBeTruthy();
    const officialRow = screen.getByRole('link', { name: 'Inovasi 2' }).closest('tr') as HTMLElement;
    expect(within(officialRow).getByText('Resmi')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Asal data/ })).toBeTruthy();
  });

  it('shows the refusal of a Top 45 decision as the server words it', async () => {
    renderKipp(
      '/kipp/kompetisi/comp-2026?tab=top45',
      admin(7, (operation) =>
        operation === 'KippDecideTop45'
          ? errorOf(
              'CONFLICT',
              null,
              'Inovasi 2 belum diverifikasi lapangan oleh TPI dan TE.',
              'Inovasi 2 has not been field-verified by TPI and TE.',
            )
          : undefined,
      ),
    );
    await userEvent.type(await screen.findByLabelText(/Alasan keputusan/), 'Sidang TPI 20 November', { delay: null });
    // The competition's own Top 45 size, never an unreplaced placeholder (issue #20 §5).
    expect(
      screen.getByText('Sistem memilih 45 teratas dari peringkat presentasi; alasan Anda dicatat dalam jejak keputusan.'),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Putuskan Top 45' }));
    expect(await screen.findByText('Inovasi 2 belum diverifikasi lapangan oleh TPI dan TE.')).toBeTruthy();
  });

  it('rule: an objection names the innovation it targets (title and agency)', async () => {
    renderKipp(
      '/kipp/kompetisi/comp-2026?tab=objections',
      admin(5, (operation) => {
        if (operation === 'KippObjections') {
          return reply('KippObjections', {
            objections: connection([
              {
                id: 'o-1',
                proposalId: 'p-1',
                title: 'Inovasi 1',
                agency: { id: 'a', name: 'Pemkot Banjarmasin' },
                body: 'Inovasi ini belum berjalan dua tahun.',
                contact: null,
                filedAt: '2026-07-01T03:00:00Z',
                upheld: null,
                decisionReason: null,
                decidedAt: null,
              },
            ]),
          });
        }
        return undefined;
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Sanggahan atas “Inovasi 1” (Pemkot Banjarmasin)' })).toBeTruthy();
  });

  it('rule: the decision trail names who decided, not a user id', async () => {
    renderKipp(
      '/kipp/kompetisi/comp-2026?tab=decisions',
      admin(5, (operation) => {
        if (operation === 'KippDecisions') {
          return reply('KippDecisions', {
            decisions: connection([
              {
                id: 'd-1',
                proposalId: null,
                kind: 'STAGE_DECIDED:REGISTRATION',
                decidedBy: 'c260f136-0000-4000-8000-000000000000',
                decidedByName: 'Admin Nasional KemenPAN-RB',
                reason: 'Pendaftaran ditutup',
                decidedAt: '2026-07-01T03:00:00Z',
              },
            ]),
          });
        }
        return undefined;
      }),
    );
    const trail = await screen.findByRole('table', { name: 'Jejak keputusan' });
    expect(within(trail).getByText('Admin Nasional KemenPAN-RB')).toBeTruthy();
    expect(trail.textContent).not.toContain('c260f136');
  });

  it('is closed to a unit desk', async () => {
    const { calls } = renderKipp('/kipp/kompetisi/comp-2026', admin(2), { user: DESK });
    expect(await screen.findByText('Halaman ini untuk admin nasional')).toBeTruthy();
    expect(calls.some((c) => c.operation === 'KippCompetition')).toBe(false);
  });
});

import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import type { MyTasksQuery } from '../../__generated__/operations';
import { graphqlNetwork } from '../../testing/graphql-network';
import { renderPortal } from '../../testing/render-portal';
import { reply } from '../../testing/reply';
import { signInAs } from '../../testing/signed-in';

type TaskNode = MyTasksQuery['myTasks']['edges'][number]['node'];

// 10:00 in Jakarta on Monday 7 December 2026.
const NOW = new Date('2026-12-07T03:00:00Z');

/** The remote a task's link leads to, saying where it was opened. */
function RemotePage() {
  const { pathname } = useLocation();
  return <h1>Remote di {pathname}</h1>;
}
const load = jest.fn(() => Promise.resolve(RemotePage));

const OVERDUE: TaskNode = {
  id: 'skm:follow-up:f1',
  title: { id: 'Tindak lanjut SKM: antrean loket', en: 'SKM follow-up: counter queue' },
  detail: { id: 'Rencana perbaikan Triwulan III', en: 'Improvement plan for Q3' },
  module: 'SKM',
  dueDate: '2026-12-04T00:00:00.000Z',
  status: 'OVERDUE',
  progress: null,
  url: '/registry/units/unit-9',
};
const F01: TaskNode = {
  id: 'pekppp:f01:lokus-1',
  title: { id: 'Isi F-01 PEKPPP 2026', en: 'Fill in the PEKPPP 2026 F-01' },
  detail: null,
  module: 'PEKPPP',
  dueDate: '2027-01-05T00:00:00.000Z',
  status: 'IN_PROGRESS',
  progress: { done: 12, total: 30 },
  url: '/registry/units/unit-9/f01',
};
const SURVEY: TaskNode = {
  id: 'skm:sample:s1',
  title: { id: 'Lengkapi responden SKM', en: 'Complete the SKM respondents' },
  detail: { id: 'kurang 96 responden', en: '96 respondents short' },
  module: 'SKM',
  dueDate: '2026-12-08T02:00:00.000Z',
  status: 'TODO',
  progress: { done: 0, total: 120 },
  url: '/registry/skm',
};
const UNDATED: TaskNode = {
  id: 'kipp:status:i1',
  title: { id: 'Perbarui status inovasi', en: 'Update the innovation status' },
  detail: null,
  module: 'KIPP',
  dueDate: null,
  status: 'TODO',
  progress: null,
  url: '/registry/kipp',
};

function page(tasks: TaskNode[], options: { total?: number; endCursor?: string | null; from?: number } = {}) {
  const from = options.from ?? 0;
  return reply('MyTasks', {
    myTasks: {
      totalCount: options.total ?? tasks.length,
      pageInfo: { hasNextPage: Boolean(options.endCursor), endCursor: options.endCursor ?? null },
      edges: tasks.map((node, index) => ({ cursor: `c${from + index}`, node })),
    },
  });
}

function tasksSection() {
  return screen.findByRole('region', { name: /^Tugas saya/ });
}

describe('"Tugas saya" on the home page', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    // Signed in before the clock is fixed: the stored session's expiry is checked with `new Date()`,
    // the real clock, so an hour from NOW would have expired once the real clock passed NOW + 1 h.
    signInAs();
    jest.spyOn(Date, 'now').mockReturnValue(NOW.getTime());
  });
  afterEach(() => jest.restoreAllMocks());

  it('lists the tasks in the order the server gives, each with its status, progress, due date and time left', async () => {
    const network = graphqlNetwork({ MyTasks: () => page([OVERDUE, SURVEY, F01, UNDATED]) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const section = await tasksSection();
    await within(section).findByText('Isi F-01 PEKPPP 2026');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Tugas saya (4)');

    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('p')?.textContent)).toEqual([
      'Tindak lanjut SKM: antrean loket',
      'Lengkapi responden SKM',
      'Isi F-01 PEKPPP 2026',
      'Perbarui status inovasi',
    ]);
    const [overdue, survey, f01, undated] = rows;
    expect(within(overdue).getByText('Lewat tenggat')).toBeTruthy();
    expect(within(overdue).getByText('Rencana perbaikan Triwulan III')).toBeTruthy();
    expect(within(overdue).getByText('SKM · tenggat 4 Desember 2026 · lewat 3 hari')).toBeTruthy();
    expect(within(survey).getByText('Belum dimulai')).toBeTruthy();
    expect(within(survey).getByText('kurang 96 responden')).toBeTruthy();
    expect(within(survey).getByText('SKM · tenggat 8 Desember 2026 · besok')).toBeTruthy();
    expect(within(survey).getByText('0/120 selesai')).toBeTruthy();
    expect(within(f01).getByText('Sedang dikerjakan')).toBeTruthy();
    expect(within(f01).getByText('12/30 selesai')).toBeTruthy();
    expect(within(f01).getByText('PEKPPP · tenggat 5 Januari 2027 · 29 hari lagi')).toBeTruthy();
    // No due date, no progress: neither is made up.
    expect(within(undated).getByText('KIPP')).toBeTruthy();
    expect(within(undated).queryByText(/tenggat/)).toBeNull();
    expect(within(undated).queryByText(/selesai$/)).toBeNull();

    // One link per task, named by the task so a list of links still says which is which.
    expect(within(f01).getByRole('link', { name: 'Lanjutkan: Isi F-01 PEKPPP 2026' }).getAttribute('href')).toBe(
      '/registry/units/unit-9/f01',
    );
    expect(
      within(overdue)
        .getByRole('link', { name: /^Lanjutkan/ })
        .getAttribute('href'),
    ).toBe('/registry/units/unit-9');
    expect(network.named('MyTasks')[0].variables).toEqual({ first: 10, after: null });
    await expectAccessible();
  });

  it('comes first on the page, with the modules right below it', async () => {
    const network = graphqlNetwork({ MyTasks: () => page([F01]) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const section = await tasksSection();
    const moduleButton = await screen.findByRole('link', { name: 'Buka Registri' });
    const canDo = screen.getByRole('heading', { name: 'Yang dapat Anda lakukan' });
    expect(section.compareDocumentPosition(moduleButton) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(moduleButton.compareDocumentPosition(canDo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('continues a task in one click (or Enter), inside the portal', async () => {
    const network = graphqlNetwork({ MyTasks: () => page([F01]) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const link = await screen.findByRole('link', { name: 'Lanjutkan: Isi F-01 PEKPPP 2026' });
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Remote di /registry/units/unit-9/f01' })).toBeTruthy();
    expect(load).toHaveBeenCalled();
  });

  it('says so when there is nothing to do', async () => {
    const network = graphqlNetwork({ MyTasks: () => page([]) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const section = await tasksSection();
    expect(await within(section).findByText('Tidak ada tugas — semua beres')).toBeTruthy();
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Tugas saya');
    expect(within(section).queryByRole('button', { name: 'Muat lagi' })).toBeNull();
  });

  it('shows that it is loading, then the list', async () => {
    let answer: (body: unknown) => void = () => undefined;
    const pending = new Promise<unknown>((resolve) => (answer = resolve));
    const network = graphqlNetwork({ MyTasks: () => pending });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const section = await tasksSection();
    expect(await within(section).findByRole('status')).toHaveProperty('textContent', 'Memuat tugas Anda…');
    answer(page([F01]));
    expect(await within(section).findByText('Isi F-01 PEKPPP 2026')).toBeTruthy();
    expect(within(section).queryByText('Memuat tugas Anda…')).toBeNull();
  });

  it('says what failed and tries again on request', async () => {
    let fail = true;
    const network = graphqlNetwork({
      MyTasks: () =>
        fail ? { errors: [{ message: 'Layanan tugas sedang tidak tersedia.', extensions: { code: 'INTERNAL' } }] } : page([F01]),
    });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const section = await tasksSection();
    const alert = await within(section).findByRole('alert');
    expect(within(alert).getByText('Tugas Anda tidak dapat dimuat')).toBeTruthy();
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(section).findByText('Isi F-01 PEKPPP 2026')).toBeTruthy();
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('loads the next tasks with "Muat lagi" from the last cursor, keeps the first ones, and moves focus to the new ones', async () => {
    const network = graphqlNetwork({
      MyTasks: (variables) =>
        variables.after === 'c1' ? page([F01, UNDATED], { total: 4, from: 2 }) : page([OVERDUE, SURVEY], { total: 4, endCursor: 'c1' }),
    });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    const section = await tasksSection();
    await within(section).findByText('Tindak lanjut SKM: antrean loket');
    expect(within(section).getByText('Menampilkan 2 dari 4 tugas')).toBeTruthy();
    await userEvent.click(within(section).getByRole('button', { name: 'Muat lagi' }));
    await within(section).findByText('Perbarui status inovasi');
    expect(within(section).getAllByRole('listitem')).toHaveLength(4);
    expect(network.named('MyTasks').map((sent) => sent.variables.after)).toEqual([null, 'c1']);
    expect(within(section).queryByRole('button', { name: 'Muat lagi' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Isi F-01 PEKPPP 2026');
  });

  it('speaks English when switched', async () => {
    const network = graphqlNetwork({ MyTasks: () => page([OVERDUE, F01]) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl, language: 'en' });
    const section = await screen.findByRole('region', { name: /^My tasks/ });
    await within(section).findByText('Fill in the PEKPPP 2026 F-01');
    expect(within(section).getByText('PEKPPP · due 5 January 2027 · 29 days left')).toBeTruthy();
    expect(within(section).getByText('SKM · due 4 December 2026 · 3 days late')).toBeTruthy();
    expect(within(section).getByText('Overdue')).toBeTruthy();
    expect(within(section).getByText('In progress')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Continue: Fill in the PEKPPP 2026 F-01' })).toBeTruthy();
    expectNoInternalCodes();
  });

  it('is not shown to someone signed out', async () => {
    window.sessionStorage.clear();
    const network = graphqlNetwork({ MyTasks: () => page([F01]) });
    renderPortal({ path: '/', load, fetchImpl: network.fetchImpl });
    expect(await screen.findByRole('heading', { name: 'Selamat datang di Simpul' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /^Tugas saya/ })).toBeNull();
    expect(network.named('MyTasks')).toHaveLength(0);
  });
});

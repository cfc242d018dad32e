import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim } from '../../lokus/lokus.operations';
import { connection, lokus } from '../../testing/fixtures';
import { f01Status } from '../../testing/f01-fixtures';
import { DESK, errorOf, renderEvaluation } from '../../testing/render-evaluation';
import { reply } from '../../testing/reply';
import { AUTOSAVE_DELAY_MS } from './use-claim-autosave';

// Autosave of F-01 claims and the warning before leaving unsaved work (issue #14 §2). Fake timers:
// the debounce is advanced by hand, so nothing here depends on how fast the machine types.

const claim = (code: string, level: number, justification: string, version = 1): Claim => ({
  lokusId: 'lokus-1',
  indicatorCode: code,
  level,
  justification,
  version,
  updatedAt: '2026-02-10T03:42:00Z',
  evidence: [],
});

function render(save: (input: Record<string, unknown>) => unknown) {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation, variables) => {
      if (operation === 'SaveF01Claim') return save(variables['input'] as Record<string, unknown>);
      if (operation === 'LokusById')
        return reply('LokusById', { lokusById: lokus(['F01_FILLING', 'F03_SURVEY'], { claims: [claim('1.a.Ak', 3, 'Ada SK')] }) });
      if (operation === 'F01Status') return f01Status({ missing: [] });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'UnitLatestIkm')
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      throw new Error(`unexpected ${operation}`);
    },
    { user: DESK },
  );
}

const card = (code: string) => screen.getByRole('article', { name: new RegExp(`^${code.replace(/\./g, '\\.')} ·`) });
const justification = (code: string) => within(card(code)).getByLabelText(/Justifikasi/, { selector: 'textarea' });
const status = (code: string) => screen.getByTestId(`save-status-${code}`);
const saved = (input: Record<string, unknown>, version: number, updatedAt = '2026-02-10T03:42:00Z') =>
  reply('SaveF01Claim', {
    saveF01Claim: {
      lokusId: 'lokus-1',
      indicatorCode: String(input['indicatorCode']),
      level: Number(input['level']),
      justification: String(input['justification']),
      version,
      updatedAt,
      evidence: [],
    },
  });

describe('F-01 autosave', () => {
  // The lokus page is a chunk of its own (app.tsx): load it before the timed tests, as importing the
  // app did when every page came with it, so the first test's budget is spent on the autosave only.
  beforeAll(() => import('../../lokus/lokus-page'));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves a claim once typing pauses — one save for many keys, against the version it was read at — and says when', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { calls } = render((input) => saved(input, 2, '2026-02-10T03:42:00Z'));
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    await waitFor(() => expect(justification('1.a.Ak').getAttribute('readonly')).toBeNull());

    await user.type(justification('1.a.Ak'), ' dan foto');
    expect(status('1.a.Ak').textContent).toContain('Menyimpan…');
    expect(calls.filter((c) => c.operation === 'SaveF01Claim')).toHaveLength(0);

    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    });
    // 03:42 UTC is 10.42 in Jakarta.
    await waitFor(() => expect(status('1.a.Ak').textContent).toContain('Tersimpan 10.42'));
    const saves = calls.filter((c) => c.operation === 'SaveF01Claim');
    expect(saves.map((c) => c.variables)).toEqual([
      { input: { lokusId: 'lokus-1', indicatorCode: '1.a.Ak', level: 3, justification: 'Ada SK dan foto', expectedVersion: 1 } },
    ]);
    expect(screen.getByTestId('f01-page-save').textContent).toBe('Semua perubahan tersimpan 10.42.');

    // The next change is saved against the version the last save returned.
    await user.click(within(card('1.a.Ak')).getByRole('radio', { name: /^Level 4/ }));
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    });
    await waitFor(() => expect(calls.filter((c) => c.operation === 'SaveF01Claim')).toHaveLength(2));
    expect(calls.filter((c) => c.operation === 'SaveF01Claim')[1].variables).toMatchObject({ input: { level: 4, expectedVersion: 2 } });
  });

  it('says a save failed and tries again when asked, without retrying by itself', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    let attempts = 0;
    const { calls } = render((input) => {
      attempts += 1;
      return attempts === 1 ? errorOf('INTERNAL_SERVER_ERROR', null, 'Server sibuk', 'Server busy') : saved(input, 2);
    });
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    await waitFor(() => expect(justification('1.a.Ak').getAttribute('readonly')).toBeNull());
    await user.type(justification('1.a.Ak'), '!');
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    });
    await waitFor(() => expect(status('1.a.Ak').textContent).toContain('Gagal menyimpan — coba lagi'));
    expect(within(card('1.a.Ak')).getByRole('alert').textContent).toContain('Server sibuk');
    expect(screen.getByTestId('f01-page-save').textContent).toBe('1 klaim gagal disimpan — coba lagi pada kartunya.');
    await act(async () => {
      jest.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    });
    expect(calls.filter((c) => c.operation === 'SaveF01Claim')).toHaveLength(1);

    await user.click(within(card('1.a.Ak')).getByRole('button', { name: 'Coba simpan lagi klaim 1.a.Ak' }));
    await waitFor(() => expect(status('1.a.Ak').textContent).toContain('Tersimpan'));
    expect(calls.filter((c) => c.operation === 'SaveF01Claim')).toHaveLength(2);
  });
});

describe('leaving F-01 with unsaved changes', () => {
  it('warns on reload or closing and asks before following a link inside the portal', async () => {
    const { calls } = render((input) => saved(input, 2));
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    await waitFor(() => expect(justification('1.a.Ak').getAttribute('readonly')).toBeNull());
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);

    // A blank justification cannot be saved: the change stays unsaved until it is written.
    fireEvent.change(justification('1.a.Ak'), { target: { value: '' } });
    expect(status('1.a.Ak').textContent).toContain('Belum tersimpan: pilih level dan tulis justifikasi');
    expect(unload()).toBe(true);

    const home = screen.getByRole('link', { name: 'Evaluasi PEKPPP' });
    await userEvent.click(home);
    const dialog = await screen.findByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(screen.getByTestId('location').textContent).toBe('/evaluasi/lokus/lokus-1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tetap di halaman ini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(screen.getByTestId('location').textContent).toBe('/evaluasi/lokus/lokus-1');

    await userEvent.click(screen.getByRole('link', { name: 'Evaluasi PEKPPP' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan halaman' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/evaluasi'), { timeout: 5000 });
    expect(calls.some((c) => c.operation === 'SaveF01Claim')).toBe(false);
  });

  it('lets the desk leave at once when everything is saved', async () => {
    const { calls } = render((input) => saved(input, 2));
    await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
    await waitFor(() => expect(justification('1.a.Ak').getAttribute('readonly')).toBeNull());
    await userEvent.click(screen.getByRole('link', { name: 'Evaluasi PEKPPP' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/evaluasi'), { timeout: 5000 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((c) => c.operation === 'SaveF01Claim')).toBe(false);
  });

  it('sends a draft still waiting for the pause when the desk chooses to leave', async () => {
    jest.useFakeTimers();
    try {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const { calls } = render((input) => saved(input, 2));
      await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
      await waitFor(() => expect(justification('1.a.Ak').getAttribute('readonly')).toBeNull());
      await user.type(justification('1.a.Ak'), ' lengkap');
      await user.click(screen.getByRole('link', { name: 'Evaluasi PEKPPP' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan halaman' }));
      await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/evaluasi'));
      await waitFor(() => expect(calls.filter((c) => c.operation === 'SaveF01Claim')).toHaveLength(1));
      expect(calls.find((c) => c.operation === 'SaveF01Claim')?.variables).toMatchObject({
        input: { indicatorCode: '1.a.Ak', justification: 'Ada SK lengkap', expectedVersion: 1 },
      });
    } finally {
      jest.useRealTimers();
    }
  });
});

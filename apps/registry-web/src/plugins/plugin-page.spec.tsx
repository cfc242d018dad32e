import { expectAccessible, expectNoInternalCodes, expectNoMissingTexts, gqlError } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@simpul/web-kit';
import { ADMIN, DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';
import { APPROVED_PLUGIN, HASH, PENDING_PLUGIN } from './plugin-fixtures';
import { shortFingerprint } from './plugin-fingerprint';
import type { DeskPluginDetail } from './plugin.operations';

function resolver(plugin: DeskPluginDetail | null, decide: Resolver = jest.fn()): Resolver {
  return (operation, variables) => {
    if (operation === 'DeskPlugin') return reply('DeskPlugin', { deskPlugin: plugin });
    if (operation === 'ReviewDeskPlugin' || operation === 'SuspendDeskPlugin') return decide(operation, variables);
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

const OTHER_ADMIN: SessionUser = { ...ADMIN, id: 'admin-2', displayName: 'Admin Kedua' };

describe('a desk plugin’s page', () => {
  it('shows every field in words, the status, the shortened SRI fingerprint to copy, and the history with who, when and why', async () => {
    const rejected: DeskPluginDetail = {
      ...PENDING_PLUGIN,
      status: 'REJECTED',
      history: [
        ...PENDING_PLUGIN.history,
        {
          id: 'e9',
          kind: 'REJECTED',
          actorId: 'admin',
          actorName: 'Admin Nasional',
          reason: 'Cakupan terlalu luas',
          at: '2026-12-06T05:30:00Z',
        },
      ],
    };
    renderRegistry('/registry/plugins/plugin-1', resolver(rejected), { user: DESK });
    expect(await screen.findByRole('heading', { level: 1, name: 'Estimasi Pajak Kendaraan' })).toBeTruthy();
    const about = screen.getByRole('region', { name: 'Data plugin' });
    for (const text of [
      'Vehicle tax estimate',
      'Pemerintah Provinsi Kalimantan Selatan',
      '1.0.0',
      'http://127.0.0.1:4300/remoteEntry.js',
      './Plugin',
      HASH,
      'Desk Samsat',
      'Ditolak',
    ])
      expect(about.textContent).toContain(text);
    expect(about.textContent).toContain(shortFingerprint(PENDING_PLUGIN.integrity));
    expect(about.textContent).not.toContain(PENDING_PLUGIN.integrity);
    // user-event puts its own clipboard on navigator.
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Salin sidik SRI' }));
    expect(await navigator.clipboard.readText()).toBe(PENDING_PLUGIN.integrity);
    expect((await screen.findByText('Tersalin')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('region', { name: 'Tampil di halaman' }).textContent).toBe('Tampil di halamanBeranda petugas unitHalaman unit');
    expect(screen.getByRole('region', { name: 'Data yang boleh dibaca' }).textContent).toContain('Membaca indikator unitnya');

    const history = within(screen.getByRole('region', { name: 'Riwayat' })).getAllByRole('listitem');
    expect(history.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Diajukan6 Desember 2026 pukul 09\.00 · oleh Desk Samsat$/),
      expect.stringMatching(/^Ditolak.*oleh Admin NasionalAlasan: Cakupan terlalu luas$/),
    ]);
    expect(history[1]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-06T05:30:00Z');
    // A desk follows its plugin; it does not review it.
    expect(screen.queryByRole('region', { name: 'Tinjauan' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Setujui|Tolak|Tangguhkan/ })).toBeNull();
    expectNoInternalCodes();
    expectNoMissingTexts('registry');
    await expectAccessible();
  });

  it('shortens the fingerprint to its start and end', () => {
    expect(shortFingerprint('sha256-n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=')).toBe('sha256-n4bQgYhM…DwCgg=');
    expect(shortFingerprint('sha256-short')).toBe('sha256-short');
  });

  it('lets the national admin approve after confirming, and shows the new status and history at once', async () => {
    const approved: DeskPluginDetail = {
      ...PENDING_PLUGIN,
      status: 'APPROVED',
      history: [
        ...PENDING_PLUGIN.history,
        { id: 'e2', kind: 'APPROVED', actorId: 'admin', actorName: 'Admin Nasional', reason: null, at: '2026-12-06T06:00:00Z' },
      ],
    };
    const decide = jest.fn(() => reply('ReviewDeskPlugin', { reviewDeskPlugin: approved }));
    renderRegistry('/registry/plugins/plugin-1', resolver(PENDING_PLUGIN, decide));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Setujui' }));
    expect(decide).not.toHaveBeenCalled();
    const question = screen.getByRole('group', { name: 'Setujui' });
    expect(document.activeElement).toBe(question);
    await user.click(within(question).getByRole('button', { name: 'Ya, setujui' }));
    expect(await screen.findByText('Plugin disetujui.')).toBeTruthy();
    expect(decide).toHaveBeenCalledWith('ReviewDeskPlugin', { id: 'plugin-1', decision: 'APPROVE', reason: null });
    expect(within(screen.getByRole('region', { name: 'Riwayat' })).getAllByRole('listitem')).toHaveLength(2);
    // Approved: the next possible decision is a suspension.
    expect(screen.getByRole('button', { name: 'Tangguhkan' })).toBeTruthy();
  });

  it('requires a reason to reject, sends it, and puts focus back when cancelled', async () => {
    const decide = jest.fn(() => reply('ReviewDeskPlugin', { reviewDeskPlugin: { ...PENDING_PLUGIN, status: 'REJECTED' } }));
    renderRegistry('/registry/plugins/plugin-1', resolver(PENDING_PLUGIN, decide), { user: OTHER_ADMIN });
    const user = userEvent.setup({ delay: null });
    const reject = await screen.findByRole('button', { name: 'Tolak' });
    await user.click(reject);
    const reason = screen.getByRole('textbox', { name: /Alasan/ });
    expect(document.activeElement).toBe(reason);
    expect(within(screen.getByRole('group', { name: 'Tolak' })).getByText(/^Tolak plugin ini\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tolak' }));

    await user.click(screen.getByRole('button', { name: 'Tolak' }));
    await user.click(screen.getByRole('button', { name: 'Tolak plugin' }));
    expect(await screen.findByText('Tuliskan alasannya')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Alasan/ }).getAttribute('aria-invalid')).toBe('true');
    expect(decide).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), 'Meminta data unit lain');
    await user.click(screen.getByRole('button', { name: 'Tolak plugin' }));
    expect(await screen.findByText('Plugin ditolak.')).toBeTruthy();
    expect(decide).toHaveBeenCalledWith('ReviewDeskPlugin', { id: 'plugin-1', decision: 'REJECT', reason: 'Meminta data unit lain' });
    expect(screen.getByText('Plugin yang ditolak tidak ditinjau lagi. Instansi dapat mengajukan versi baru.')).toBeTruthy();
  });

  it('suspends an approved plugin with a reason, and shows the registry’s refusal at the reason', async () => {
    let refuse = true;
    const decide = jest.fn(() =>
      refuse
        ? gqlError('CONFLICT', 'id', 'Plugin sudah tidak disetujui.', 'The plugin is no longer approved.')
        : reply('SuspendDeskPlugin', { suspendDeskPlugin: { ...APPROVED_PLUGIN, status: 'SUSPENDED' } }),
    );
    renderRegistry('/registry/plugins/plugin-2', resolver(APPROVED_PLUGIN, decide));
    const user = userEvent.setup({ delay: null });
    const suspend = await screen.findByRole('button', { name: 'Tangguhkan' });
    expect(screen.queryByText('Plugin berhenti dimuat di semua halaman sampai disetujui lagi.')).toBeNull();
    await user.click(suspend);
    expect(screen.getByText('Plugin berhenti dimuat di semua halaman sampai disetujui lagi.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), 'Berkas entri berubah');
    await user.click(screen.getByRole('button', { name: 'Tangguhkan plugin' }));
    expect(await screen.findByText('Plugin sudah tidak disetujui.')).toBeTruthy();
    refuse = false;
    await user.click(screen.getByRole('button', { name: 'Tangguhkan plugin' }));
    expect(await screen.findByText('Plugin ditangguhkan.')).toBeTruthy();
    expect(decide).toHaveBeenLastCalledWith('SuspendDeskPlugin', { id: 'plugin-2', reason: 'Berkas entri berubah' });
    expect(screen.getByRole('region', { name: 'Data plugin' }).textContent).toContain('Ditangguhkan');
  });

  it('disables the decisions on the admin’s own submission and says why', async () => {
    renderRegistry(
      '/registry/plugins/plugin-1',
      resolver({ ...PENDING_PLUGIN, submittedBy: ADMIN.id, submittedByName: ADMIN.displayName }),
    );
    const approve = await screen.findByRole('button', { name: 'Setujui' });
    const reject = screen.getByRole('button', { name: 'Tolak' });
    const why = 'Anda sendiri yang mengajukan plugin ini, jadi admin nasional lain yang meninjaunya.';
    for (const button of [approve, reject]) {
      expect(button.hasAttribute('disabled')).toBe(true);
      expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(why);
    }
    await expectAccessible();
  });

  it('says a plugin is not found (or not the desk’s) instead of an empty page, in English too', async () => {
    renderRegistry('/registry/plugins/nope', resolver(null), { user: DESK, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plugin not found' })).toBeTruthy();
    expect(screen.getByText('This plugin does not exist or does not belong to your agency.')).toBeTruthy();
  });

  it('reads in English: names, labels and history', async () => {
    renderRegistry('/registry/plugins/plugin-2', resolver(APPROVED_PLUGIN), { user: DESK, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Passport queue check' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'History' }).textContent).toContain('Approved'));
    expect(screen.getByRole('region', { name: 'Appears on pages' }).textContent).toContain('MPP desk');
    expectNoInternalCodes();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KippSaveProposalMutationVariables } from '../__generated__/operations';
import { draft } from '../testing/fixtures';
import { DESK, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';

type Saved = KippSaveProposalMutationVariables;

describe('proposal draft with autosave', () => {
  it('shows the §9 sections for its group (replikasi adds three)', async () => {
    renderKipp('/kipp/usulan/p-1', () => reply('KippProposalDraft', { proposal: draft({ group: 'REPLIKASI' }) }), { user: DESK });
    await screen.findByRole('heading', { level: 1, name: 'Samsat Keliling Desa' });
    for (const label of [
      'Ringkasan',
      'Latar belakang dan tujuan',
      'Kebaruan',
      'Implementasi',
      'Signifikansi',
      'Adaptabilitas',
      'Sumber daya',
      'Strategi keberlanjutan',
      'Inspirasi',
      'Proses replikasi',
      'Pembeda',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByText('1 dari 11 bagian sudah diisi. Semua bagian wajib diisi sebelum dikirim.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/kipp\.[a-z]/);
  });

  it('saves once typing pauses with the expected version, then with the version the server returned', async () => {
    let version = 3;
    const { calls } = renderKipp(
      '/kipp/usulan/p-1',
      (operation, variables) => {
        if (operation === 'KippProposalDraft') return reply('KippProposalDraft', { proposal: draft({ group: 'UMUM' }) });
        if (operation === 'KippSaveProposal') {
          expect((variables as Saved).input.expectedVersion).toBe(version);
          version += 1;
          return reply('KippSaveProposal', { saveProposal: { id: 'p-1', version, updatedAt: '2026-11-23T03:00:00Z' } });
        }
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    await userEvent.type(await screen.findByLabelText('Kebaruan'), 'Loket di desa', { delay: null });
    await waitFor(() => expect(screen.getByText(/Tersimpan sebagai versi 4/)).toBeTruthy(), { timeout: 4000 });
    const saves = calls.filter((c) => c.operation === 'KippSaveProposal');
    expect(saves).toHaveLength(1);
    expect((saves[0].variables as Saved).input).toEqual({ id: 'p-1', expectedVersion: 3, sections: { novelty: 'Loket di desa' } });
    await userEvent.type(screen.getByLabelText('Sumber daya'), 'APBD', { delay: null });
    await waitFor(() => expect(screen.getByText(/Tersimpan sebagai versi 5/)).toBeTruthy(), { timeout: 4000 });
    expect((calls.filter((c) => c.operation === 'KippSaveProposal')[1].variables as Saved).input.expectedVersion).toBe(4);
  });

  it('stops autosaving and says so clearly when the version is stale', async () => {
    const { calls } = renderKipp(
      '/kipp/usulan/p-1',
      (operation) => {
        if (operation === 'KippProposalDraft') return reply('KippProposalDraft', { proposal: draft() });
        return errorOf(
          'CONFLICT',
          'expectedVersion',
          'Draf sudah disimpan orang lain (versi 5); muat ulang dahulu.',
          'The draft was saved by someone else (version 5); reload it first.',
        );
      },
      { user: DESK },
    );
    await userEvent.type(await screen.findByLabelText('Kebaruan'), 'x', { delay: null });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain('Draf ini sudah diubah orang lain');
    expect(alert.textContent).toContain('versi 5');
    expect(screen.getByRole('button', { name: 'Muat ulang draf' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Sumber daya'), 'y', { delay: null });
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(calls.filter((c) => c.operation === 'KippSaveProposal')).toHaveLength(1);
  });

  it('puts a refused video link on its field and resends it with the fix', async () => {
    const { calls } = renderKipp(
      '/kipp/usulan/p-1',
      (operation, variables) => {
        if (operation === 'KippProposalDraft') return reply('KippProposalDraft', { proposal: draft() });
        const input = (variables as Saved).input;
        if (input.videoUrl && !input.videoUrl.startsWith('https://'))
          return errorOf('BAD_USER_INPUT', 'videoUrl', 'Tautan video harus alamat http(s).', 'The video link must be an http(s) address.');
        return reply('KippSaveProposal', { saveProposal: { id: 'p-1', version: 4, updatedAt: '2026-11-23T03:00:00Z' } });
      },
      { user: DESK },
    );
    const field = await screen.findByLabelText('Tautan video');
    await userEvent.type(field, 'youtube', { delay: null });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), { timeout: 4000 });
    expect(screen.getAllByText(/Tautan video harus alamat http\(s\)\./).length).toBeGreaterThan(0);
    await userEvent.clear(field);
    await userEvent.type(field, 'https://youtu.be/abc', { delay: null });
    await waitFor(() => expect(screen.getByText(/Tersimpan sebagai versi 4/)).toBeTruthy(), { timeout: 4000 });
    expect((calls.filter((c) => c.operation === 'KippSaveProposal').at(-1)?.variables as Saved).input.videoUrl).toBe(
      'https://youtu.be/abc',
    );
  });

  it('shares the draft with the local admin after saving what was typed', async () => {
    const { calls } = renderKipp(
      '/kipp/usulan/p-1',
      (operation) => {
        if (operation === 'KippProposalDraft') return reply('KippProposalDraft', { proposal: draft() });
        if (operation === 'KippSaveProposal')
          return reply('KippSaveProposal', { saveProposal: { id: 'p-1', version: 4, updatedAt: '2026-11-23T03:00:00Z' } });
        if (operation === 'KippShareProposal')
          return reply('KippShareProposal', { shareProposal: { id: 'p-1', sharedWithAdmin: true, version: 4 } });
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    await userEvent.type(await screen.findByLabelText('Kebaruan'), 'z', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Bagikan kepada admin lokal' }));
    expect(await screen.findByText(/Draf sudah dibagikan kepada admin lokal/)).toBeTruthy();
    expect(calls.map((c) => c.operation).filter((o) => o !== 'Me')).toEqual(['KippProposalDraft', 'KippSaveProposal', 'KippShareProposal']);
  });

  it('shows a returned draft with the admin note, and a submitted one read-only', async () => {
    renderKipp(
      '/kipp/usulan/p-1',
      () => reply('KippProposalDraft', { proposal: draft({ returnNote: 'Lengkapi data sebelum dan sesudah' }) }),
      { user: DESK },
    );
    expect(await screen.findByText('Lengkapi data sebelum dan sesudah')).toBeTruthy();
  });
});

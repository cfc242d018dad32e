import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sections } from '../testing/fixtures';
import { connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';
import { checkVerdict } from './admin-check-form';
import type { AdminProposal } from './admin.operations';

const CHECKLIST = [
  { code: 'FORM_COMPLETE', label: 'Formulir pendaftaran lengkap', labelEn: 'Registration form complete' },
  { code: 'VIDEO_VALID', label: 'Video dapat diputar', labelEn: 'Video plays' },
];

const proposal: AdminProposal = {
  id: 'p-1',
  title: 'Samsat Keliling Desa',
  group: 'UMUM',
  category: 'Pelayanan Publik',
  status: 'SUBMITTED',
  agencyType: 'PROVINSI',
  updatedAt: '2026-11-20T03:00:00Z',
  agency: { id: 'pemprov-63', name: 'Pemprov Kalsel' },
  competitionId: 'comp-2026',
  innovationStartedOn: '2021-01-04',
  sections: sections({ summary: 'Ringkas' }),
  videoUrl: null,
  region: { code: '63', name: 'Kalimantan Selatan' },
  in3tRegion: false,
  attachments: [],
  administrativeCheck: null,
  assignments: [],
  assessment: null,
  presentation: null,
  fieldVerifications: [],
};

describe('administrative check', () => {
  it('passes only when every item is met', () => {
    expect(checkVerdict({ A: { passed: true, note: '' }, B: { passed: true, note: '' } }, ['A', 'B'])).toBe(true);
    expect(checkVerdict({ A: { passed: true, note: '' } }, ['A', 'B'])).toBe(false);
  });

  it('previews the verdict and records the checklist with notes and the reason', async () => {
    const { calls } = renderKipp('/kipp/kompetisi/comp-2026/usulan/p-1', (operation) => {
      if (operation === 'KippAdminProposal')
        return reply('KippAdminProposal', { proposal, administrativeChecklist: CHECKLIST, decisions: connection([]) });
      if (operation === 'KippRecordAdministrativeCheck')
        return reply('KippRecordAdministrativeCheck', {
          recordAdministrativeCheck: { passed: false, reason: 'Video tidak dapat diputar' },
        });
      throw new Error(`unexpected ${operation}`);
    });
    await screen.findByRole('heading', { level: 1, name: 'Samsat Keliling Desa' });
    expect(screen.getByText('Tidak lolos: ada butir yang belum terpenuhi')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Formulir pendaftaran lengkap'));
    await userEvent.type(screen.getByLabelText('Catatan untuk Video dapat diputar'), 'Tautan mati', { delay: null });
    await userEvent.type(screen.getByLabelText(/Alasan keputusan/), 'Video tidak dapat diputar', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Catat hasil seleksi' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operation === 'KippRecordAdministrativeCheck')?.variables).toEqual({
        input: {
          proposalId: 'p-1',
          reason: 'Video tidak dapat diputar',
          checklist: [
            { code: 'FORM_COMPLETE', passed: true, note: null },
            { code: 'VIDEO_VALID', passed: false, note: 'Tautan mati' },
          ],
        },
      }),
    );
    await userEvent.click(screen.getByLabelText('Video dapat diputar'));
    expect(screen.getByText('Lolos: semua butir terpenuhi')).toBeTruthy();
  });
});

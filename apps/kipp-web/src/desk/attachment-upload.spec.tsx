import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KippUploadAttachmentMutationVariables } from '../__generated__/operations';
import { draft } from '../testing/fixtures';
import { DESK, errorOf, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';

type Upload = KippUploadAttachmentMutationVariables;

const stored = {
  id: 'a-9',
  kind: 'SK_INOVASI',
  fileName: 'SK Inovasi.pdf',
  contentType: 'application/pdf',
  sizeBytes: 18,
  sha256: 'ab'.repeat(32),
  stored: true,
  url: null,
  addedAt: '2026-06-15T03:00:00Z',
};

describe('attachments are uploaded files, not typed names and addresses', () => {
  it('rule: the desk chooses a file; it is sent as base64 with the MIME type its extension implies, and listed with a download', async () => {
    const { calls } = renderKipp(
      '/kipp/usulan/p-1',
      (operation) => {
        if (operation === 'KippProposalDraft') return reply('KippProposalDraft', { proposal: draft() });
        if (operation === 'KippUploadAttachment') return reply('KippUploadAttachment', { uploadProposalAttachment: stored });
        throw new Error(`unexpected ${operation}`);
      },
      { user: DESK },
    );
    await screen.findByRole('heading', { level: 1, name: 'Samsat Keliling Desa' });
    expect(screen.queryByLabelText('Alamat berkas')).toBeNull();
    expect(screen.queryByLabelText('Ukuran (KB)')).toBeNull();
    const file = new File(['%PDF-1.7 isi SK'], 'SK Inovasi.pdf', { type: '' });
    fireEvent.change(screen.getByLabelText('Berkas'), { target: { files: [file] } });
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Tambah lampiran' }));
    await screen.findByText(/SK Inovasi\.pdf diunggah\./);
    const upload = calls.find((call) => call.operation === 'KippUploadAttachment')?.variables as Upload;
    expect(upload.input).toMatchObject({
      proposalId: 'p-1',
      kind: 'SK_INOVASI',
      file: { fileName: 'SK Inovasi.pdf', mimeType: 'application/pdf' },
    });
    expect(atob(upload.input.file.contentBase64)).toBe('%PDF-1.7 isi SK');
    expect(screen.getByRole('button', { name: 'Unduh SK Inovasi.pdf' })).toBeTruthy();
  });

  it('refuses a file type the service would refuse before sending it, and shows the service’s own refusal on the file', async () => {
    const { calls } = renderKipp(
      '/kipp/usulan/p-1',
      (operation) => {
        if (operation === 'KippProposalDraft') return reply('KippProposalDraft', { proposal: draft() });
        return errorOf(
          'BAD_USER_INPUT',
          'input.file.contentBase64',
          'Isi berkas bukan berkas .pdf yang sebenarnya.',
          'The content is not a real .pdf file.',
        );
      },
      { user: DESK },
    );
    await screen.findByRole('heading', { level: 1, name: 'Samsat Keliling Desa' });
    const user = userEvent.setup({ delay: null });
    fireEvent.change(screen.getByLabelText('Berkas'), { target: { files: [new File(['MZ'], 'program.exe')] } });
    await user.click(screen.getByRole('button', { name: 'Tambah lampiran' }));
    expect((await screen.findAllByText('program.exe: hanya berkas PDF, PNG atau JPEG yang diterima')).length).toBeGreaterThan(0);
    expect(calls.some((call) => call.operation === 'KippUploadAttachment')).toBe(false);
    fireEvent.change(screen.getByLabelText('Berkas'), { target: { files: [new File(['<html>'], 'palsu.pdf')] } });
    await user.click(screen.getByRole('button', { name: 'Tambah lampiran' }));
    await waitFor(() => expect(screen.getAllByText('Isi berkas bukan berkas .pdf yang sebenarnya.').length).toBeGreaterThan(0));
  });
});

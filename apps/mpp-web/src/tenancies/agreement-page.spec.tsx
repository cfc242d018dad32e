import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoMissingTexts, findSummary, gqlError, OPERATOR, renderMpp, unexpected } from '../testing/render-mpp';
import { STEPS, tenancyAt } from '../testing/fixtures';
import { reply } from '../testing/reply';

const SIGNED = {
  id: 'file-pks',
  fileName: 'PKS-Imigrasi.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 1_300_000,
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};

function serve(
  onRecord: (variables: Record<string, unknown>) => unknown,
  onAddendum: (variables: Record<string, unknown>) => unknown = jest.fn(),
) {
  const tenancy = tenancyAt('AGREEMENT_SIGNED');
  const agreement = {
    ...tenancy.currentAgreement!,
    document: { title: 'PKS', number: null, issuedOn: null, fileName: 'PKS-Imigrasi.pdf', url: null, file: SIGNED },
  };
  const detail = {
    ...tenancy,
    currentAgreement: agreement,
    agreements: { ...tenancy.agreements, edges: [{ cursor: 'c0', node: agreement }] },
  };
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'Tenancy') return reply('Tenancy', { tenancy: detail, onboardingSteps: STEPS });
    if (operation === 'RecordAgreement') return onRecord(variables);
    if (operation === 'AddAgreementAddendum') return onAddendum(variables);
    return unexpected(operation);
  };
}

async function fillAgreement(user: ReturnType<typeof userEvent.setup>) {
  const form = (await screen.findByRole('heading', { name: 'Catat PKS' })).closest('form')!;
  await user.type(within(form).getByLabelText(/^Nomor PKS/), '500/99/MPP-BJM/2026');
  await user.type(within(form).getByLabelText(/^Tanggal tanda tangan/), '2026-01-05');
  await user.type(within(form).getByLabelText(/^Mulai berlaku/), '2026-01-10');
  await user.type(within(form).getByLabelText(/^Berakhir/), '2028-01-09');
  return form;
}

describe('agreement documents', () => {
  it('uploads the signed PKS with the agreement and shows the stored one with its size and short SHA-256', async () => {
    const onRecord = jest.fn((_variables: Record<string, unknown>) => reply('RecordAgreement', { recordAgreement: { id: 'pks-2' } }));
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve(onRecord), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    expect((await screen.findAllByRole('button', { name: 'Unduh PKS-Imigrasi.pdf' })).length).toBeGreaterThan(0);
    expect(document.body.textContent).toContain('PKS-Imigrasi.pdf · 1,2 MB · SHA-256 9f86d081884c');
    const form = await fillAgreement(user);
    await user.upload(
      within(form).getByLabelText('Berkas PKS yang ditandatangani'),
      new File(['%PDF-1.7 PKS'], 'PKS-2026.pdf', { type: 'application/pdf' }),
    );
    await user.click(within(form).getByRole('button', { name: 'Simpan PKS' }));
    expect(await screen.findByText('PKS tersimpan.')).toBeTruthy();
    const { input } = onRecord.mock.calls[0][0] as {
      input: { document: { fileName: string; file: { fileName: string; mimeType: string; contentBase64: string } } };
    };
    expect(input.document).toMatchObject({ fileName: 'PKS-2026.pdf', file: { fileName: 'PKS-2026.pdf', mimeType: 'application/pdf' } });
    expect(atob(input.document.file.contentBase64)).toBe('%PDF-1.7 PKS');
  });

  it('refuses a file that is too large before sending, and puts the service’s file refusal on the file field', async () => {
    const onRecord = jest.fn(() =>
      gqlError(
        'BAD_USER_INPUT',
        'input.document.file.mimeType',
        'Berkas .pdf dikirim sebagai application/pdf.',
        'A .pdf file is sent as application/pdf.',
      ),
    );
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve(onRecord), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    const form = await fillAgreement(user);
    const input = within(form).getByLabelText('Berkas PKS yang ditandatangani');
    const big = new File(['x'], 'PKS-besar.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await user.upload(input, big);
    await user.click(within(form).getByRole('button', { name: 'Simpan PKS' }));
    let summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'PKS-besar.pdf lebih besar dari 10 MB' }).getAttribute('href')).toBe(
      '#pks-document-file',
    );
    expect(onRecord).not.toHaveBeenCalled();
    await user.upload(input, new File(['%PDF-1.7'], 'PKS.pdf', { type: 'application/pdf' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan PKS' }));
    // The summary of the refused size stays until the service answers: wait for its answer, not a moment.
    await screen.findByRole('link', { name: 'Berkas .pdf dikirim sebagai application/pdf.' });
    summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Berkas .pdf dikirim sebagai application/pdf.' }).getAttribute('href')).toBe(
      '#pks-document-file',
    );
  });

  it('uploads the signed addendum with it', async () => {
    const onAddendum = jest.fn((_variables: Record<string, unknown>) =>
      reply('AddAgreementAddendum', { addAgreementAddendum: { id: 'pks-1', expiresOn: '2028-01-09' } }),
    );
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve(jest.fn(), onAddendum), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    const form = (await screen.findByRole('heading', { name: 'Tambah adendum' })).closest('form')!;
    await user.type(within(form).getByLabelText(/^Nomor adendum/), 'ADD-I/2026');
    await user.type(within(form).getByLabelText(/^Tanggal tanda tangan/), '2026-11-01');
    await user.type(within(form).getByLabelText(/^Ringkasan|^Isi/), 'Perpanjangan');
    await user.upload(
      within(form).getByLabelText('Berkas adendum yang ditandatangani'),
      new File(['%PDF-1.7 adendum'], 'adendum.pdf', { type: 'application/pdf' }),
    );
    await user.click(within(form).getByRole('button', { name: /Simpan adendum/ }));
    expect(await screen.findByText('Adendum tersimpan.')).toBeTruthy();
    expect(onAddendum.mock.calls[0][0]).toMatchObject({
      input: {
        number: 'ADD-I/2026',
        document: { title: 'Adendum ADD-I/2026', file: { fileName: 'adendum.pdf', mimeType: 'application/pdf' } },
      },
    });
  });

  it('reads in English', async () => {
    renderMpp('/mpp/tenancies/ten-imi/agreement', serve(jest.fn()), { user: OPERATOR, language: 'en' });
    expect(await screen.findByLabelText('Signed agreement file')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Download PKS-Imigrasi.pdf' }).length).toBeGreaterThan(0);
    expectNoMissingTexts();
  });
});

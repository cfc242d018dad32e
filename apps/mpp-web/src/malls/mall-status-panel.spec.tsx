import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, expectNoMissingTexts, findSummary, gqlError, MALL_ID, OPERATOR, renderMpp, unexpected } from '../testing/render-mpp';
import { connection } from '../testing/fixtures';
import type { MallProfile } from './mall.operations';
import type { MallStatusChange } from './mall-status.operations';
import { reply } from '../testing/reply';

const PROFILE: MallProfile = {
  id: MALL_ID,
  name: 'MPP Kota Banjarmasin',
  status: 'PROPOSED',
  origin: 'OFFICIAL',
  address: 'Jl. Lambung Mangkurat',
  openedOn: null,
  proposedOn: '2026-05-02',
  regency: { code: '63.71', name: 'Kota Banjarmasin' },
  province: { code: '63', name: 'Kalimantan Selatan' },
  managingUnit: { id: 'unit-dpmptsp', name: 'DPMPTSP Kota Banjarmasin' },
  openingHours: [],
  documents: [
    {
      id: 'doc-1',
      kind: 'REGENT_LETTER',
      title: 'Surat Wali Kota',
      number: '100/123',
      issuedOn: '2026-04-20',
      fileName: 'surat.pdf',
      url: null,
      file: {
        id: 'file-1',
        fileName: 'surat.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 2048,
        sha256: 'ab12cd34ef567890aaaabbbbccccddddeeeeffff0000111122223333444455556666',
      },
    },
  ],
  desks: [],
  tenancies: connection([]),
};
const change = (index: number): MallStatusChange => ({
  id: `c${index}`,
  from: 'ACTIVE',
  to: 'SUSPENDED',
  reason: `Alasan ${index}`,
  changedByName: 'Admin Nasional',
  changedAt: '2026-06-01T03:00:00Z',
});

function serve(
  onSet: (variables: Record<string, unknown>) => unknown,
  history = connection([change(1)], { totalCount: 12, hasNextPage: true }),
) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'MallProfile') return reply('MallProfile', { mall: PROFILE });
    if (operation === 'MallStatusHistory')
      return reply('MallStatusHistory', { mall: { id: MALL_ID, statusHistory: variables['after'] ? connection([change(11)]) : history } });
    if (operation === 'SetMallStatus') return onSet(variables);
    if (operation === 'MppFile')
      return reply('MppFile', {
        mppFile: { file: { fileName: 'surat.pdf', mimeType: 'application/pdf', sha256: 'ab12' }, contentBase64: btoa('%PDF-1.7') },
      });
    return unexpected(operation);
  };
}

describe('mall status and establishment documents on the profile', () => {
  it('lets the national admin open a proposed mall with a reason and its opening date', async () => {
    const onSet = jest.fn(() => reply('SetMallStatus', { setMallStatus: { id: MALL_ID, status: 'ACTIVE', openedOn: '2026-06-01' } }));
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(onSet), { user: ADMIN });
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(await screen.findByRole('combobox', { name: /Status baru/ }), 'ACTIVE');
    await user.type(screen.getByLabelText(/^Tanggal peresmian|^Diresmikan/), '2026-06-01');
    await user.type(screen.getByLabelText(/^Alasan/), 'Diresmikan Menteri PANRB');
    await user.click(screen.getByRole('button', { name: 'Simpan status' }));
    expect(await screen.findByText('Status MPP diubah menjadi Beroperasi.')).toBeTruthy();
    expect(onSet).toHaveBeenCalledWith({ id: MALL_ID, status: 'ACTIVE', reason: 'Diresmikan Menteri PANRB', openedOn: '2026-06-01' });
    // The history is asked again, so the new change appears in it.
    await waitFor(() => expect(calls.filter((c) => c.operation === 'MallStatusHistory').length).toBeGreaterThanOrEqual(2));
  });

  it('offers only the moves the service allows and asks for the reason and the opening date', async () => {
    const onSet = jest.fn();
    renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(onSet), { user: ADMIN });
    const user = userEvent.setup({ delay: null });
    const select = await screen.findByRole('combobox', { name: /Status baru/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih…', 'Beroperasi', 'Ditutup']);
    await user.selectOptions(select, 'ACTIVE');
    await user.click(screen.getByRole('button', { name: 'Simpan status' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Tuliskan alasan perubahan status' }).getAttribute('href')).toBe(
      '#mall-status-reason',
    );
    expect(within(summary).getByRole('link', { name: 'Masukkan tanggal peresmian' }).getAttribute('href')).toBe('#mall-status-openedOn');
    expect(onSet).not.toHaveBeenCalled();
  });

  it('shows the service’s refusal on the field it names', async () => {
    renderMpp(
      `/mpp/malls/${MALL_ID}/profile`,
      serve(() =>
        gqlError(
          'BAD_USER_INPUT',
          'openedOn',
          'Tanggal peresmian tidak boleh sebelum tanggal usulan.',
          'The opening date cannot be before the proposal date.',
        ),
      ),
      { user: ADMIN },
    );
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(await screen.findByRole('combobox', { name: /Status baru/ }), 'ACTIVE');
    await user.type(screen.getByLabelText(/^Tanggal peresmian|^Diresmikan/), '2026-06-01');
    await user.type(screen.getByLabelText(/^Alasan/), 'Rapat');
    await user.click(screen.getByRole('button', { name: 'Simpan status' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Tanggal peresmian tidak boleh sebelum tanggal usulan.' }).getAttribute('href')).toBe(
      '#mall-status-openedOn',
    );
  });

  it('shows the operator who changed the status, when and why, page by page, but no form', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(jest.fn()), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByRole('table', { name: 'Riwayat status' });
    expect(table.textContent).toContain('Alasan 1');
    expect(table.textContent).toContain('Admin Nasional');
    expect(screen.queryByRole('button', { name: 'Simpan status' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Berikutnya|Selanjutnya|Next/ }));
    expect(await screen.findByText('Alasan 11')).toBeTruthy();
  });

  it('downloads a stored establishment document under its name, showing its size and short SHA-256', async () => {
    const createObjectURL = jest.fn(() => 'blob:surat');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(jest.fn()), { user: OPERATOR });
    const user = userEvent.setup({ delay: null });
    const documents = await screen.findByRole('table', { name: 'Dokumen pembentukan' });
    expect(documents.textContent).toContain('surat.pdf · 2 KB · SHA-256 ab12cd34ef56');
    await user.click(within(documents).getByRole('button', { name: 'Unduh surat.pdf' }));
    expect(await screen.findByText('surat.pdf diunduh.')).toBeTruthy();
    expect(click).toHaveBeenCalled();
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/pdf');
    click.mockRestore();
  });

  it('reads in English', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/profile`, serve(jest.fn()), { user: ADMIN, language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Mall status' })).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'Status history' })).toBeTruthy();
    expectNoMissingTexts();
  });
});

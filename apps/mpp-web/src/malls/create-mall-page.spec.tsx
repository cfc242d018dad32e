import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, expectNoMissingTexts, findSummary, gqlError, OPERATOR, renderMpp, unexpected } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import type { RegionOption, UnitOption } from './create-mall.operations';

const PROVINCES: RegionOption[] = [
  { code: '63', name: 'Kalimantan Selatan' },
  { code: '62', name: 'Kalimantan Tengah' },
];
const REGENCIES: RegionOption[] = [
  { code: '63.71', name: 'Kota Banjarmasin' },
  { code: '63.72', name: 'Kota Banjarbaru' },
];
const DPMPTSP: UnitOption = {
  id: 'unit-dpmptsp',
  name: 'DPMPTSP Kota Banjarmasin',
  kind: 'DPMPTSP',
  region: { code: '63.71', name: 'Kota Banjarmasin' },
};
const pdf = (name: string) => new File(['%PDF-1.7 surat'], name, { type: 'application/pdf' });

function serve(onCreate: (variables: Record<string, unknown>) => unknown) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'Provinces') return reply('Provinces', { provinces: PROVINCES });
    if (operation === 'Regencies') return reply('Regencies', { regencies: variables['provinceCode'] === '63' ? REGENCIES : [] });
    if (operation === 'ManagingUnits') return reply('ManagingUnits', { serviceUnits: { totalCount: 1, edges: [{ node: DPMPTSP }] } });
    if (operation === 'CreateMall') return onCreate(variables);
    if (operation === 'MallProfile') return reply('MallProfile', { mall: null });
    return unexpected(operation);
  };
}

async function fillValidProposal(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^Nama MPP/), 'MPP Banjarmasin Selatan');
  await user.selectOptions(await screen.findByRole('combobox', { name: /Provinsi/ }), '63');
  await user.selectOptions(
    await screen.findByRole('combobox', { name: /Kabupaten\/kota/ }),
    await screen.findByRole('option', { name: 'Kota Banjarmasin (63.71)' }),
  );
  await user.click(await screen.findByRole('radio', { name: 'DPMPTSP Kota Banjarmasin' }));
  await user.type(screen.getByLabelText(/^Nomor surat bupati\/wali kota/), '100/123/ORG/2026');
  await user.type(screen.getByLabelText(/^Tanggal surat/), '2026-04-20');
  await user.upload(screen.getByLabelText('Berkas surat bupati/wali kota'), pdf('surat.pdf'));
  await user.upload(screen.getByLabelText('Berkas kajian urgensi'), pdf('kajian.pdf'));
}

describe('recording a proposed mall', () => {
  it('sends the region, managing unit, letter and study with their files and the hours in one mutation, then opens the profile', async () => {
    const onCreate = jest.fn((_variables: Record<string, unknown>) =>
      reply('CreateMall', { createMall: { id: 'mall-new', name: 'MPP Banjarmasin Selatan' } }),
    );
    renderMpp('/mpp/national/malls/new', serve(onCreate), { user: ADMIN });
    const user = userEvent.setup({ delay: null });
    await fillValidProposal(user);
    expect(screen.getByText('Dipilih: surat.pdf (14 B)')).toBeTruthy();
    expect(screen.getAllByText('PDF, PNG atau JPEG, paling besar 10 MB.')).toHaveLength(2);
    await user.click(screen.getByLabelText('Sabtu'));
    await user.click(screen.getByRole('button', { name: 'Simpan usulan MPP' }));
    await screen.findByText('/mpp/malls/mall-new/profile');
    const { input } = onCreate.mock.calls[0][0] as {
      input: Record<string, unknown> & { documents: { file: { contentBase64: string } }[]; openingHours: { weekday: string }[] };
    };
    expect(input).toMatchObject({ name: 'MPP Banjarmasin Selatan', regencyCode: '63.71', managingUnitId: 'unit-dpmptsp' });
    expect(input.documents).toMatchObject([
      {
        kind: 'REGENT_LETTER',
        number: '100/123/ORG/2026',
        issuedOn: '2026-04-20',
        file: { fileName: 'surat.pdf', mimeType: 'application/pdf' },
      },
      { kind: 'URGENCY_STUDY', file: { fileName: 'kajian.pdf', mimeType: 'application/pdf' } },
    ]);
    expect(atob(input.documents[0].file.contentBase64)).toBe('%PDF-1.7 surat');
    expect(input.openingHours.map((h) => h.weekday)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
  });

  it('names every missing field, a wrong file type and closing before opening, linked from the summary, without sending', async () => {
    const onCreate = jest.fn();
    renderMpp('/mpp/national/malls/new', serve(onCreate), { user: ADMIN });
    const user = userEvent.setup({ applyAccept: false, delay: null });
    await user.upload(await screen.findByLabelText('Berkas kajian urgensi'), new File(['x'], 'kajian.docx'));
    expect(screen.getByText('kajian.docx: hanya berkas PDF, PNG atau JPEG yang diterima')).toBeTruthy();
    await user.clear(screen.getByLabelText('Jam tutup hari Senin'));
    await user.type(screen.getByLabelText('Jam tutup hari Senin'), '07:00');
    await user.click(screen.getByRole('button', { name: 'Simpan usulan MPP' }));
    const summary = await findSummary();
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Masukkan nama MPP', '#mall-name'],
        ['Pilih kabupaten/kota', '#mall-regencyCode'],
        ['Masukkan nomor surat', '#mall-documents-0-number'],
        ['Pilih berkas surat bupati/wali kota', '#mall-documents-0-file'],
        ['kajian.docx: hanya berkas PDF, PNG atau JPEG yang diterima', '#mall-documents-1-file'],
        ['Senin: jam tutup harus setelah jam buka', '#hours-MONDAY-closesAt'],
      ]),
    );
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('puts the service’s refusal of a file on that file’s field', async () => {
    renderMpp(
      '/mpp/national/malls/new',
      serve(() =>
        gqlError(
          'BAD_USER_INPUT',
          'input.documents.1.file.contentBase64',
          'Isi berkas bukan berkas .pdf yang sebenarnya.',
          'The content is not a real .pdf file.',
        ),
      ),
      { user: ADMIN },
    );
    const user = userEvent.setup({ delay: null });
    await fillValidProposal(user);
    await user.click(screen.getByRole('button', { name: 'Simpan usulan MPP' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Isi berkas bukan berkas .pdf yang sebenarnya.' }).getAttribute('href')).toBe(
      '#mall-documents-1-file',
    );
    expect(screen.getByLabelText('Berkas kajian urgensi').getAttribute('aria-invalid')).toBe('true');
  });

  it('is for national admins only', async () => {
    renderMpp('/mpp/national/malls/new', serve(jest.fn()), { user: OPERATOR });
    expect(await screen.findByText('Hanya admin nasional yang dapat mencatat usulan MPP.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Simpan usulan MPP' })).toBeNull();
  });

  it('reads in English', async () => {
    renderMpp('/mpp/national/malls/new', serve(jest.fn()), { user: ADMIN, language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Record a proposed mall' })).toBeTruthy();
    expect(screen.getByLabelText('Urgency study file')).toBeTruthy();
    expect(screen.getAllByText('PDF, PNG or JPEG, at most 10 MB.')).toHaveLength(2);
    expectNoMissingTexts();
  });
});

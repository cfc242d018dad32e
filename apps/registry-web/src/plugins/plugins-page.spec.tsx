import { connection, expectAccessible, expectNoInternalCodes, expectNoMissingTexts, gqlError } from '@simpul/ui/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DESK, OPERATOR, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';
import { APPROVED_PLUGIN, PENDING_PLUGIN, rowOf, SAMSAT_AGENCY } from './plugin-fixtures';

const AGENCIES = connection([{ id: SAMSAT_AGENCY.id, name: SAMSAT_AGENCY.name, region: { name: 'Kalimantan Selatan' } }]);

function resolver(plugins: Resolver): Resolver {
  return (operation, variables) => {
    if (operation === 'DeskPlugins') return plugins(operation, variables);
    if (operation === 'AgencyOptions') return reply('AgencyOptions', { agencies: AGENCIES });
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

describe('Plugin desk list', () => {
  it('shows each plugin with its agency, pages and status in words, linked to its page', async () => {
    renderRegistry(
      '/registry/plugins',
      resolver(() => reply('DeskPlugins', { deskPlugins: connection([rowOf(PENDING_PLUGIN), rowOf(APPROVED_PLUGIN)]) })),
    );
    await screen.findByRole('link', { name: 'Estimasi Pajak Kendaraan' });
    const table = screen.getByRole('table', { name: 'Plugin instansi' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toContain('Estimasi Pajak Kendaraan');
    expect(rows[0]).toContain('Pemerintah Provinsi Kalimantan Selatan');
    expect(rows[0]).toContain('Beranda petugas unit, Halaman unit');
    expect(rows[0]).toContain('Menunggu tinjauan');
    expect(rows[1]).toContain('Gerai MPP');
    expect(rows[1]).toContain('Disetujui');
    expect(screen.getByRole('link', { name: 'Estimasi Pajak Kendaraan' }).getAttribute('href')).toBe('/registry/plugins/plugin-1');
    expect(screen.getByRole('status').textContent).toBe('2 plugin ditemukan');
    expectNoInternalCodes();
    expectNoMissingTexts('registry');
    await expectAccessible();
  });

  it('filters by status and agency on the server and pages with the cursor', async () => {
    const plugins = jest.fn((_operation: string, variables: Record<string, unknown>) =>
      reply('DeskPlugins', {
        deskPlugins: variables['after']
          ? connection([rowOf(APPROVED_PLUGIN)], false, 21)
          : { ...connection([rowOf(PENDING_PLUGIN)], true, 21), pageInfo: { hasNextPage: true, endCursor: 'cursor-20' } },
      }),
    );
    const { calls } = renderRegistry('/registry/plugins', resolver(plugins));
    await screen.findByText('21 plugin ditemukan');
    expect(calls.find((c) => c.operation === 'DeskPlugins')?.variables).toEqual({ first: 20, after: null });

    fireEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    await screen.findByRole('link', { name: 'Cek Antrean Paspor' });
    expect(calls.filter((c) => c.operation === 'DeskPlugins').at(-1)?.variables).toEqual({ first: 20, after: 'cursor-20' });

    const statuses = within(screen.getByLabelText('Status'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(statuses).toEqual(['Semua status', 'Menunggu tinjauan', 'Disetujui', 'Ditolak', 'Ditangguhkan']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'PENDING' } });
    await screen.findByRole('option', { name: /Pemerintah Provinsi Kalimantan Selatan/ });
    fireEvent.change(screen.getByLabelText('Instansi'), { target: { value: SAMSAT_AGENCY.id } });
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'DeskPlugins').at(-1)?.variables).toEqual({
        status: 'PENDING',
        agencyId: SAMSAT_AGENCY.id,
        first: 20,
        after: null,
      }),
    );
  });

  it('offers a desk its own agency’s list, no agency filter, and the way to submit', async () => {
    renderRegistry(
      '/registry/plugins',
      resolver(() => reply('DeskPlugins', { deskPlugins: connection([]) })),
      { user: DESK },
    );
    expect(await screen.findByText('Belum ada plugin yang diajukan')).toBeTruthy();
    expect(screen.queryByLabelText('Instansi')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Instansi' })).toBeNull();
    const submit = screen.getAllByRole('link', { name: 'Ajukan plugin' });
    expect(submit.map((link) => link.getAttribute('href'))).toEqual(['/registry/plugins/new', '/registry/plugins/new']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'REJECTED' } });
    expect(await screen.findByText('Tidak ada plugin yang cocok')).toBeTruthy();
  });

  it('names the agency of each row for a local admin who follows several agencies', async () => {
    renderRegistry(
      '/registry/plugins',
      resolver(() => reply('DeskPlugins', { deskPlugins: connection([rowOf(PENDING_PLUGIN), rowOf(APPROVED_PLUGIN)]) })),
      { user: DESK },
    );
    await screen.findByRole('link', { name: 'Estimasi Pajak Kendaraan' });
    expect(screen.getByRole('columnheader', { name: 'Instansi' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Plugin instansi' }).textContent).toContain('Kantor Imigrasi Banjarmasin');
  });

  it('shows the error with a retry, and then the list', async () => {
    let fail = true;
    renderRegistry(
      '/registry/plugins',
      resolver(() =>
        fail
          ? gqlError('INTERNAL_SERVER_ERROR', null, 'Layanan registri tidak menjawab', 'The registry did not answer')
          : reply('DeskPlugins', { deskPlugins: connection([rowOf(PENDING_PLUGIN)]) }),
      ),
    );
    expect(await screen.findByText('Layanan registri tidak menjawab')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: /Coba lagi/ }));
    expect(await screen.findByRole('link', { name: 'Estimasi Pajak Kendaraan' })).toBeTruthy();
  });

  it('tells an MPP operator the page is not theirs, and asks a visitor to sign in', async () => {
    const plugins = jest.fn();
    const { unmount } = renderRegistry('/registry/plugins', resolver(plugins), { user: OPERATOR });
    expect(await screen.findByText('Halaman plugin instansi untuk petugas unit dan admin nasional.')).toBeTruthy();
    unmount();
    renderRegistry('/registry/plugins', resolver(plugins), { user: null });
    expect(await screen.findByText('Masuk terlebih dahulu untuk melihat plugin instansi.')).toBeTruthy();
    expect(plugins).not.toHaveBeenCalled();
  });

  it('reads in English with the plural that fits', async () => {
    renderRegistry(
      '/registry/plugins',
      resolver(() => reply('DeskPlugins', { deskPlugins: connection([rowOf(PENDING_PLUGIN), rowOf(APPROVED_PLUGIN)]) })),
      { language: 'en' },
    );
    expect(await screen.findByText('2 plugins found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vehicle tax estimate' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Desk plugins' }).textContent).toContain('Awaiting review');
  });
});

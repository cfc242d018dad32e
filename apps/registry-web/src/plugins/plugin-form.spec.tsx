import { expectAccessible, expectNoInternalCodes, expectNoMissingTexts } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, badInput, DESK, renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';
import { HASH, PENDING_PLUGIN, SAMSAT_AGENCY } from './plugin-fixtures';

const DPMPTSP = { id: 'agency-dpmptsp', name: 'DPMPTSP Provinsi Kalimantan Selatan' };

function resolver(onRegister: Resolver, localAdminOf: { id: string; name: string }[] = []): Resolver {
  return (operation, variables) => {
    if (operation === 'PluginDeskUnit') return reply('PluginDeskUnit', { serviceUnit: { id: 'unit-1', agency: SAMSAT_AGENCY } });
    if (operation === 'PluginLocalAdminOf')
      return reply('PluginLocalAdminOf', { myKippRoles: { localAdminOf: localAdminOf.map((agency) => ({ agency })) } });
    if (operation === 'RegisterDeskPlugin') return onRegister(operation, variables);
    if (operation === 'DeskPlugin') return reply('DeskPlugin', { deskPlugin: PENDING_PLUGIN });
    return { data: null, errors: [{ message: `unexpected ${operation}` }] };
  };
}

async function fillValidPlugin() {
  const user = userEvent.setup({ delay: null });
  await user.type(await screen.findByLabelText(/Nama \(Bahasa Indonesia\)/), 'Estimasi Pajak Kendaraan');
  await user.type(screen.getByLabelText(/Nama \(English\)/), 'Vehicle tax estimate');
  await user.type(screen.getByLabelText(/Alamat entri/), 'https://plugin.samsat.go.id/remoteEntry.js');
  await user.type(screen.getByLabelText(/^Versi/), '1.0.0');
  await user.type(screen.getByLabelText(/SHA-256/), HASH.toUpperCase());
  await user.click(screen.getByRole('checkbox', { name: /Beranda petugas unit/ }));
  await user.click(screen.getByRole('checkbox', { name: /Membaca indikator unitnya/ }));
  return user;
}

describe('submitting a desk plugin', () => {
  it('explains pages and scopes in plain words, with the sha256sum how-to and the module filled in', async () => {
    renderRegistry('/registry/plugins/new', resolver(jest.fn()), { user: DESK });
    const agency = await screen.findByLabelText<HTMLInputElement>('Instansi pemilik');
    expect(agency.value).toBe(SAMSAT_AGENCY.name);
    expect(agency.readOnly).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/Modul yang diekspos/).value).toBe('./Plugin');
    expect(screen.getByLabelText(/SHA-256/).getAttribute('aria-describedby')).toBeTruthy();
    expect(document.body.textContent).toContain('sha256sum remoteEntry.js');

    const pages = screen.getByRole('group', { name: 'Tampil di halaman' });
    expect(
      within(pages)
        .getAllByRole('checkbox')
        .map((box) => box.closest('.mantine-Checkbox-root')?.querySelector('label')?.textContent),
    ).toEqual(['Beranda petugas unit', 'Halaman unit', 'Gerai MPP']);
    const scopes = screen.getByRole('group', { name: 'Data yang boleh dibaca' });
    expect(within(scopes).getAllByRole('checkbox')).toHaveLength(2);
    expect(scopes.textContent).toContain('Hanya membaca, hanya unit itu.');
    expect(scopes.textContent).toContain('Tidak ada izin lain');
    expectNoInternalCodes();
    expectNoMissingTexts('registry');
    await expectAccessible();
  });

  it('checks the fields as the registry would before sending anything, with a linked summary', async () => {
    const onRegister = jest.fn();
    renderRegistry('/registry/plugins/new', resolver(onRegister), { user: DESK });
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText(/Alamat entri/), 'http://plugin.samsat.go.id/remoteEntry.js');
    await user.type(screen.getByLabelText(/SHA-256/), 'abc123');
    await user.click(screen.getByRole('button', { name: 'Ajukan untuk ditinjau' }));

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Masukkan nama plugin dalam Bahasa Indonesia');
    expect(summary.textContent).toContain('Masukkan nama plugin dalam bahasa Inggris');
    expect(summary.textContent).toContain('Masukkan versi semantik, misalnya 1.0.0');
    expect(screen.getByRole('link', { name: /Alamat entri harus https/ }).getAttribute('href')).toBe('#plugin-entryUrl');
    expect(screen.getByRole('link', { name: /SHA-256 harus 64 karakter/ }).getAttribute('href')).toBe('#plugin-sha256');
    const pagesLink = screen.getByRole('link', { name: 'Pilih minimal satu halaman tempat plugin tampil' });
    await user.click(pagesLink);
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /Beranda petugas unit/ }));
    expect(screen.getByLabelText(/SHA-256/).getAttribute('aria-invalid')).toBe('true');
    expect(onRegister).not.toHaveBeenCalled();
  });

  it('puts the registry’s refusal at its field (extensions.field) in the page’s language', async () => {
    const onRegister = jest.fn(() =>
      badInput(
        'input.sha256',
        'SHA-256 tidak cocok dengan berkas di alamat entri.',
        'The SHA-256 does not match the file at the entry address.',
      ),
    );
    renderRegistry('/registry/plugins/new', resolver(onRegister), { user: DESK });
    const user = await fillValidPlugin();
    await user.click(screen.getByRole('button', { name: 'Ajukan untuk ditinjau' }));

    const link = await screen.findByRole('link', { name: 'SHA-256 tidak cocok dengan berkas di alamat entri.' });
    expect(link.getAttribute('href')).toBe('#plugin-sha256');
    const field = document.getElementById('plugin-sha256') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('SHA-256 tidak cocok dengan berkas di alamat entri.');
    await user.click(link);
    expect(document.activeElement).toBe(field);

    const [, variables] = onRegister.mock.calls[0] as unknown as [string, { input: Record<string, unknown> }];
    expect(variables.input).toEqual({
      agencyId: SAMSAT_AGENCY.id,
      name: { id: 'Estimasi Pajak Kendaraan', en: 'Vehicle tax estimate' },
      entryUrl: 'https://plugin.samsat.go.id/remoteEntry.js',
      exposedModule: './Plugin',
      version: '1.0.0',
      sha256: HASH,
      pages: ['DESK_HOME'],
      scopes: ['UNIT_INDICATORS_READ'],
    });
  });

  it('opens the submitted plugin’s page once the registry has it', async () => {
    const onRegister = jest.fn(() => reply('RegisterDeskPlugin', { registerDeskPlugin: PENDING_PLUGIN }));
    const { calls } = renderRegistry('/registry/plugins/new', resolver(onRegister), { user: DESK });
    const user = await fillValidPlugin();
    await user.click(screen.getByRole('button', { name: 'Ajukan untuk ditinjau' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/registry/plugins/plugin-1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Estimasi Pajak Kendaraan' })).toBeTruthy();
    expect(calls.some((c) => c.operation === 'DeskPlugin' && c.variables['id'] === 'plugin-1')).toBe(true);
  });

  it('lets a KIPP local admin choose between its unit’s agency and the agencies it administers', async () => {
    renderRegistry('/registry/plugins/new', resolver(jest.fn(), [DPMPTSP]), { user: DESK });
    const select = await screen.findByRole('combobox', { name: /Instansi pemilik/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([SAMSAT_AGENCY.name, DPMPTSP.name]);
  });

  it('tells the national admin that agencies submit their own plugins', async () => {
    renderRegistry('/registry/plugins/new', resolver(jest.fn()), { user: ADMIN });
    expect(await screen.findByText('Plugin diajukan oleh petugas unit dari instansi pemiliknya.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajukan untuk ditinjau' })).toBeNull();
  });
});

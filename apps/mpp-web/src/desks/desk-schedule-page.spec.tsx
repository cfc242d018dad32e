import { expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoMissingTexts, findSummary, gqlError, MALL_ID, renderMpp, unexpected } from '../testing/render-mpp';
import type { DeskSchedule, TenantOption } from './desk.operations';
import { connection } from '../testing/fixtures';
import { reply } from '../testing/reply';

const tenancy = (id: string, name: string, step: 'LIVE' | 'AGREEMENT_SIGNED' = 'LIVE'): TenantOption => ({
  id,
  step,
  agency: { id: `agency-${id}`, name },
});
const KEJAKSAAN = tenancy('ten-kejari', 'Kejaksaan Negeri Banjarmasin');
const PA = tenancy('ten-pa', 'Pengadilan Agama Banjarmasin');
const NEW = tenancy('ten-new', 'Badan Pertanahan Nasional', 'AGREEMENT_SIGNED');

const SCHEDULE: DeskSchedule = {
  id: MALL_ID,
  name: 'MPP Kota Banjarmasin',
  openingHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({ weekday: weekday as 'MONDAY' })),
  desks: [
    {
      id: 'desk-7',
      number: 7,
      label: 'Gerai bersama',
      latestIkm: {
        value: 88.31,
        category: { code: 'B', label: 'Baik', labelEn: 'Good' },
        respondents: 412,
        periodKind: 'QUARTER',
        year: 2026,
        number: 3,
        origin: 'DEMO',
        source: null,
      },
      latestIkmGap: null,
      assignments: [
        { id: 'a1', weekday: 'MONDAY', staffCount: 2, tenancy: KEJAKSAAN },
        { id: 'a2', weekday: 'FRIDAY', staffCount: 1, tenancy: PA },
      ],
    },
    { id: 'desk-8', number: 8, label: null, latestIkm: null, latestIkmGap: null, assignments: [] },
  ],
};
// The picker's first page holds two tenants; the third (invited last) is on the second page.
const FIRST_TENANTS = connection([KEJAKSAAN, PA], { totalCount: 3, hasNextPage: true });
const SECOND_TENANTS = {
  totalCount: 3,
  edges: [{ cursor: 'cursor-2', node: NEW }],
  pageInfo: { hasNextPage: false, endCursor: 'cursor-2' },
};

function serve(onAssign: (variables: Record<string, unknown>) => unknown) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'DeskSchedule') return reply('DeskSchedule', { mall: SCHEDULE });
    if (operation === 'DeskTenants')
      return reply('DeskTenants', {
        mall: { id: MALL_ID, tenancies: variables['after'] === FIRST_TENANTS.pageInfo.endCursor ? SECOND_TENANTS : FIRST_TENANTS },
      });
    if (operation === 'DeskTenant')
      return reply('DeskTenant', { tenancy: { ...[KEJAKSAAN, PA, NEW].find((x) => x.id === variables['id'])!, mall: { id: MALL_ID } } });
    if (operation === 'AssignDesk') return onAssign(variables);
    return unexpected(operation);
  };
}

describe('desk schedule', () => {
  it('shows desks by weekday, shared desks by day, closed days marked', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/desks`, serve(jest.fn()));
    const grid = await screen.findByRole('table', { name: 'Gerai MPP Kota Banjarmasin per hari dalam pekan' });
    const rows = within(grid).getAllByRole('row');
    const desk7 = rows.find((row) => row.textContent?.startsWith('Gerai 7'))!;
    const cells = within(desk7).getAllByRole('cell');
    expect(cells[0].textContent).toContain('Kejaksaan Negeri Banjarmasin');
    expect(cells[1].textContent).toBe('Kosong');
    expect(cells[4].textContent).toContain('Pengadilan Agama Banjarmasin');
    expect(within(grid).getByRole('columnheader', { name: /Minggu/ }).textContent).toContain('(Tutup)');
    expectNoMissingTexts();
  });

  it('shows each desk’s latest IKM from SKM with its category, respondents and period, and "belum ada" without a survey', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/desks`, serve(jest.fn()));
    const grid = await screen.findByRole('table', { name: 'Gerai MPP Kota Banjarmasin per hari dalam pekan' });
    const header = (number: number) =>
      within(grid)
        .getAllByRole('rowheader')
        .find((cell) => cell.textContent?.startsWith(`Gerai ${number}`))!;
    expect(header(7).textContent).toContain('IKM 88,31');
    expect(header(7).textContent).toContain('B · Baik');
    expect(header(7).textContent).toContain('412 responden · Triwulan III 2026');
    expect(header(8).textContent).toContain('IKM: belum ada');
  });

  it('labels the IKM in English too', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/desks`, serve(jest.fn()), { language: 'en' });
    const grid = await screen.findByRole('table', { name: /Desks of MPP Kota Banjarmasin|MPP Kota Banjarmasin/ });
    expect(grid.textContent).toContain('IKM 88.31');
    // The period and category in English from structured fields, not the server's Indonesian labels (#12 item 14).
    expect(grid.textContent).toContain('412 respondents · Q3 2026');
    expect(grid.textContent).toContain('B · Good');
    expect(grid.textContent).not.toContain('Triwulan');
    expect(grid.textContent).toContain('IKM: none yet');
    expectNoMissingTexts();
    expectNoInternalCodes(grid);
  });

  it('preselects the tenant from the onboarding link and warns of a double booking before sending', async () => {
    renderMpp(`/mpp/malls/${MALL_ID}/desks?tenancy=ten-new`, serve(jest.fn()));
    const user = userEvent.setup({ delay: null });
    // ten-new lies on the second page, not loaded yet: it is fetched on its own and preselected.
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Instansi tergabung').value).toBe('ten-new'), { timeout: 5000 });
    await user.selectOptions(screen.getByLabelText('Gerai'), 'desk-7');
    await user.click(screen.getByLabelText(/^Senin/));
    expect(screen.getByText(/Gerai ini sudah dipakai pada: Senin \(Kejaksaan Negeri Banjarmasin\)/)).toBeTruthy();
  });

  it('sends the days in week order and shows the service’s CONFLICT when another operator was faster', async () => {
    const onAssign = jest.fn(() =>
      gqlError('CONFLICT', 'input.weekdays', 'Gerai 8 sudah dipakai pada Selasa.', 'Desk 8 is already taken on Tuesday.'),
    );
    renderMpp(`/mpp/malls/${MALL_ID}/desks?tenancy=ten-new`, serve(onAssign));
    const user = userEvent.setup({ delay: null });
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Instansi tergabung').value).toBe('ten-new'), { timeout: 5000 });
    await user.selectOptions(await screen.findByLabelText('Gerai'), 'desk-8');
    await user.click(screen.getByLabelText('Kamis'));
    await user.click(screen.getByLabelText('Selasa'));
    await user.clear(screen.getByLabelText('Jumlah petugas'));
    await user.type(screen.getByLabelText('Jumlah petugas'), '3');
    await user.click(screen.getByRole('button', { name: 'Tetapkan gerai' }));
    const summary = await findSummary();
    expect(within(summary).getByRole('link', { name: 'Gerai 8 sudah dipakai pada Selasa.' }).getAttribute('href')).toBe('#assign-MONDAY');
    expect(onAssign).toHaveBeenCalledWith({
      input: { deskId: 'desk-8', tenancyId: 'ten-new', weekdays: ['TUESDAY', 'THURSDAY'], staffCount: 3 },
    });
  });

  it('names each missing choice instead of sending', async () => {
    const onAssign = jest.fn();
    renderMpp(`/mpp/malls/${MALL_ID}/desks`, serve(onAssign));
    await userEvent.click(await screen.findByRole('button', { name: 'Tetapkan gerai' }));
    const summary = await findSummary();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Pilih instansi tergabung', 'Pilih gerai', 'Pilih paling sedikit satu hari']);
    expect(onAssign).not.toHaveBeenCalled();
  });

  it('loads the tenant picker page by page, the next page asked after the last end cursor, and narrows it by name', async () => {
    const { calls } = renderMpp(`/mpp/malls/${MALL_ID}/desks`, serve(jest.fn()));
    const user = userEvent.setup({ delay: null });
    const picker = await screen.findByLabelText<HTMLSelectElement>('Instansi tergabung');
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Pilih…', 'Kejaksaan Negeri Banjarmasin (Beroperasi)', 'Pengadilan Agama Banjarmasin (Beroperasi)']),
    );
    expect(screen.getByText('2 dari 3 instansi tergabung dimuat')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Muat instansi tergabung berikutnya' }));
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(4));
    expect(within(picker).getAllByRole('option')[3].textContent).toBe('Badan Pertanahan Nasional (PKS ditandatangani)');
    expect(calls.filter((c) => c.operation === 'DeskTenants').map((c) => c.variables['after'])).toEqual([
      null,
      FIRST_TENANTS.pageInfo.endCursor,
    ]);
    expect(screen.getByText('3 dari 3 instansi tergabung dimuat')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat instansi tergabung berikutnya' })).toBeNull();
    await user.type(screen.getByLabelText('Cari instansi tergabung', { exact: false }), 'pengadilan');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih…', 'Pengadilan Agama Banjarmasin (Beroperasi)']);
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SessionUser } from '@simpul/web-kit';
import type { SkmMallDesksQuery, SkmSurveySetupQuery } from '../__generated__/operations';
import { ADMIN, gqlError, NINE, renderSkm, UNIT_DESK } from '../testing/render-skm';
import { reply } from '../testing/reply';

const OPERATOR: SessionUser = {
  id: 'op',
  email: 'op@simpul.test',
  displayName: 'Operator',
  role: 'MPP_OPERATOR',
  serviceUnit: null,
  mallId: 'mall-1',
};
const MALL: SkmMallDesksQuery['mall'] = {
  id: 'mall-1',
  name: 'MPP Kota Banjarmasin',
  desks: [
    { id: 'desk-2', number: 2, label: null },
    { id: 'desk-1', number: 1, label: 'Samsat' },
  ],
};

function resolveNew(operation: string, variables: Record<string, unknown>) {
  if (operation === 'CreateSkmSurvey') return reply('CreateSkmSurvey', { createSkmSurvey: { id: 'new-1' } });
  if (operation === 'SkmMallDesks') return reply('SkmMallDesks', { mall: MALL });
  if (operation === 'SkmUnitSearch')
    return reply('SkmUnitSearch', { serviceUnits: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } });
  if (operation === 'SkmDeskVisitors') {
    return reply('SkmDeskVisitors', {
      mallDashboard: {
        busiestDesks: {
          totalCount: 1,
          edges: [{ cursor: 'c', node: { desk: { id: 'desk-1' }, visitors: 4200 } }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    });
  }
  if (operation === 'SkmMallTenantUnits')
    return reply('SkmMallTenantUnits', {
      mall: {
        id: 'mall-1',
        tenancies: page([
          {
            step: 'LIVE',
            services: page([
              { serviceUnit: { id: 'unit-samsat', name: 'SAMSAT Kalimantan Selatan' } },
              { serviceUnit: { id: 'unit-samsat', name: 'SAMSAT Kalimantan Selatan' } },
            ]),
          },
          { step: 'LEFT', services: page([{ serviceUnit: { id: 'unit-gone', name: 'Unit yang keluar' } }]) },
        ]),
      },
    });
  if (operation === 'SkmOverlappingSurveys') {
    return reply('SkmOverlappingSurveys', {
      skmOverlappingSurveys:
        variables.periodKind === 'HALF_YEAR'
          ? [
              { id: 'q3', title: 'SKM Triwulan III', periodKind: 'QUARTER', year: 2026, number: 3 },
              { id: 'q4', title: 'SKM Triwulan IV', periodKind: 'QUARTER', year: 2026, number: 4 },
            ]
          : [],
    });
  }
  if (operation === 'SkmSurvey') return { data: null, errors: [{ message: 'not in this test' }] };
  return { data: null, errors: [{ message: `unexpected ${operation}` }] };
}

const page = <T,>(items: T[]) => ({
  totalCount: items.length,
  edges: items.map((node, i) => ({ cursor: String(i), node })),
  pageInfo: { hasNextPage: false, endCursor: null },
});

// Typing a whole form through userEvent takes seconds in jsdom on a busy shared machine.
describe('survey setup', () => {
  it('a unit desk creates a survey for its unit with the nine default elements and sees the Krejcie–Morgan sample as it types', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/new', resolveNew, { user: UNIT_DESK });
    expect(await screen.findByText('Survei untuk Samsat Banjarmasin.')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(10);
    await user.type(screen.getByLabelText(/Judul survei/), 'SKM Triwulan');
    await user.type(screen.getByLabelText('Perkiraan jumlah pengguna layanan dalam periode'), '1000');
    expect(screen.getByTestId('required-sample').textContent).toBe(
      'Sampel minimal 278 responden untuk 1.000 pengguna layanan (Krejcie–Morgan).',
    );
    await user.selectOptions(screen.getByLabelText('Jenis periode'), 'HALF_YEAR');
    await user.clear(screen.getByLabelText('Tahun'));
    await user.type(screen.getByLabelText('Tahun'), '2027');
    await user.click(screen.getByRole('button', { name: 'Buat survei' }));
    const create = calls.find((c) => c.operation === 'CreateSkmSurvey');
    expect(create?.variables).toEqual({
      input: {
        title: 'SKM Triwulan',
        serviceUnitId: 'unit-1',
        mallId: null,
        deskId: null,
        periodKind: 'HALF_YEAR',
        year: 2027,
        number: 1,
        elements: null,
        expectedUsers: 1000,
        opensAt: null,
        closesAt: null,
      },
    });
  });

  it('checks custom weights live with @simpul/scoring and refuses to send weights that do not sum to 1', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/new', resolveNew, { user: UNIT_DESK });
    await user.click(await screen.findByLabelText(/Ubah unsur atau bobot/));
    await user.click(screen.getByRole('button', { name: 'Tambah unsur' }));
    expect(screen.getByTestId('weights-check').textContent).toContain('Jumlah bobot 1: sah.');
    await user.type(screen.getByLabelText('Nama unsur ke-10'), 'Kebersihan');
    await user.clear(screen.getByLabelText('Bobot unsur ke-10'));
    await user.type(screen.getByLabelText('Bobot unsur ke-10'), '0.2');
    expect(screen.getByTestId('weights-check').textContent).toMatch(/^Jumlah bobot 11\/10: belum sah\./);
    await user.type(screen.getByLabelText(/Judul survei/), 'SKM kustom');
    await user.click(screen.getByRole('button', { name: 'Buat survei' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getByRole('link', { name: /jumlah bobot harus tepat 1/ })
        .getAttribute('href'),
    ).toBe('#skm-setup-elements');
    expect(calls.some((c) => c.operation === 'CreateSkmSurvey')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Bagi bobot sama rata' }));
    await user.click(screen.getByRole('button', { name: 'Buat survei' }));
    const input = (
      calls.find((c) => c.operation === 'CreateSkmSurvey')?.variables as { input: { elements: { code: string; weight: string }[] } }
    ).input;
    expect(input.elements).toHaveLength(10);
    expect(input.elements.every((e) => e.weight === '1/10')).toBe(true);
    expect(input.elements[9]).toEqual({ code: 'U10', name: 'Kebersihan', weight: '1/10', required: true });
  });

  it('an MPP operator picks a desk and takes expected users from the mall’s visitor counts', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/surveys/new', resolveNew, { user: OPERATOR });
    expect(await screen.findByText('Survei gerai di MPP Kota Banjarmasin.')).toBeTruthy();
    const take = screen.getByRole('button', { name: 'Ambil dari jumlah pengunjung MPP' });
    expect((take as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByLabelText('Gerai'), 'desk-1');
    await user.click(take);
    expect(await screen.findByText(/Diisi 4.200 pengunjung gerai ini/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Perkiraan jumlah pengguna layanan dalam periode').value).toBe('4200');
    expect(screen.getByTestId('required-sample').textContent).toContain('Sampel minimal 352 responden');
    const visitors = calls.find((c) => c.operation === 'SkmDeskVisitors')?.variables as { mallId: string; from: string; to: string };
    expect(visitors.mallId).toBe('mall-1');
    expect(visitors.from < visitors.to).toBe(true);
  });

  it('puts a server refusal on its field', async () => {
    const user = userEvent.setup({ delay: null });
    renderSkm(
      '/skm/surveys/new',
      (operation, variables) =>
        operation === 'CreateSkmSurvey'
          ? gqlError(
              'CONFLICT',
              'input.number',
              'Unit ini sudah memiliki survei untuk periode ini.',
              'This unit already has a survey for this period.',
            )
          : resolveNew(operation, variables),
      { user: UNIT_DESK },
    );
    await user.type(await screen.findByLabelText(/Judul survei/), 'SKM ganda');
    await user.click(screen.getByRole('button', { name: 'Buat survei' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Unit ini sudah memiliki survei untuk periode ini.' }).getAttribute('href')).toBe(
      '#skm-setup-number',
    );
  });

  it('edits title, expected users and hours only; the instrument is shown but fixed', async () => {
    const user = userEvent.setup({ delay: null });
    const survey: SkmSurveySetupQuery['skmSurvey'] = {
      id: 's1',
      title: 'SKM Samsat',
      serviceUnitId: 'unit-1',
      mallId: null,
      deskId: null,
      periodKind: 'QUARTER',
      year: 2026,
      number: 4,
      periodLabel: 'Triwulan IV 2026',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      expectedUsers: 1000,
      opensAt: '08:00',
      closesAt: '15:00',
      elements: NINE,
      result: { sample: { expectedUsers: 1000, required: 278, respondents: 139, adequate: false, shortBy: 139, percent: 50 } },
    };
    const { calls } = renderSkm(
      '/skm/surveys/s1/edit',
      (operation) =>
        operation === 'SkmSurveySetup'
          ? reply('SkmSurveySetup', { skmSurvey: survey })
          : operation === 'UpdateSkmSurveySetup'
            ? reply('UpdateSkmSurveySetup', { updateSkmSurvey: { id: 's1' } })
            : { data: null, errors: [{ message: operation }] },
      { user: ADMIN },
    );
    expect(await screen.findByText(/Unsur dan bobot tidak dapat diubah/)).toBeTruthy();
    expect(screen.queryByLabelText('Bobot unsur ke-1')).toBeNull();
    expect(screen.getByTestId('required-sample').textContent).toContain('Sudah 139 responden (50%).');
    await user.clear(screen.getByLabelText('Perkiraan jumlah pengguna layanan dalam periode'));
    await user.type(screen.getByLabelText('Perkiraan jumlah pengguna layanan dalam periode'), '100');
    expect(screen.getByTestId('required-sample').textContent).toBe(
      'Sampel minimal 80 responden untuk 100 pengguna layanan (Krejcie–Morgan). Sudah 139 responden (100%).',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    expect(calls.find((c) => c.operation === 'UpdateSkmSurveySetup')?.variables).toEqual({
      input: { id: 's1', title: 'SKM Samsat', expectedUsers: 100, opensAt: '08:00', closesAt: '15:00' },
    });
  });

  it('rule: a period that overlaps existing surveys of the unit is named before the survey is made', async () => {
    const user = userEvent.setup({ delay: null });
    renderSkm('/skm/surveys/new', resolveNew, { user: UNIT_DESK });
    await screen.findByText('Survei untuk Samsat Banjarmasin.');
    expect(screen.queryByTestId('overlap-warning')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Jenis periode'), 'HALF_YEAR');
    await user.clear(screen.getByLabelText('Tahun'));
    await user.type(screen.getByLabelText('Tahun'), '2026');
    await user.selectOptions(screen.getByLabelText(/Semester/), '2');
    const warning = await screen.findByTestId('overlap-warning');
    expect(within(warning).getByText('SKM Triwulan III (Triwulan III 2026)')).toBeTruthy();
    expect(within(warning).getByText('SKM Triwulan IV (Triwulan IV 2026)')).toBeTruthy();
  });

  it("rule: an operator's unit choice offers only its mall's tenant units (no search of every unit in Indonesia)", async () => {
    renderSkm('/skm/surveys/new', resolveNew, { user: OPERATOR });
    const unit = await screen.findByRole('combobox', { name: /^Unit/ });
    await within(unit).findByRole('option', { name: 'SAMSAT Kalimantan Selatan' });
    expect(
      within(unit)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih unit instansi tergabung (opsional)', 'SAMSAT Kalimantan Selatan']);
    expect(screen.queryByLabelText(/Cari unit/)).toBeNull();
  });
});

import { isDefinedPlugin, isPluginContext, type PluginContext, type PluginLanguage } from '@simpul/plugin-sdk';
import { UiProvider } from '@simpul/ui';
import { I18nProvider } from '@simpul/web-kit';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import plugin from './plugin';
import type { UnitIppData } from './unit-ipp-query';

const SAMSAT: UnitIppData = {
  serviceUnit: {
    id: 'unit-samsat',
    name: 'SAMSAT Kalimantan Selatan',
    ippResults: [
      { year: 2021, cycleName: 'PEKPPP 2021', index: 3.71, category: { code: 'B', label: 'Baik', labelEn: 'Good' }, origin: 'DEMO' },
      {
        year: 2022,
        cycleName: 'PEKPPP 2022',
        index: 4.02,
        category: { code: 'A-', label: 'Sangat Baik', labelEn: 'Very good' },
        origin: 'OFFICIAL',
      },
    ],
  },
};

/** A context as the portal builds it, with the GraphQL call answered by `answer`; `place` for an MPP desk page. */
function fakeContext(
  language: PluginLanguage,
  answer: (query: { source: string }) => Promise<unknown>,
  place: Partial<Pick<PluginContext, 'page' | 'deskId' | 'mallId'>> = {},
) {
  const graphql = jest.fn(answer);
  const context: PluginContext = {
    page: 'DESK_HOME',
    serviceUnitId: 'unit-samsat',
    agencyId: 'agency-samsat',
    deskId: null,
    mallId: null,
    ...place,
    language,
    graphql: graphql as PluginContext['graphql'],
  };
  return { context, graphql };
}

function mount(context: PluginContext) {
  const Plugin = plugin.component;
  return render(
    <I18nProvider initialLanguage={context.language}>
      <UiProvider>
        <Plugin context={context} />
      </UiProvider>
    </I18nProvider>,
  );
}

describe('the Samsat plugin', () => {
  it('is a plugin the portal accepts', () => {
    expect(isDefinedPlugin(plugin)).toBe(true);
    expect(isPluginContext(fakeContext('id', async () => SAMSAT).context)).toBe(true);
  });

  it("shows the unit's latest IPP with the shared grade badge, asking only for its own unit", async () => {
    const { context, graphql } = fakeContext('id', async () => SAMSAT);
    mount(context);
    expect((await screen.findByText('IPP PEKPPP 2022: 4,02')).isConnected).toBe(true);
    expect(screen.getAllByText('A- · Sangat Baik')[0].isConnected).toBe(true);
    expect(graphql).toHaveBeenCalledTimes(1);
    const [query, variables] = graphql.mock.calls[0] as unknown as [{ source: string }, unknown];
    expect(query.source).toMatch(/^query SamsatPluginUnitIpp\(\$id: ID!\) \{ serviceUnit\(id: \$id\)/);
    expect(variables).toEqual({ id: 'unit-samsat' });
  });

  it('moves the simulated index and category when an aspect is raised', async () => {
    const user = userEvent.setup();
    const { context } = fakeContext('id', async () => SAMSAT);
    mount(context);
    const status = await screen.findByText(/^Indeks simulasi: 4,02/);
    expect(status.textContent).toContain('Indeks simulasi: 4,02 (+0,00)');
    await user.selectOptions(screen.getByLabelText(/^Aspek b · Profesionalisme SDM/), '+2 tingkat');
    const live = screen.getByText(/^Indeks simulasi:/).closest('[role="status"]') as HTMLElement;
    expect(live.textContent).not.toContain('Indeks simulasi: 4,02');
    expect(live.textContent).toMatch(/\(\+0,\d\d\)/);
    // Raising a quarter of the weight by up to two levels from about 4 lands in A (Pelayanan Prima) or stays A-.
    expect(within(live).getByText(/^A-? · (Pelayanan Prima|Sangat Baik)$/).isConnected).toBe(true);
  });

  it('estimates the vehicle tax from the table and says it is an illustration', async () => {
    const user = userEvent.setup();
    const { context } = fakeContext('id', async () => SAMSAT);
    mount(context);
    const table = screen.getByRole('table', { name: 'Perkiraan PKB setahun' });
    expect(within(table).getByRole('row', { name: /Perkiraan per tahun/ }).textContent).toContain('Rp 4.183.200');
    expect(screen.getByText(/^Tabel ilustrasi, bukan tarif resmi/).isConnected).toBe(true);
    await user.selectOptions(screen.getByLabelText('Kendaraan ke- (atas nama pemilik yang sama)'), 'Ke-2');
    expect(within(table).getByRole('row', { name: /PKB pokok/ }).textContent).toContain('Rp 3.570.000');
    const njkb = screen.getByLabelText(/Nilai Jual Kendaraan Bermotor/);
    await user.clear(njkb);
    await user.type(njkb, '12,5 juta');
    expect(screen.getByText('Isi NJKB sebagai bilangan bulat rupiah, 0 sampai 10 miliar.').isConnected).toBe(true);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks English when the portal does', async () => {
    const { context } = fakeContext('en', async () => SAMSAT);
    mount(context);
    expect((await screen.findByText('IPP PEKPPP 2022: 4.02')).isConnected).toBe(true);
    expect(screen.getAllByText('A- · Very good')[0].isConnected).toBe(true);
    expect(screen.getByRole('heading', { name: 'Motor vehicle tax (PKB) estimate' }).isConnected).toBe(true);
    expect(screen.getByRole('row', { name: /Estimate per year/ }).textContent).toContain('Rp 4,183,200');
  });

  it('shows an error with a retry when its query is refused, and the rest of the plugin still works', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const { context, graphql } = fakeContext('id', async () => {
      if (refuse) throw new Error('Plugin tidak boleh membaca data itu.');
      return { serviceUnit: { ...SAMSAT.serviceUnit, ippResults: [] } };
    });
    mount(context);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('IPP unit tidak dapat dimuat');
    expect(alert.textContent).toContain('Plugin tidak boleh membaca data itu.');
    expect(screen.getByText(/Belum ada IPP: simulasi dimulai dari tingkat 3/).isConnected).toBe(true);
    expect(screen.getByRole('table', { name: 'Perkiraan PKB setahun' }).isConnected).toBe(true);
    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect((await screen.findByText('Unit ini belum memiliki hasil IPP.')).isConnected).toBe(true);
    expect(graphql).toHaveBeenCalledTimes(2);
  });

  describe('at an MPP desk (MALL_DESK with the mall)', () => {
    const DESK_DAYS_DATA = {
      deskDays: {
        totalCount: 2,
        edges: [
          { node: { id: 'dd-1', date: '2026-12-04', visitors: 41, complaints: 0, desk: { id: 'desk-3', number: 3, label: null } } },
          { node: { id: 'dd-2', date: '2026-12-05', visitors: 1234, complaints: 1, desk: { id: 'desk-3', number: 3, label: null } } },
        ],
      },
    };
    const answer = async (query: { source: string }) => (query.source.includes('deskDays') ? DESK_DAYS_DATA : SAMSAT);

    it('shows its desk’s last seven days there, asking deskDays for the mall and desk the portal gave it', async () => {
      const { context, graphql } = fakeContext('id', answer, { page: 'MALL_DESK', mallId: 'mall-bjm', deskId: 'desk-3' });
      mount(context);
      const table = await screen.findByRole('table', { name: 'Hari gerai 7 hari terakhir' });
      expect(within(table).getByRole('row', { name: /gerai 3 1\.234 1/ }).isConnected).toBe(true);
      expect(screen.getByText(/^Pengunjung dan pengaduan harian gerai 3 di MPP ini/).isConnected).toBe(true);
      const call = graphql.mock.calls.find(([query]) => query.source.includes('deskDays')) as unknown as [
        { source: string },
        Record<string, string>,
      ];
      expect(call[1]).toMatchObject({ mallId: 'mall-bjm', deskId: 'desk-3' });
      const days = (Date.parse(call[1].to) - Date.parse(call[1].from)) / 86_400_000;
      expect(days).toBe(6);
    });

    it('reads every desk of the mall when the portal named none, and shows nothing of it on the desk home', async () => {
      const { context, graphql } = fakeContext('en', answer, { page: 'MALL_DESK', mallId: 'mall-bjm' });
      const { unmount } = mount(context);
      expect((await screen.findByRole('table', { name: 'Desk days of the last 7 days' })).isConnected).toBe(true);
      expect(screen.getByText(/^Daily visitors and complaints of every desk at this MPP/).isConnected).toBe(true);
      const call = graphql.mock.calls.find(([query]) => query.source.includes('deskDays')) as unknown as [unknown, Record<string, string>];
      expect(call[1]).not.toHaveProperty('deskId');
      unmount();

      const home = fakeContext('id', answer);
      mount(home.context);
      await screen.findByText(/^IPP PEKPPP 2022/);
      expect(screen.queryByRole('heading', { name: 'Gerai di MPP: 7 hari terakhir' })).toBeNull();
      expect(home.graphql.mock.calls.map(([query]) => query.source).filter((source) => source.includes('deskDays'))).toEqual([]);
    });

    it("passes axe-core's WCAG 2.1 A/AA rules with the desk schedule shown", async () => {
      const { context } = fakeContext('id', answer, { page: 'MALL_DESK', mallId: 'mall-bjm', deskId: 'desk-3' });
      const { container } = mount(context);
      await screen.findByRole('table', { name: 'Hari gerai 7 hari terakhir' });
      await screen.findByText(/^IPP PEKPPP 2022/);
      const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null);
      const result = await axe
        .run(container, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          rules: { 'color-contrast': { enabled: false } },
        })
        .finally(() => getContext.mockRestore());
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    it('says so with a retry when the gateway refuses the desk days', async () => {
      const { context } = fakeContext(
        'id',
        async (query) => {
          if (query.source.includes('deskDays')) throw new Error('Plugin tidak diizinkan membaca `deskDays`.');
          return SAMSAT;
        },
        { page: 'MALL_DESK', mallId: 'mall-bjm' },
      );
      mount(context);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('Jadwal gerai tidak dapat dimuat');
      expect(within(alert).getByRole('button', { name: 'Coba lagi' }).isConnected).toBe(true);
    });
  });

  it("passes axe-core's WCAG 2.1 A/AA rules in both languages (contrast is left to Chromium)", async () => {
    for (const language of ['id', 'en'] as const) {
      const { context } = fakeContext(language, async () => SAMSAT);
      const { container, unmount } = mount(context);
      await screen.findByText(/^IPP PEKPPP 2022/);
      // jsdom has no canvas; axe asks for one to measure icon fonts and carries on without it.
      const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null);
      const result = await axe
        .run(container, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          rules: { 'color-contrast': { enabled: false } },
        })
        .finally(() => getContext.mockRestore());
      expect(result.passes.length).toBeGreaterThan(0);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      unmount();
    }
  });
});

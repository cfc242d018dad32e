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

/** A context as the portal builds it, with the GraphQL call answered by `answer`. */
function fakeContext(language: PluginLanguage, answer: () => Promise<unknown>) {
  const graphql = jest.fn(answer);
  const context: PluginContext = {
    page: 'DESK_HOME',
    serviceUnitId: 'unit-samsat',
    agencyId: 'agency-samsat',
    deskId: null,
    mallId: null,
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

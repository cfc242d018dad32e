import { definePlugin, type DefinedPlugin, type PluginProps } from '@simpul/plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';
import { SessionProvider } from '../session/session-context';
import { writeStoredSession } from '../session/session-storage';
import { jsonResponse } from '../testing/json-response';
import { PluginHostProvider } from './plugin-host-context';
import { PluginSlot, type PluginSlotProps } from './plugin-slot';
import { PluginLoadError, type HostedPlugin, type PluginLoader } from './plugin-types';

const UNIT = 'unit-samsat';

function hosted(id: string, name: string): HostedPlugin {
  return {
    id,
    name: { id: name, en: `${name} (EN)` },
    agency: { id: 'agency-samsat' },
    entryUrl: `http://127.0.0.1:4300/${id}/remoteEntry.js`,
    exposedModule: './Plugin',
    version: '1.0.0',
    sha256: 'ab'.repeat(32),
    integrity: 'sha256-q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=',
  };
}

const TAX = hosted('p-tax', 'Estimasi Pajak');
const QUEUE = hosted('p-queue', 'Antrean');

/** A plugin that reads its unit's name through context.graphql and shows where it is. */
function UnitNamePlugin({ context }: PluginProps) {
  const [name, setName] = useState('…');
  useEffect(() => {
    void context
      .graphql<{ serviceUnit: { name: string } }, { id: string }>('query Unit($id: ID!) { serviceUnit(id: $id) { name } }', {
        id: context.serviceUnitId,
      })
      .then((data) => setName(data.serviceUnit.name));
  }, [context]);
  return (
    <p>
      {context.page} {context.agencyId} {context.language}: {name}
    </p>
  );
}

function Thrower(): never {
  throw new Error('plugin bug');
}

/** /graphql as the gateway answers the slot: the plugin list, one token per plugin, and the plugin's own query. */
/** `listRefusals`: codes the plugin list is answered with, one per request, before it succeeds. */
function fakeGateway(plugins: HostedPlugin[], options: { expiredTokens?: string[]; listRefusals?: string[] } = {}) {
  const listRefusals = [...(options.listRefusals ?? [])];
  const calls: { operation: string; headers: Record<string, string>; variables: Record<string, unknown> }[] = [];
  let tokens = 0;
  const fetchImpl = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
    const operation = /^(query|mutation) (\w+)/.exec(body.query)?.[2] ?? 'anonymous';
    calls.push({ operation, headers: init?.headers as Record<string, string>, variables: body.variables });
    const refusal = operation === 'PluginsFor' ? listRefusals.shift() : undefined;
    if (refusal)
      return jsonResponse({
        errors: [{ message: refusal, extensions: { code: refusal, messages: { id: `Ditolak: ${refusal}`, en: refusal } } }],
      });
    if (operation === 'PluginsFor') return jsonResponse({ data: { pluginsFor: plugins } });
    if (operation === 'PluginSession') {
      tokens += 1;
      return jsonResponse({
        data: { pluginSession: { token: `plugin-token-${tokens}`, expiresAt: new Date(Date.now() + 600_000).toISOString() } },
      });
    }
    const pluginToken = (init?.headers as Record<string, string>)['x-simpul-plugin-token'];
    if (operation === 'Unit' && pluginToken && options.expiredTokens?.includes(pluginToken))
      return jsonResponse({ errors: [{ message: 'The plugin token has expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    if (operation === 'Unit') return jsonResponse({ data: { serviceUnit: { name: 'SAMSAT Banjarmasin' } } });
    return jsonResponse({ errors: [{ message: 'unexpected' }] }, 400);
  });
  return { fetchImpl, calls };
}

function renderSlot(options: {
  load?: PluginLoader;
  plugins: HostedPlugin[];
  language?: Language;
  signedIn?: boolean;
  expiredTokens?: string[];
  listRefusals?: string[];
  place?: Partial<PluginSlotProps>;
}) {
  if (options.signedIn !== false)
    writeStoredSession({
      accessToken: 'person-token',
      expiresAt: new Date(Date.now() + 900_000).toISOString(),
      user: {
        id: 'u-desk',
        email: 'desk@samsat.test',
        displayName: 'Desk Samsat',
        role: 'UNIT_DESK',
        serviceUnit: { id: UNIT, name: 'SAMSAT' },
        mallId: null,
      },
    });
  const gateway = fakeGateway(options.plugins, { expiredTokens: options.expiredTokens, listRefusals: options.listRefusals });
  const slot = <PluginSlot page="DESK_HOME" serviceUnitId={UNIT} {...options.place} />;
  const view = render(
    <I18nProvider initialLanguage={options.language ?? 'id'}>
      <SessionProvider fetchImpl={gateway.fetchImpl}>
        <main>
          <h1>Beranda</h1>
          {options.load ? <PluginHostProvider load={options.load}>{slot}</PluginHostProvider> : slot}
        </main>
      </SessionProvider>
    </I18nProvider>,
  );
  return { ...view, ...gateway };
}

const loaded = (byId: Record<string, DefinedPlugin>): PluginLoader => jest.fn(async (plugin: HostedPlugin) => byId[plugin.id]);

beforeEach(() => window.sessionStorage.clear());

describe('PluginSlot', () => {
  it("renders an approved plugin under its name with a context whose GraphQL calls carry the person's session and the plugin token", async () => {
    const load = loaded({ [TAX.id]: definePlugin({ component: UnitNamePlugin }) });
    const { calls } = renderSlot({ load, plugins: [TAX] });

    const region = await screen.findByRole('region', { name: 'Estimasi Pajak' });
    expect(within(region).getByRole('status').textContent).toContain('Memuat plugin Estimasi Pajak…');
    expect(await within(region).findByText('DESK_HOME agency-samsat id: SAMSAT Banjarmasin')).toBeTruthy();
    expect(within(region).getByText('Plugin instansi · versi 1.0.0')).toBeTruthy();
    expect(load).toHaveBeenCalledWith(TAX, 0);

    expect(calls.find((call) => call.operation === 'PluginsFor')?.variables).toEqual({ page: 'DESK_HOME', serviceUnitId: UNIT });
    expect(calls.find((call) => call.operation === 'PluginSession')?.variables).toEqual({ pluginId: TAX.id, serviceUnitId: UNIT });
    const own = calls.find((call) => call.operation === 'Unit');
    expect(own?.headers).toMatchObject({ authorization: 'Bearer person-token', 'x-simpul-plugin-token': 'plugin-token-1' });
    // The slot's own requests are the person's only.
    expect(calls.find((call) => call.operation === 'PluginsFor')?.headers).not.toHaveProperty('x-simpul-plugin-token');
  });

  it('on an MPP desk page, gives the plugin the mall and desk and asks for a token naming them', async () => {
    function Where({ context }: PluginProps) {
      return <p>{`${context.page} mall=${String(context.mallId)} desk=${String(context.deskId)}`}</p>;
    }
    const { calls } = renderSlot({
      load: loaded({ [TAX.id]: definePlugin({ component: Where }) }),
      plugins: [TAX],
      place: { page: 'MALL_DESK', mallId: 'mall-bjm', deskId: 'desk-3' },
    });
    expect(await screen.findByText('MALL_DESK mall=mall-bjm desk=desk-3')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'PluginSession')?.variables).toEqual({
      pluginId: TAX.id,
      serviceUnitId: UNIT,
      mallId: 'mall-bjm',
      deskId: 'desk-3',
    });
  });

  it("replaces a plugin token the gateway calls expired, without ending the person's session", async () => {
    const { calls } = renderSlot({
      load: loaded({ [TAX.id]: definePlugin({ component: UnitNamePlugin }) }),
      plugins: [TAX],
      expiredTokens: ['plugin-token-1'],
    });
    expect(await screen.findByText('DESK_HOME agency-samsat id: SAMSAT Banjarmasin')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'PluginSession')).toHaveLength(2);
    expect(calls.filter((call) => call.operation === 'Unit').at(-1)?.headers).toMatchObject({ 'x-simpul-plugin-token': 'plugin-token-2' });
    expect(window.sessionStorage.length).toBeGreaterThan(0);
  });

  it('names the plugin and passes the language in English', async () => {
    renderSlot({ load: loaded({ [TAX.id]: definePlugin({ component: UnitNamePlugin }) }), plugins: [TAX], language: 'en' });
    expect(await screen.findByText('DESK_HOME agency-samsat en: SAMSAT Banjarmasin')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Estimasi Pajak (EN)' })).toBeTruthy();
  });

  it('shows an error panel when the loader rejects, and its retry loads the plugin again', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = jest
      .fn<Promise<DefinedPlugin>, Parameters<PluginLoader>>()
      .mockRejectedValueOnce(new Error('ScriptNetworkError'))
      .mockResolvedValue(definePlugin({ component: UnitNamePlugin }));
    renderSlot({ load, plugins: [TAX] });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Plugin Estimasi Pajak tidak dapat dimuat');
    expect(alert.textContent).toContain('Berkas plugin tidak dapat diambil dari server instansi.');
    expect(screen.getByRole('heading', { level: 1, name: 'Beranda' })).toBeTruthy();

    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('DESK_HOME agency-samsat id: SAMSAT Banjarmasin')).toBeTruthy();
    expect(load).toHaveBeenLastCalledWith(TAX, 1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the entry no longer matches the registered fingerprint', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const load: PluginLoader = () => Promise.reject(new PluginLoadError('integrity', 'sha256 mismatch'));
    renderSlot({ load, plugins: [TAX], language: 'en' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      "Plugin Estimasi Pajak (EN) could not be loadedThe plugin's file no longer matches the fingerprint (SHA-256) that was registered and approved",
    );
  });

  it('keeps a plugin that throws inside its own panel while its sibling still renders', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = loaded({ [TAX.id]: definePlugin({ component: Thrower }), [QUEUE.id]: definePlugin({ component: UnitNamePlugin }) });
    renderSlot({ load, plugins: [TAX, QUEUE] });

    const broken = await screen.findByRole('region', { name: 'Estimasi Pajak' });
    expect((await within(broken).findByRole('alert')).textContent).toContain('Plugin mengalami galat saat ditampilkan.');
    const sibling = screen.getByRole('region', { name: 'Antrean' });
    expect(await within(sibling).findByText('DESK_HOME agency-samsat id: SAMSAT Banjarmasin')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Beranda' })).toBeTruthy();
  });

  it('says so when the list of plugins cannot be fetched, and its retry asks again', async () => {
    const load = loaded({ [TAX.id]: definePlugin({ component: UnitNamePlugin }) });
    renderSlot({ load, plugins: [TAX], listRefusals: ['INTERNAL_SERVER_ERROR'] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Plugin tidak dapat dimuat');
    expect(alert.textContent).toContain('Ditolak: INTERNAL_SERVER_ERROR');
    await userEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('DESK_HOME agency-samsat id: SAMSAT Banjarmasin')).toBeTruthy();
  });

  it('shows nothing to someone who may not work on the unit', async () => {
    const load = jest.fn<Promise<DefinedPlugin>, Parameters<PluginLoader>>();
    const { container, calls } = renderSlot({ load, plugins: [TAX], listRefusals: ['FORBIDDEN'] });
    await waitFor(() => expect(calls.map((call) => call.operation)).toEqual(['PluginsFor']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('main')?.children).toHaveLength(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('renders nothing when the page has no plugins', async () => {
    const load = jest.fn<Promise<DefinedPlugin>, Parameters<PluginLoader>>();
    const { container, calls } = renderSlot({ load, plugins: [] });
    await waitFor(() => expect(calls.map((call) => call.operation)).toEqual(['PluginsFor']));
    expect(container.querySelector('main')?.children).toHaveLength(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('asks nothing outside the portal (no host) or for the public', () => {
    const outside = renderSlot({ plugins: [TAX] });
    expect(outside.fetchImpl).not.toHaveBeenCalled();
    outside.unmount();
    window.sessionStorage.clear();
    const publicView = renderSlot({ load: jest.fn(), plugins: [TAX], signedIn: false });
    expect(publicView.fetchImpl).not.toHaveBeenCalled();
  });
});

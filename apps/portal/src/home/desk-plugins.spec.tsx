import { definePlugin, type PluginProps } from '@simpul/plugin-sdk';
import { SESSION_STORAGE_KEY, type HostedPlugin } from '@simpul/web-kit';
import { screen, waitFor, within } from '@testing-library/react';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';

const load = jest.fn(() => Promise.resolve(() => null));
const DESK = {
  id: 'u1',
  email: 'desk.samsat-kalsel@simpul.test',
  displayName: 'Petugas Samsat',
  role: 'UNIT_DESK',
  mallId: null,
  serviceUnit: { id: 'unit-9', name: 'Samsat Kalimantan Selatan' },
};
const TAX: HostedPlugin = {
  id: 'p-tax',
  name: { id: 'Estimasi Pajak Kendaraan', en: 'Vehicle tax estimate' },
  agency: { id: 'agency-samsat' },
  entryUrl: 'http://127.0.0.1:4300/remoteEntry.js',
  exposedModule: './Plugin',
  version: '1.0.0',
  sha256: 'cd'.repeat(32),
  integrity: 'sha256-zc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc0=',
};

function signIn(user: unknown) {
  window.sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }),
  );
}

const Estimate = ({ context }: PluginProps) => <p>Pajak untuk unit {context.serviceUnitId}</p>;

beforeEach(() => window.sessionStorage.clear());

describe('desk plugins on the home page', () => {
  it("shows the desk's approved DESK_HOME plugins for its own unit", async () => {
    signIn(DESK);
    const network = graphqlNetwork({
      PluginsFor: () => ({ data: { pluginsFor: [TAX] } }),
      PluginSession: () => ({ data: { pluginSession: { token: 'pt', expiresAt: new Date(Date.now() + 600_000).toISOString() } } }),
    });
    const loadPlugin = jest.fn(async () => definePlugin({ component: Estimate }));
    renderPortal({ load, fetchImpl: network.fetchImpl, loadPlugin });

    const region = await screen.findByRole('region', { name: 'Estimasi Pajak Kendaraan' });
    expect(await within(region).findByText('Pajak untuk unit unit-9')).toBeTruthy();
    expect(network.named('PluginsFor')[0]?.variables).toEqual({ page: 'DESK_HOME', serviceUnitId: 'unit-9' });
    expect(loadPlugin).toHaveBeenCalledWith(TAX, 0);
  });

  it('asks for no plugins for someone who is not a desk', async () => {
    signIn({ ...DESK, role: 'EVALUATOR', serviceUnit: null });
    const network = graphqlNetwork({});
    renderPortal({ load, fetchImpl: network.fetchImpl, loadPlugin: jest.fn() });
    // The home asks for the person's tasks as it renders; a slot would ask at the same moment.
    await waitFor(() => expect(network.named('MyTasks').length).toBeGreaterThan(0));
    expect(network.named('PluginsFor')).toHaveLength(0);
  });
});

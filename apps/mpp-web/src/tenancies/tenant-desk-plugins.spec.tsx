import { definePlugin, type PluginProps } from '@simpul/plugin-sdk';
import type { HostedPlugin, PluginLoader } from '@simpul/web-kit';
import { screen, within } from '@testing-library/react';
import type { SessionUser } from '@simpul/web-kit';
import { DESK, renderMpp, unexpected } from '../testing/render-mpp';
import { service, STEPS, tenancyAt } from '../testing/fixtures';
import { pageOf } from '../testing/page-of';
import { reply } from '../testing/reply';
import type { TenancyDetail } from './tenancy.operations';

// The agency's MALL_DESK plugins on the tenancy page: each shown once for the tenancy, run for one
// unit of the agency (the signed-in desk's own, else the first), with the mall and (when the tenant
// has one) its desk.

const PASSPORT: HostedPlugin = {
  id: 'p-passport',
  name: { id: 'Cek janji paspor', en: 'Passport appointment check' },
  agency: { id: 'agency-imi' },
  entryUrl: 'http://127.0.0.1:4300/imigrasi/remoteEntry.js',
  exposedModule: './Plugin',
  version: '1.0.0',
  sha256: 'ab'.repeat(32),
  integrity: 'sha256-q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=',
};

/** Shows the context the portal gave it. */
function WhereAmI({ context }: PluginProps) {
  return <p>{`${context.page} unit=${context.serviceUnitId} desk=${String(context.deskId)} mall=${String(context.mallId)}`}</p>;
}

const CHECK = definePlugin({ component: WhereAmI });
const PASPOR = service({ name: 'Paspor elektronik' });
const VISA = service({ name: 'Visa kunjungan' });
const KANIM_2 = {
  ...service({ name: 'Izin tinggal' }),
  id: 'ts-kitas',
  serviceUnit: { id: 'unit-imi-2', name: 'Kantor Imigrasi Kotabaru' },
};

function serve(tenancy: TenancyDetail) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'Tenancy') return reply('Tenancy', { tenancy, onboardingSteps: STEPS });
    if (operation === 'PluginsFor') return { data: { pluginsFor: variables['page'] === 'MALL_DESK' ? [PASSPORT] : [] } };
    if (operation === 'PluginSession') return { data: { pluginSession: { token: 'plugin-token', expiresAt: '2099-01-01T00:00:00Z' } } };
    return unexpected(operation);
  };
}

function open(tenancy: TenancyDetail, user?: SessionUser) {
  const load = jest.fn<ReturnType<PluginLoader>, Parameters<PluginLoader>>(() => Promise.resolve(CHECK));
  const view = renderMpp(`/mpp/tenancies/${tenancy.id}`, serve(tenancy), { loadPlugin: load, ...(user ? { user } : {}) });
  return { ...view, load };
}

describe("the tenant's desk plugins on the tenancy page", () => {
  it('shows each of the agency’s MALL_DESK plugins once for a tenant with several units, run for its first unit with the mall and its one desk', async () => {
    const tenancy = tenancyAt('LIVE', { services: pageOf([PASPOR, VISA, KANIM_2]) });
    const { calls, load } = open(tenancy);

    const region = await screen.findByRole('region', { name: 'Cek janji paspor' });
    expect(await within(region).findByText('MALL_DESK unit=unit-imi desk=desk-7 mall=mall-bjm')).toBeTruthy();
    expect(screen.getAllByRole('region', { name: 'Cek janji paspor' })).toHaveLength(1);
    expect(calls.filter((call) => call.operation === 'PluginsFor').map((call) => call.variables)).toEqual([
      { page: 'MALL_DESK', serviceUnitId: 'unit-imi' },
    ]);
    expect(calls.filter((call) => call.operation === 'PluginSession').map((call) => call.variables)).toEqual([
      { pluginId: PASSPORT.id, serviceUnitId: 'unit-imi', mallId: 'mall-bjm', deskId: 'desk-7' },
    ]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(PASSPORT, 0);
  });

  it('runs them for the signed-in desk’s own unit when it is one of the tenant’s', async () => {
    const tenancy = tenancyAt('LIVE', { services: pageOf([PASPOR, KANIM_2]) });
    const { calls } = open(tenancy, { ...DESK, serviceUnit: { id: 'unit-imi-2', name: 'Kantor Imigrasi Kotabaru' } });
    const region = await screen.findByRole('region', { name: 'Cek janji paspor' });
    expect(await within(region).findByText('MALL_DESK unit=unit-imi-2 desk=desk-7 mall=mall-bjm')).toBeTruthy();
    expect(calls.filter((call) => call.operation === 'PluginsFor').map((call) => call.variables)).toEqual([
      { page: 'MALL_DESK', serviceUnitId: 'unit-imi-2' },
    ]);
  });

  it('names no desk when the tenant serves at several (the plugin reads the schedule itself)', async () => {
    const tenancy = tenancyAt('LIVE', {
      services: pageOf([PASPOR]),
      deskAssignments: [
        { id: 'as-1', weekday: 'MONDAY', staffCount: 2, desk: { id: 'desk-7', number: 7, label: null } },
        { id: 'as-2', weekday: 'TUESDAY', staffCount: 1, desk: { id: 'desk-8', number: 8, label: null } },
        { id: 'as-3', weekday: 'WEDNESDAY', staffCount: 1, desk: { id: 'desk-7', number: 7, label: null } },
      ],
    });
    open(tenancy);
    const region = await screen.findByRole('region', { name: 'Cek janji paspor' });
    expect(await within(region).findByText('MALL_DESK unit=unit-imi desk=null mall=mall-bjm')).toBeTruthy();
  });

  it('asks for no plugins once the tenant has left the mall', async () => {
    const tenancy = tenancyAt('LIVE', { step: 'LEFT', leftAt: '2026-11-30T03:00:00Z', services: pageOf([PASPOR]) });
    const { calls, load } = open(tenancy);
    await screen.findByRole('heading', { name: 'Riwayat tahap' });
    expect(calls.map((call) => call.operation)).not.toContain('PluginsFor');
    expect(load).not.toHaveBeenCalled();
  });
});

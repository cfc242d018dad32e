import type { PluginPage } from '@simpul/contracts';
import { useQuery } from '../graphql/use-query';
import { useT } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { PluginFrame } from './plugin-frame';
import { usePluginHost, type PluginHost } from './plugin-host-context';
import { PLUGINS } from './plugin-messages';
import { PLUGINS_FOR } from './plugin-operations';
import { PluginErrorPanel } from './plugin-panels';

export interface PluginSlotProps {
  page: PluginPage;
  serviceUnitId: string;
  /**
   * Where a MALL_DESK page runs its plugins: the MPP (and the tenant's desk there). They go into the
   * plugin's context and its token, so MPP_DESK_SCHEDULE_READ can read that mall's desk days; the
   * registry refuses a mall where the unit's agency is no tenant.
   */
  deskId?: string | null;
  mallId?: string | null;
  /** The level of each plugin's heading under the page's own (default 2). */
  headingLevel?: 2 | 3;
}

/**
 * Where agency plugins appear on a page: the approved plugins of the unit's agency for `page`,
 * each under its name, loaded by the portal (PluginHostProvider) and isolated from the page and
 * from each other. Nothing at all when there are none, for the public, or outside the portal.
 */
export function PluginSlot(props: PluginSlotProps) {
  const host = usePluginHost();
  const { user } = useSession();
  if (!host || !user || !props.serviceUnitId) return null;
  return <PluginList host={host} {...props} />;
}

function PluginList({ host, page, serviceUnitId, deskId = null, mallId = null, headingLevel = 2 }: PluginSlotProps & { host: PluginHost }) {
  const t = useT(PLUGINS);
  const { data, errors, refetch } = useQuery(PLUGINS_FOR, { page, serviceUnitId });
  if (errors) {
    // Someone who may not work on this unit simply has no plugins here.
    if (errors.some((error) => error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED' || error.code === 'NOT_FOUND')) return null;
    return (
      <PluginErrorPanel
        title={t('listFailedTitle')}
        message={t('listFailed', { reason: errors[0]?.message ?? '' })}
        retryLabel={t('retry')}
        onRetry={refetch}
      />
    );
  }
  const plugins = data?.pluginsFor ?? [];
  if (plugins.length === 0) return null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-lg, 20px)' }}>
      {plugins.map((plugin) => (
        <PluginFrame
          key={plugin.id}
          host={host}
          plugin={plugin}
          page={page}
          serviceUnitId={serviceUnitId}
          deskId={deskId}
          mallId={mallId}
          headingLevel={headingLevel}
        />
      ))}
    </div>
  );
}

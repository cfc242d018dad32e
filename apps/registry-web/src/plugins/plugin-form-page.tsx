import { Alert, Text } from '@mantine/core';
import { ErrorPanel, LoadingState, PageHeader } from '@simpul/ui';
import { useBasePath, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useNavigate } from 'react-router';
import { REGISTRY } from '../messages';
import { maySubmitPlugins } from './plugin-access';
import { pluginCrumbs } from './plugin-crumbs';
import type { RegisterDeskPluginInput } from './plugin-enums';
import { PluginForm, type AgencyChoice } from './plugin-form';
import { PluginGate } from './plugin-gate';
import { PLUGIN_DESK_UNIT, PLUGIN_LOCAL_ADMIN_OF, REGISTER_DESK_PLUGIN } from './plugin.operations';

/** Ajukan plugin: a desk (or a KIPP local admin) submits its agency's plugin for review. */
export function PluginFormPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { user } = useSession();
  const title = t('plugins.form.title');
  const crumbs = pluginCrumbs(to, t, { label: title });
  return (
    <PluginGate title={title} breadcrumbs={crumbs} signInMessage={t('plugins.form.signIn')}>
      <PageHeader title={title} description={t('plugins.form.description')} breadcrumbs={crumbs} />
      {maySubmitPlugins(user) ? (
        <SubmitPlugin />
      ) : (
        <Alert color="yellow">
          <Text c="dark">{t('plugins.form.deskOnly')}</Text>
        </Alert>
      )}
    </PluginGate>
  );
}

function SubmitPlugin() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const unitId = user?.serviceUnit?.id ?? '';
  const unit = useQuery(PLUGIN_DESK_UNIT, { id: unitId }, { skip: !unitId });
  // KIPP may be unreachable: the desk's own agency is still offered.
  const localAdmin = useQuery(PLUGIN_LOCAL_ADMIN_OF, {});
  const [register] = useMutation(REGISTER_DESK_PLUGIN);

  if ((unitId && unit.loading) || localAdmin.loading) return <LoadingState />;
  const agencies: AgencyChoice[] = [];
  const own = unit.data?.serviceUnit?.agency;
  if (own) agencies.push(own);
  for (const { agency } of localAdmin.data?.myKippRoles.localAdminOf ?? []) {
    if (!agencies.some((a) => a.id === agency.id)) agencies.push(agency);
  }
  if (agencies.length === 0 && unit.errors) {
    return <ErrorPanel title={t('error.loadTitle')} message={unit.errors.map((e) => e.message).join(' ')} onRetry={unit.refetch} />;
  }

  async function submit(input: RegisterDeskPluginInput) {
    const result = await register({ input });
    if (result.errors) return result.errors;
    void navigate(to(`/plugins/${result.data.registerDeskPlugin.id}`));
    return null;
  }

  return <PluginForm agencies={agencies} onSubmit={submit} onCancel={() => void navigate(to('/plugins'))} />;
}

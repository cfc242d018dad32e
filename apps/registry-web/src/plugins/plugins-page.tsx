import { Anchor, Box, Button, Fieldset, SimpleGrid, Text } from '@mantine/core';
import {
  DataTable,
  EmptyState,
  ErrorPanel,
  PageHeader,
  SelectField,
  serverPagination,
  useCursorPages,
  type DataTableColumn,
} from '@simpul/ui';
import { formatDate, useBasePath, useLanguage, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { AgencyPicker } from '../shared/agency-picker';
import type { PickerOption } from '../shared/search-picker';
import { useCountText } from '../shared/use-count-text';
import { mayOpenPlugins, mayReviewPlugins, maySubmitPlugins } from './plugin-access';
import { pluginCrumbs } from './plugin-crumbs';
import { DESK_PLUGIN_STATUSES, type DeskPluginStatus } from './plugin-enums';
import { PluginGate } from './plugin-gate';
import { PluginStatusBadge } from './plugin-status-badge';
import { DESK_PLUGINS, type DeskPluginRow } from './plugin.operations';

export const PLUGINS_PAGE_SIZE = 20;

/** Plugin desk: a desk's own agency's plugins, or every agency's for the national admin, by status. */
export function PluginsPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { user } = useSession();
  const title = t('plugins.title');
  const crumbs = pluginCrumbs(to, t);
  return (
    <PluginGate title={title} breadcrumbs={crumbs} signInMessage={t('plugins.signIn')}>
      <PageHeader
        title={title}
        description={t(mayReviewPlugins(user) ? 'plugins.description' : 'plugins.descriptionDesk')}
        breadcrumbs={crumbs}
        actions={
          maySubmitPlugins(user) && (
            <Button component={Link} to={to('/plugins/new')}>
              {t('plugins.submit')}
            </Button>
          )
        }
      />
      {mayOpenPlugins(user) && <PluginList />}
    </PluginGate>
  );
}

function PluginList() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const countText = useCountText();
  const [language] = useLanguage();
  const { user } = useSession();
  const admin = mayReviewPlugins(user);
  const [status, setStatus] = useState<DeskPluginStatus | ''>('');
  const [agency, setAgency] = useState<PickerOption | null>(null);
  const filter = { ...(status ? { status } : {}), ...(agency ? { agencyId: agency.id } : {}) };
  const pages = useCursorPages(JSON.stringify(filter));
  const query = useQuery(DESK_PLUGINS, { ...filter, first: PLUGINS_PAGE_SIZE, after: pages.after });
  const connection = query.data?.deskPlugins;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Object.keys(filter).length > 0;
  // A KIPP local admin may follow several agencies' plugins: then the agency column says whose.
  const showAgency = admin || new Set(rows.map((row) => row.agency.id)).size > 1;

  const columns: DataTableColumn<DeskPluginRow>[] = [
    {
      key: 'name',
      header: t('plugins.col.name'),
      cell: (row) => (
        <Anchor component={Link} to={to(`/plugins/${row.id}`)} fw={600}>
          {row.name[language]}
        </Anchor>
      ),
    },
    ...(showAgency ? [{ key: 'agency', header: t('plugins.col.agency'), cell: (row: DeskPluginRow) => row.agency.name }] : []),
    { key: 'version', header: t('plugins.col.version'), cell: (row) => row.version },
    { key: 'pages', header: t('plugins.col.pages'), cell: (row) => row.pages.map((page) => t(`plugins.page.${page}`)).join(', ') },
    { key: 'status', header: t('plugins.col.status'), cell: (row) => <PluginStatusBadge status={row.status} /> },
    { key: 'submittedAt', header: t('plugins.col.submittedAt'), cell: (row) => formatDate(row.submittedAt, language) },
  ];

  return (
    <>
      <Box role="search" aria-label={t('plugins.filters')} mb="md">
        <Fieldset legend={t('plugins.filters')}>
          <SimpleGrid cols={{ base: 1, sm: admin ? 2 : 1 }} maw={admin ? undefined : 420}>
            <SelectField
              id="plugins-status"
              label={t('plugins.status')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as DeskPluginStatus | '')}
              data={[
                { value: '', label: t('plugins.allStatuses') },
                ...DESK_PLUGIN_STATUSES.map((s) => ({ value: s, label: t(`plugins.status.${s}`) })),
              ]}
            />
            {admin && (
              <AgencyPicker
                id="plugins-agency"
                label={t('plugins.agency')}
                value={agency}
                onChange={setAgency}
                noneLabel={t('plugins.allAgencies')}
              />
            )}
          </SimpleGrid>
        </Fieldset>
      </Box>
      <Text role="status" aria-live="polite" fw={600} my="sm">
        {connection ? countText('plugins.found', connection.totalCount) : ''}
      </Text>
      {query.errors && (
        <ErrorPanel title={t('error.loadTitle')} message={query.errors.map((e) => e.message).join(' ')} onRetry={query.refetch} />
      )}
      {(connection || query.loading) && (
        <DataTable
          caption={t('plugins.title')}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          loading={query.loading}
          empty={
            filtered ? (
              <EmptyState title={t('plugins.none')}>{t('plugins.noneHelp')}</EmptyState>
            ) : (
              <EmptyState
                title={t('plugins.empty')}
                action={
                  maySubmitPlugins(user) && (
                    <Button component={Link} to={to('/plugins/new')}>
                      {t('plugins.submit')}
                    </Button>
                  )
                }
              >
                {admin ? null : t('plugins.emptyDesk')}
              </EmptyState>
            )
          }
          pagination={connection ? serverPagination(connection, pages, PLUGINS_PAGE_SIZE) : undefined}
        />
      )}
    </>
  );
}

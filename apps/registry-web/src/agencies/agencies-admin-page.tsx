import { Anchor, Button, Checkbox, Group, Text, TextInput } from '@mantine/core';
import {
  CategoryBadge,
  DataTable,
  EmptyState,
  ErrorPanel,
  PageHeader,
  serverPagination,
  useCursorPages,
  type DataTableColumn,
} from '@simpul/ui';
import { useBasePath, useDebounced, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { isNationalAdmin } from '../admin/admin-access';
import { adminCrumbs } from '../admin/admin-crumbs';
import { NotAllowed } from '../admin/not-allowed';
import { REGISTRY } from '../messages';
import { ADMIN_AGENCIES, type AgencyAdminRow } from './agency.operations';
import { useCountText } from '../shared/use-count-text';
import { ListDownload } from '../exports/list-download';

const PAGE_SIZE = 20;

/** Instansi for the national admin: search, archived ones on request, paged by the server. */
export function AgenciesAdminPage() {
  const t = useT(REGISTRY);
  const countText = useCountText();
  const to = useBasePath();
  const { user } = useSession();
  const admin = isNationalAdmin(user);
  const [text, setText] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const search = useDebounced(text.trim(), 300);
  const filter = { ...(search ? { search } : {}), ...(includeArchived ? { includeArchived } : {}) };
  const pages = useCursorPages(JSON.stringify(filter));
  const query = useQuery(ADMIN_AGENCIES, { first: PAGE_SIZE, after: pages.after, filter }, { skip: !admin });
  const connection = query.data?.agencies;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const title = t('agencies.title');
  const crumbs = adminCrumbs(to, t, { label: title });
  if (!admin) return <NotAllowed title={title} breadcrumbs={crumbs} reason={t('agencies.adminOnly')} />;

  const columns: DataTableColumn<AgencyAdminRow>[] = [
    {
      key: 'name',
      header: t('col.name'),
      cell: (row) => (
        <Anchor component={Link} to={to(`/agencies/${row.id}`)} fw={600}>
          {row.name}
        </Anchor>
      ),
    },
    { key: 'type', header: t('col.type'), cell: (row) => t(`agencyType.${row.type}`) },
    { key: 'region', header: t('col.region'), cell: (row) => row.region?.name ?? '—' },
    { key: 'parent', header: t('agencyForm.parent'), cell: (row) => row.parent?.name ?? '—' },
    { key: 'units', header: t('col.units'), numeric: true, cell: (row) => row.serviceUnitCount },
    {
      key: 'status',
      header: t('agencies.status'),
      cell: (row) =>
        row.archived ? (
          <CategoryBadge tone="neutral" label={t('agencies.archived')} />
        ) : (
          <CategoryBadge tone="success" label={t('agencies.active')} />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={title}
        description={t('agencies.description')}
        breadcrumbs={crumbs}
        actions={
          <Button component={Link} to={to('/admin/agencies/new')}>
            {t('agencies.create')}
          </Button>
        }
      />
      <Group align="flex-end" mb="md" wrap="wrap" role="search">
        <TextInput
          id="agencies-search"
          type="search"
          label={t('agencies.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={{ base: '100%', sm: 420 }}
        />
        <Checkbox
          id="agencies-archived"
          label={t('agencies.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Text role="status" aria-live="polite" fw={600} my="sm">
        {connection ? countText('agencies.found', connection.totalCount) : ''}
      </Text>
      <ListDownload list="agencies" filter={filter} />
      {query.errors && <ErrorPanel title={t('error.loadTitle')} message={query.errors[0]?.message} onRetry={query.refetch} />}
      {(connection || query.loading) && (
        <DataTable
          caption={title}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          loading={query.loading}
          empty={
            // "No match" only for a search; an empty registry says so and offers the first step.
            search ? (
              <EmptyState title={t('agencies.noneFound')}>{t('agencies.noneFoundHelp')}</EmptyState>
            ) : (
              <EmptyState
                title={t('agencies.empty')}
                action={
                  <Button component={Link} to={to('/admin/agencies/new')}>
                    {t('agencies.create')}
                  </Button>
                }
              />
            )
          }
          pagination={connection ? serverPagination(connection, pages, PAGE_SIZE) : undefined}
        />
      )}
    </>
  );
}

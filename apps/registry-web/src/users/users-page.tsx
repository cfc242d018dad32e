import { Anchor, Box, Button, Fieldset, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { ROLES, type Role } from '@simpul/contracts';
import { DataTable, EmptyState, ErrorPanel, PageHeader, serverPagination, useCursorPages, type DataTableColumn } from '@simpul/ui';
import { formatDateTime, useBasePath, useDebounced, useLanguage, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { canManageUsers, isNationalAdmin } from '../admin/admin-access';
import { adminCrumbs } from '../admin/admin-crumbs';
import { NotAllowed } from '../admin/not-allowed';
import { REGISTRY } from '../messages';
import type { PickerOption } from '../shared/search-picker';
import { MallPicker, TenantUnitPicker, UnitPicker } from './pickers';
import { useMallNames } from './use-mall-names';
import { bindingLabel, UserStatusBadge } from './user-labels';
import { USER_STATUSES, USERS, type UserFilter, type UserRow, type UserStatus } from './user.operations';
import { useCountText } from '../shared/use-count-text';

const PAGE_SIZE = 20;

/** Pengguna: everyone the caller may manage, searched and filtered by role, status and binding. */
export function UsersPage() {
  const t = useT(REGISTRY);
  const countText = useCountText();
  const to = useBasePath();
  const [language] = useLanguage();
  const { user } = useSession();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const [unit, setUnit] = useState<PickerOption | null>(null);
  const [mall, setMall] = useState<PickerOption | null>(null);
  const search = useDebounced(text.trim(), 300);
  const filter: UserFilter = {
    ...(search ? { text: search } : {}),
    ...(role ? { role } : {}),
    ...(status ? { status } : {}),
    ...(unit ? { serviceUnitId: unit.id } : {}),
    ...(mall ? { mallId: mall.id } : {}),
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const allowed = canManageUsers(user);
  const query = useQuery(USERS, { first: PAGE_SIZE, after: pages.after, filter }, { skip: !allowed });
  const connection = query.data?.users;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const mallNames = useMallNames(rows.map((row) => row.mallId));

  const title = t('users.title');
  const crumbs = adminCrumbs(to, t, { label: title });
  if (!allowed) return <NotAllowed title={title} breadcrumbs={crumbs} reason={t('admin.notAllowed')} />;
  const admin = isNationalAdmin(user);
  const roles: readonly Role[] = admin ? ROLES : ['MPP_OPERATOR', 'UNIT_DESK'];

  const columns: DataTableColumn<UserRow>[] = [
    {
      key: 'name',
      header: t('users.name'),
      cell: (row) => (
        <Anchor component={Link} to={to(`/admin/users/${row.id}`)} fw={600}>
          {row.name}
        </Anchor>
      ),
    },
    { key: 'email', header: t('users.email'), cell: (row) => row.email },
    { key: 'role', header: t('users.role'), cell: (row) => t(`role.${row.role}`) },
    { key: 'binding', header: t('users.binding'), cell: (row) => bindingLabel(row, mallNames, t) },
    { key: 'status', header: t('users.status'), cell: (row) => <UserStatusBadge status={row.status} t={t} /> },
    {
      key: 'lastSignIn',
      header: t('users.lastSignIn'),
      cell: (row) => (row.lastSignInAt ? formatDateTime(row.lastSignInAt, language) : t('users.never')),
    },
  ];

  return (
    <>
      <PageHeader
        title={title}
        description={t(admin ? 'users.description' : 'users.descriptionOperator')}
        breadcrumbs={crumbs}
        actions={
          <Button component={Link} to={to('/admin/users/new')}>
            {t('users.invite')}
          </Button>
        }
      />
      <Box role="search" aria-label={t('users.filters')} mb="md">
        <Fieldset legend={t('users.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id="users-search"
              type="search"
              label={t('users.search')}
              description={t('users.searchHint')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <NativeSelect
              id="users-role"
              label={t('users.role')}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role | '')}
              data={[{ value: '', label: t('users.allRoles') }, ...roles.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
            />
            <NativeSelect
              id="users-status"
              label={t('users.status')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as UserStatus | '')}
              data={[
                { value: '', label: t('users.allStatuses') },
                ...USER_STATUSES.map((s) => ({ value: s, label: t(`userStatus.${s}`) })),
              ]}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
            {admin || !user?.mallId ? (
              <UnitPicker id="users-unit" value={unit} onChange={setUnit} noneLabel={t('users.allUnits')} />
            ) : (
              // An operator's people work at its mall or for its tenants: the units to filter by are theirs.
              <TenantUnitPicker
                id="users-unit"
                mallId={user.mallId}
                tenantHint={null}
                value={unit}
                onChange={setUnit}
                noneLabel={t('users.allUnits')}
              />
            )}
            {admin && <MallPicker id="users-mall" value={mall} onChange={setMall} noneLabel={t('users.allMalls')} />}
          </SimpleGrid>
        </Fieldset>
      </Box>
      <Text role="status" aria-live="polite" fw={600} my="sm">
        {connection ? countText('users.found', connection.totalCount) : ''}
      </Text>
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
            Object.keys(filter).length > 0 ? (
              <EmptyState title={t('users.none')}>{t('users.noneHelp')}</EmptyState>
            ) : (
              <EmptyState
                title={t('users.empty')}
                action={
                  <Button component={Link} to={to('/admin/users/new')}>
                    {t('users.invite')}
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

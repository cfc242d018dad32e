import { Anchor, Box, Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  DataTable,
  EmptyState,
  ErrorPanel,
  FieldChangeList,
  PageHeader,
  serverPagination,
  useCursorPages,
  type DataTableColumn,
} from '@simpul/ui';
import { formatDateTime, useBasePath, useLanguage, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { isNationalAdmin } from '../admin/admin-access';
import { adminCrumbs } from '../admin/admin-crumbs';
import { NotAllowed } from '../admin/not-allowed';
import type { AuditEntry } from '../history/history.operations';
import { REGISTRY } from '../messages';
import type { PickerOption } from '../shared/search-picker';
import { UserPicker } from '../users/pickers';
import { auditFieldLabels, auditValue, objectTypeLabel } from './audit-labels';
import {
  AUDIT_OBJECT_TYPES,
  MPP_AUDIT_LOG,
  objectPath,
  REGISTRY_AUDIT_LOG,
  SKM_AUDIT_LOG,
  type AuditFilter,
  type AuditModule,
} from './audit.operations';
import { useCountText } from '../shared/use-count-text';

const PAGE_SIZE = 20;
const MODULES: AuditModule[] = ['registry', 'skm', 'mpp'];

/** A calendar day in Indonesian western time as the instant it starts (or ends). */
export function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  return new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}+07:00`).toISOString();
}

/** Log audit: every recorded change of one service, filtered by person, object type and dates. */
export function AuditPage() {
  const t = useT(REGISTRY);
  const countText = useCountText();
  const to = useBasePath();
  const [language] = useLanguage();
  const { user } = useSession();
  const admin = isNationalAdmin(user);
  const [module, setModule] = useState<AuditModule>('registry');
  const [actor, setActor] = useState<PickerOption | null>(null);
  const [objectType, setObjectType] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const fromAt = dayBoundary(from, false);
  const toAt = dayBoundary(until, true);
  const filter: AuditFilter = {
    ...(actor ? { actorId: actor.id } : {}),
    ...(objectType ? { objectType } : {}),
    ...(fromAt ? { from: fromAt } : {}),
    ...(toAt ? { to: toAt } : {}),
  };
  const pages = useCursorPages(JSON.stringify({ module, filter }));
  const variables = { first: PAGE_SIZE, after: pages.after, filter };
  const registryLog = useQuery(REGISTRY_AUDIT_LOG, variables, { skip: !admin || module !== 'registry' });
  const skmLog = useQuery(SKM_AUDIT_LOG, variables, { skip: !admin || module !== 'skm' });
  const mppLog = useQuery(MPP_AUDIT_LOG, variables, { skip: !admin || module !== 'mpp' });
  const query = { registry: registryLog, skm: skmLog, mpp: mppLog }[module];
  const connection =
    module === 'registry' ? registryLog.data?.registryAuditLog : module === 'skm' ? skmLog.data?.skmAuditLog : mppLog.data?.mppAuditLog;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const title = t('audit.title');
  const crumbs = adminCrumbs(to, t, { label: title });
  if (!admin) return <NotAllowed title={title} breadcrumbs={crumbs} reason={t('audit.adminOnly')} />;
  const format = auditValue(t);

  const columns: DataTableColumn<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), cell: (row) => <time dateTime={row.at}>{formatDateTime(row.at, language)}</time> },
    { key: 'actor', header: t('audit.actor'), cell: (row) => row.actorName ?? t('audit.system') },
    {
      key: 'object',
      header: t('audit.object'),
      cell: (row) => {
        const path = objectPath(row.objectType, row.objectId, to);
        const label = objectTypeLabel(row.objectType, t);
        return path ? (
          <Anchor component={Link} to={path}>
            {label}
          </Anchor>
        ) : (
          label
        );
      },
    },
    {
      key: 'change',
      header: t('audit.change'),
      cell: (row) => (
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {t(`audit.action.${row.action}`)}
          </Text>
          <FieldChangeList
            action={row.action}
            changes={row.changes}
            fieldLabels={auditFieldLabels(row.objectType, t)}
            formatValue={format}
          />
        </Stack>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={title} description={t('audit.description')} breadcrumbs={crumbs} />
      <Box role="search" aria-label={t('audit.filters')} mb="md">
        <Fieldset legend={t('audit.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              id="audit-module"
              label={t('audit.module')}
              value={module}
              onChange={(e) => {
                setModule(e.currentTarget.value as AuditModule);
                setObjectType('');
              }}
              data={MODULES.map((m) => ({ value: m, label: t(`audit.module.${m}`) }))}
            />
            <NativeSelect
              id="audit-object-type"
              label={t('audit.objectType')}
              value={objectType}
              onChange={(e) => setObjectType(e.currentTarget.value)}
              data={[
                { value: '', label: t('audit.allObjects') },
                ...AUDIT_OBJECT_TYPES[module].map((type) => ({ value: type, label: objectTypeLabel(type, t) })),
              ]}
            />
            <TextInput
              id="audit-from"
              type="date"
              label={t('audit.from')}
              value={from}
              max={until || undefined}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <TextInput
              id="audit-to"
              type="date"
              label={t('audit.to')}
              value={until}
              min={from || undefined}
              onChange={(e) => setUntil(e.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
            <UserPicker id="audit-actor" label={t('audit.actor')} noneLabel={t('audit.everyone')} value={actor} onChange={setActor} />
          </SimpleGrid>
        </Fieldset>
      </Box>
      <Text role="status" aria-live="polite" fw={600} my="sm">
        {connection ? countText('audit.found', connection.totalCount) : ''}
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
              <EmptyState title={t('audit.none')}>{t('audit.noneHelp')}</EmptyState>
            ) : (
              <EmptyState title={t('audit.empty')} />
            )
          }
          pagination={connection ? serverPagination(connection, pages, PAGE_SIZE) : undefined}
        />
      )}
    </>
  );
}

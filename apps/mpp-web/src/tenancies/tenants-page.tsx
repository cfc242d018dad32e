import { Anchor, Button, NativeSelect, Text } from '@mantine/core';
import { DataTable, PageHeader, QueryView, serverPagination, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { MPP } from '../messages';
import { canManageMall } from '../shared/access';
import { AgreementBadge, StepBadge } from '../shared/badges';
import { TENANCY_STEPS, type TenancyStep } from '../shared/enums';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { sortAssignments } from './sort-assignments';
import { TENANCIES, type TenancyRow } from './tenancy.operations';
import { TenantDownloads } from '../exports/downloads';

const PAGE_SIZE = 25;

/** Every tenant of one mall with its onboarding step, agreement, desk days and services. */
export function TenantsPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const [step, setStep] = useState<TenancyStep | ''>('');
  const filter = { mallId, ...(step ? { step } : {}) };
  const pages = useCursorPages(JSON.stringify(filter));
  const query = useQuery(TENANCIES, { filter, first: PAGE_SIZE, after: pages.after });
  const manager = canManageMall(user, mallId);
  const mallName = query.data?.tenancies.edges[0]?.node.mall.name;
  return (
    <>
      <PageHeader
        title={t('tenants.title')}
        description={t('tenants.description')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: mallName ?? t('mall.label'), to: to(`/malls/${mallId}`) },
          { label: t('tenants.title') },
        ]}
        actions={
          manager && (
            <Button component={Link} to={to(`/malls/${mallId}/tenants/invite`)}>
              {t('tenants.invite')}
            </Button>
          )
        }
      />
      {manager && <MallNav mallId={mallId} current="tenants" />}
      <TenantDownloads mallId={mallId} manager={manager} />
      <NativeSelect
        id="tenant-step"
        label={t('tenants.stepFilter')}
        value={step}
        onChange={(event) => setStep(event.currentTarget.value as TenancyStep | '')}
        data={[{ value: '', label: t('tenants.allSteps') }, ...TENANCY_STEPS.map((value) => ({ value, label: t(`step.${value}`) }))]}
        maw={320}
        mb="md"
      />
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {({ tenancies }) => (
          <>
            <Text role="status" aria-live="polite" mb="xs">
              {t('tenants.count', { count: tenancies.totalCount })}
            </Text>
            <DataTable
              caption={t('tenants.title')}
              captionHidden
              rowKey={(row) => row.id}
              rows={nodes(tenancies)}
              loading={query.loading}
              pagination={serverPagination(tenancies, pages, PAGE_SIZE)}
              empty={<Text>{t('tenants.none')}</Text>}
              columns={[
                {
                  key: 'agency',
                  header: t('col.agency'),
                  cell: (row) => (
                    <Anchor component={Link} to={to(`/tenancies/${row.id}`)} fw={600}>
                      {row.agency.name}
                    </Anchor>
                  ),
                },
                { key: 'step', header: t('col.step'), cell: (row) => <StepBadge step={row.step} /> },
                {
                  key: 'agreement',
                  header: t('col.agreement'),
                  cell: (row) =>
                    row.currentAgreement ? (
                      <AgreementBadge status={row.currentAgreement.status} days={row.currentAgreement.daysToExpiry} />
                    ) : (
                      <Text size="sm">{t('agreement.none')}</Text>
                    ),
                },
                {
                  key: 'desks',
                  header: t('col.deskDays'),
                  cell: (row) =>
                    row.deskAssignments.length === 0
                      ? '–'
                      : sortAssignments(row.deskAssignments)
                          .map((a) => `${t(`weekdayShort.${a.weekday}`)} ${t('desk.short', { number: a.desk.number })}`)
                          .join(', '),
                },
                { key: 'services', header: t('col.services'), cell: (row) => <ServicesPreview row={row} /> },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}

/** How many services the tenant has and the first few by name; the tenancy's page lists them all. */
function ServicesPreview({ row }: { row: TenancyRow }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const to = useBasePath();
  const { totalCount } = row.services;
  if (totalCount === 0) return <Text size="sm">{t('tenants.noServices')}</Text>;
  const names = nodes(row.services).map((s) => s.service.name);
  return (
    <>
      <Text size="sm" fw={600}>
        {t('tenants.servicesCount', { count: f.number(totalCount) })}
      </Text>
      <Text size="sm">{names.join(', ')}</Text>
      {totalCount > names.length && (
        <Anchor
          component={Link}
          to={to(`/tenancies/${row.id}`)}
          size="sm"
          aria-label={t('tenants.allServicesOf', { total: f.number(totalCount), agency: row.agency.name })}
        >
          {t('tenants.allServices', { total: f.number(totalCount) })}
        </Anchor>
      )}
    </>
  );
}

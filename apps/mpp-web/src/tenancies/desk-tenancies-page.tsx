import { Anchor, Text } from '@mantine/core';
import { DataTable, PageHeader, QueryView, serverPagination, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { MPP } from '../messages';
import { AgreementBadge, StepBadge } from '../shared/badges';
import { UNIT_AGENCY } from './registry.operations';
import { sortAssignments } from './sort-assignments';
import { TENANCIES } from './tenancy.operations';

const PAGE_SIZE = 25;

/** A desk officer's view: the malls where its own agency is a tenant, read only (the service scopes the list). */
export function DeskTenanciesPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  // The desk's agency comes from the registry; the list is then that agency's tenancies only (the
  // service would also return other agencies' public, LIVE tenancies).
  const unitId = user?.serviceUnit?.id ?? '';
  const unit = useQuery(UNIT_AGENCY, { id: unitId }, { skip: !unitId });
  const agencyId = unit.data?.serviceUnit?.agency.id ?? '';
  const pages = useCursorPages(agencyId);
  const query = useQuery(TENANCIES, { filter: { agencyId }, first: PAGE_SIZE, after: pages.after }, { skip: !agencyId });
  return (
    <>
      <PageHeader
        title={t('mine.title')}
        description={t('mine.description', { agency: unit.data?.serviceUnit?.agency.name ?? user?.serviceUnit?.name ?? '' })}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('mine.title') }]}
      />
      {!user ? (
        <Text>{t('mine.signIn')}</Text>
      ) : !unitId || (unit.data && !unit.data.serviceUnit) ? (
        <Text>{t('mine.none')}</Text>
      ) : !agencyId ? (
        <QueryView query={unit} errorTitle={t('error.loadTitle')}>
          {() => null}
        </QueryView>
      ) : (
        <QueryView query={query} errorTitle={t('error.loadTitle')}>
          {({ tenancies }) => (
            <DataTable
              caption={t('mine.title')}
              captionHidden
              rowKey={(row) => row.id}
              rows={nodes(tenancies)}
              loading={query.loading}
              pagination={serverPagination(tenancies, pages, PAGE_SIZE)}
              empty={<Text>{t('mine.none')}</Text>}
              columns={[
                {
                  key: 'mall',
                  header: t('col.mall'),
                  cell: (row) => (
                    <Anchor component={Link} to={to(`/tenancies/${row.id}`)} fw={600}>
                      {row.mall.name}
                    </Anchor>
                  ),
                },
                { key: 'agency', header: t('col.agency'), cell: (row) => row.agency.name },
                { key: 'step', header: t('col.step'), cell: (row) => <StepBadge step={row.step} /> },
                {
                  key: 'agreement',
                  header: t('col.agreement'),
                  cell: (row) =>
                    row.currentAgreement ? (
                      <AgreementBadge status={row.currentAgreement.status} days={row.currentAgreement.daysToExpiry} />
                    ) : (
                      t('agreement.none')
                    ),
                },
                {
                  key: 'desks',
                  header: t('col.deskDays'),
                  cell: (row) =>
                    sortAssignments(row.deskAssignments)
                      .map((a) => `${t(`weekdayShort.${a.weekday}`)} ${t('desk.short', { number: a.desk.number })}`)
                      .join(', ') || '–',
                },
              ]}
            />
          )}
        </QueryView>
      )}
    </>
  );
}

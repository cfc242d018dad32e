import { Anchor, Paper, Text, Title } from '@mantine/core';
import { CategoryBadge, DataTable, EmptyState, serverPagination, useCursorPages } from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { AGENCY_OMBUDSMAN_READINESS, type UnitReadinessRow } from './readiness.operations';

const PAGE_SIZE = 20;

/** On the agency page: how many of its units are ready for the Ombudsman, and the counts per unit. */
export function AgencyReadinessSection({ agencyId }: { agencyId: string }) {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const format = useFormat();
  const pages = useCursorPages(agencyId);
  const { data, errors, loading } = useQuery(AGENCY_OMBUDSMAN_READINESS, { id: agencyId, first: PAGE_SIZE, after: pages.after });
  const readiness = data?.agencyOmbudsmanReadiness;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="agency-readiness" aria-live="polite">
      <Title order={2} size="h3" id="agency-readiness" mb="xs">
        {t('readiness.agencyTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('readiness.agencyIntro')}
      </Text>
      {!readiness ? (
        <Text>{errors || data ? t('readiness.unavailable') : t('readiness.loading')}</Text>
      ) : readiness.unitCount === 0 ? (
        <Text>{t('readiness.agencyNoUnits')}</Text>
      ) : (
        <>
          <Text fw={700} mb="sm">
            {t('readiness.agencySummary', {
              ready: format.number(readiness.readyUnitCount),
              units: format.number(readiness.unitCount),
              missing: format.number(readiness.missingCount),
              unpublished: format.number(readiness.unpublishedCount),
            })}
          </Text>
          <DataTable<UnitReadinessRow>
            caption={t('readiness.agencyCaption')}
            captionHidden
            rows={readiness.units.edges.map((edge) => edge.node)}
            rowKey={(row) => row.serviceUnit.id}
            loading={loading}
            empty={<EmptyState title={t('readiness.agencyNoUnits')} />}
            columns={[
              {
                key: 'unit',
                header: t('readiness.col.units'),
                cell: (row) => (
                  <Anchor component={Link} to={to(`/units/${row.serviceUnit.id}`)} fw={600}>
                    {row.serviceUnit.name}
                  </Anchor>
                ),
              },
              { key: 'services', header: t('readiness.col.services'), cell: (row) => format.number(row.serviceCount) },
              { key: 'missing', header: t('readiness.col.missing'), cell: (row) => format.number(row.missingCount) },
              { key: 'unpublished', header: t('readiness.col.unpublished'), cell: (row) => format.number(row.unpublishedCount) },
              {
                key: 'status',
                header: t('readiness.col.status'),
                cell: (row) => (
                  <CategoryBadge
                    tone={row.ready ? 'success' : 'warning'}
                    label={row.ready ? t('readiness.unitReady') : t('readiness.unitNotReady')}
                  />
                ),
              },
            ]}
            pagination={serverPagination(readiness.units, pages, PAGE_SIZE)}
          />
        </>
      )}
    </Paper>
  );
}

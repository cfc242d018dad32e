import { Anchor, Box, Group, Text, Title } from '@mantine/core';
import { CategoryBadge, EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { isNationalAdmin } from '../admin/admin-access';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { regionCrumbs } from '../shared/crumbs';
import { UnitsTable } from '../units/units-table';
import { AgencyReadinessSection } from '../readiness/agency-readiness-section';
import { ListDownload } from '../exports/list-download';
import { AgencyAdminActions, AgencyHistory, ArchivedNotice } from './agency-admin-panel';
import { AGENCY } from './agency.operations';

export function AgencyPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { agencyId = '' } = useParams();
  const query = useQuery(AGENCY, { id: agencyId });
  const admin = isNationalAdmin(useSession().user);
  // Archiving is a change: the history starts again to show it.
  const [revision, setRevision] = useState(0);
  return (
    <QueryView query={query}>
      {({ agency }) =>
        !agency ? (
          <EmptyState title={t('agency.notFound')} />
        ) : (
          <>
            <PageHeader
              title={agency.name}
              breadcrumbs={[...regionCrumbs(agency.region, to, t), { label: agency.name }]}
              description={
                <Group gap="sm" component="span">
                  <CategoryBadge tone="neutral" label={t(`agencyType.${agency.type}`)} />
                  {/* The Ombudsman's yearly results for this instansi live in the evaluation module. */}
                  <Anchor component={Link} to={`/evaluasi/ombudsman/instansi/${agency.id}`}>
                    {t('agency.ombudsman')}
                  </Anchor>
                  {agency.parent && (
                    <Text component="span">
                      {t('agency.parent')}:{' '}
                      <Anchor component={Link} to={to(`/agencies/${agency.parent.id}`)}>
                        {agency.parent.name}
                      </Anchor>
                    </Text>
                  )}
                </Group>
              }
              actions={
                admin ? (
                  <AgencyAdminActions
                    agency={agency}
                    onArchived={() => {
                      query.refetch();
                      setRevision((r) => r + 1);
                    }}
                  />
                ) : undefined
              }
            />
            {agency.archivedAt && <ArchivedNotice archivedAt={agency.archivedAt} />}
            <Title order={2} mb="sm">
              {t('agency.units')}
            </Title>
            <UnitsTable filter={{ agencyId }} caption={t('agency.units')} captionHidden />
            <ListDownload list="units" filter={{ agencyId }} />
            <Box mt="xl">
              <AgencyReadinessSection agencyId={agency.id} />
            </Box>
            {admin && (
              <Box mt="xl">
                <AgencyHistory key={revision} id={agency.id} />
              </Box>
            )}
          </>
        )
      }
    </QueryView>
  );
}

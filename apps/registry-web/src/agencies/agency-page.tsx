import { Anchor, Box, Group, Text, Title } from '@mantine/core';
import { CategoryBadge, EmptyState, PageHeader } from '@simpul/ui';
import { useQuery, useSession, useT } from '@simpul/web-kit';
import { isNationalAdmin } from '../admin/admin-access';
import { Link, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { useRegistryPath } from '../shared/base-path';
import { regionCrumbs } from '../shared/crumbs';
import { QueryView } from '../shared/query-state';
import { UnitsTable } from '../units/units-table';
import { AgencyAdminActions, AgencyHistory, ArchivedNotice } from './agency-admin-panel';
import { AGENCY } from './agency.operations';

export function AgencyPage() {
  const t = useT(REGISTRY);
  const to = useRegistryPath();
  const { agencyId = '' } = useParams();
  const query = useQuery(AGENCY, { id: agencyId });
  const admin = isNationalAdmin(useSession().user);
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
              actions={admin ? <AgencyAdminActions agency={agency} onArchived={query.refetch} /> : undefined}
            />
            {agency.archivedAt && <ArchivedNotice archivedAt={agency.archivedAt} />}
            <Title order={2} mb="sm">
              {t('agency.units')}
            </Title>
            <UnitsTable filter={{ agencyId }} caption={t('agency.units')} captionHidden />
            {admin && (
              <Box mt="xl">
                <AgencyHistory id={agency.id} />
              </Box>
            )}
          </>
        )
      }
    </QueryView>
  );
}

import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CategoryBadge, DataTable, EmptyState, PageHeader, QueryView, serverPagination, useCursorPages } from '@simpul/ui';
import { PluginSlot, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { RegistryHistory } from '../history/registry-history';
import { CompletenessBadge } from '../services/completeness-badge';
import { regionCrumbs } from '../shared/crumbs';
import { EXTERNAL_SYSTEMS } from '../shared/enums';
import { SERVICE_UNIT, type ServiceRow } from './unit.operations';
import { UnitIndicatorsSection } from './unit-indicators';
import { UnitReadinessPanel } from '../readiness/unit-readiness-panel';
import { ListDownload } from '../exports/list-download';
import { ArchivedState, ArchiveSection } from '../lifecycle/archive-section';

const SERVICES_PAGE = 10;

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function UnitPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { user } = useSession();
  const { unitId = '' } = useParams();
  const [justArchived, setJustArchived] = useState(false);
  const pages = useCursorPages(unitId);
  const query = useQuery(SERVICE_UNIT, { id: unitId, servicesFirst: SERVICES_PAGE, servicesAfter: pages.after });
  const notSet = (
    <Text span c="dimmed">
      {t('unit.notSet')}
    </Text>
  );

  return (
    <QueryView query={query}>
      {({ serviceUnit: unit }) => {
        if (!unit) return <EmptyState title={t('unit.notFound')} />;
        const services = unit.services;
        return (
          <>
            <PageHeader
              title={unit.name}
              breadcrumbs={[
                ...regionCrumbs(unit.region, to, t),
                { label: unit.agency.name, to: to(`/agencies/${unit.agency.id}`) },
                { label: unit.name },
              ]}
              description={<CategoryBadge tone="neutral" label={`${t(`kind.${unit.kind}`)} · ${t(`group.${unit.serviceGroup}`)}`} />}
              actions={
                unit.canEdit && (
                  <Button component={Link} to={to(`/units/${unit.id}/edit`)} variant="default">
                    {t('unit.edit')}
                  </Button>
                )
              }
            />
            {unit.archivedAt && <ArchivedState what="unit" name={unit.name} archivedAt={unit.archivedAt} justArchived={justArchived} />}
            <Stack gap="xl">
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Paper withBorder p="lg" component="section" aria-labelledby="unit-details">
                  <Title order={2} size="h3" id="unit-details" mb="sm">
                    {t('unit.details')}
                  </Title>
                  <Stack component="dl" gap="sm" m={0}>
                    <Detail term={t('col.agency')}>
                      <Anchor component={Link} to={to(`/agencies/${unit.agency.id}`)}>
                        {unit.agency.name}
                      </Anchor>
                    </Detail>
                    <Detail term={t('unit.ombudsman')}>
                      <Anchor component={Link} to={`/evaluasi/ombudsman/instansi/${unit.agency.id}`}>
                        {t('unit.ombudsmanLink', { agency: unit.agency.name })}
                      </Anchor>
                    </Detail>
                    <Detail term={t('col.region')}>
                      {unit.region.parent ? `${unit.region.name}, ${unit.region.parent.name}` : unit.region.name}
                    </Detail>
                    <Detail term={t('unit.address')}>{unit.address ?? notSet}</Detail>
                    <Detail term={t('unit.phone')}>{unit.phone ?? notSet}</Detail>
                    <Detail term={t('unit.email')}>
                      {unit.email ? <Anchor href={`mailto:${unit.email}`}>{unit.email}</Anchor> : notSet}
                    </Detail>
                    <Detail term={t('unit.website')}>
                      {unit.website ? (
                        <Anchor href={unit.website} target="_blank" rel="noreferrer">
                          {unit.website}
                        </Anchor>
                      ) : (
                        notSet
                      )}
                    </Detail>
                  </Stack>
                </Paper>
                <Paper withBorder p="lg" component="section" aria-labelledby="unit-external-ids">
                  <Title order={2} size="h3" id="unit-external-ids" mb="sm">
                    {t('unit.externalIds')}
                  </Title>
                  <DataTable
                    caption={t('unit.externalIdsCaption')}
                    captionHidden
                    rows={[...EXTERNAL_SYSTEMS]}
                    rowKey={(system) => system.key}
                    columns={[
                      { key: 'system', header: t('col.system'), cell: (system) => system.label },
                      { key: 'id', header: t('col.externalId'), cell: (system) => unit.externalIds[system.key] ?? notSet },
                    ]}
                  />
                </Paper>
              </SimpleGrid>
              <UnitIndicatorsSection unitId={unit.id} />
              <UnitReadinessPanel unitId={unit.id} />
              <PluginSlot page="UNIT_PAGE" serviceUnitId={unit.id} />
              <section aria-labelledby="unit-services">
                <Title order={2} id="unit-services" mb="sm">
                  {t('unit.services')}
                </Title>
                {unit.canEdit && (
                  <Group mb="sm">
                    <Button component={Link} to={to(`/units/${unit.id}/services/new`)}>
                      {t('unit.addService')}
                    </Button>
                    <Button component={Link} to={to(`/units/${unit.id}/services/import`)} variant="default">
                      {t('import.link')}
                    </Button>
                  </Group>
                )}
                <DataTable<ServiceRow>
                  caption={t('unit.servicesCaption', { unit: unit.name })}
                  captionHidden
                  rows={services.edges.map((edge) => edge.node)}
                  rowKey={(service) => service.id}
                  loading={query.loading}
                  empty={<EmptyState title={t('unit.noServices')} />}
                  columns={[
                    {
                      key: 'name',
                      header: t('col.service'),
                      cell: (service) => (
                        <Anchor component={Link} to={to(`/services/${service.id}`)} fw={600}>
                          {service.name}
                        </Anchor>
                      ),
                    },
                    {
                      key: 'completeness',
                      header: t('col.completeness'),
                      cell: (service) => <CompletenessBadge {...service.completeness} />,
                    },
                  ]}
                  pagination={serverPagination(services, pages, SERVICES_PAGE)}
                />
                {services.totalCount > 0 && <ListDownload list="services" filter={{ serviceUnitId: unit.id }} />}
              </section>
              {/* Archiving a unit is the national admin's alone (the registry refuses the unit's desk). */}
              {user?.role === 'NATIONAL_ADMIN' && !unit.archivedAt && (
                <ArchiveSection
                  what="unit"
                  id={unit.id}
                  name={unit.name}
                  onArchived={() => {
                    setJustArchived(true);
                    query.refetch();
                  }}
                />
              )}
              {/* Who changed the unit is for those who may change it. */}
              {unit.canEdit && <RegistryHistory object="unit" id={unit.id} />}
            </Stack>
          </>
        );
      }}
    </QueryView>
  );
}

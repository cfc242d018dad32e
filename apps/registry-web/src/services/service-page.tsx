import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { CategoryBadge, DataTable, EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { regionCrumbs } from '../shared/crumbs';
import { CompletenessBadge } from './completeness-badge';
import { SERVICE, type StandardComponentValue } from './service.operations';
import { RegistryHistory } from '../history/registry-history';
import { ArchivedState, ArchiveSection } from '../lifecycle/archive-section';

/** One service and its Standar Pelayanan: 14 components, what is missing or unpublished called out. */
export function ServicePage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { serviceId = '' } = useParams();
  const query = useQuery(SERVICE, { id: serviceId });
  const [justArchived, setJustArchived] = useState(false);

  function componentTable(rows: StandardComponentValue[], caption: string, id: string) {
    return (
      <section aria-labelledby={id}>
        <Title order={3} id={id} mb="xs">
          {caption}
        </Title>
        <DataTable<StandardComponentValue>
          caption={caption}
          captionHidden
          rows={rows}
          rowKey={(row) => row.component}
          columns={[
            { key: 'component', header: t('col.component'), cell: (row) => <Text fw={600}>{t(`component.${row.component}`)}</Text> },
            {
              key: 'content',
              header: t('col.content'),
              cell: (row) =>
                row.content ? (
                  <Text style={{ whiteSpace: 'pre-line' }}>{row.content}</Text>
                ) : (
                  <CategoryBadge tone="danger" label={t('service.missingBadge')} />
                ),
            },
            {
              key: 'published',
              header: t('col.published'),
              cell: (row) =>
                row.published ? (
                  <CategoryBadge tone="success" label={t('service.published')} />
                ) : (
                  <CategoryBadge tone={row.delivery && row.content ? 'warning' : 'neutral'} label={t('service.notPublished')} />
                ),
            },
          ]}
        />
      </section>
    );
  }

  return (
    <QueryView query={query}>
      {({ service }) => {
        if (!service) return <EmptyState title={t('service.notFound')} />;
        const { completeness } = service;
        const unit = service.serviceUnit;
        return (
          <>
            <PageHeader
              title={service.name}
              breadcrumbs={[
                ...regionCrumbs(unit.region, to, t),
                { label: unit.name, to: to(`/units/${unit.id}`) },
                { label: service.name },
              ]}
              description={service.description ?? undefined}
              actions={
                service.canEdit && (
                  <Button component={Link} to={to(`/services/${service.id}/edit`)} variant="default">
                    {t('service.edit')}
                  </Button>
                )
              }
            />
            {service.archivedAt && (
              <ArchivedState what="service" name={service.name} archivedAt={service.archivedAt} justArchived={justArchived} />
            )}
            <Stack gap="xl">
              <Paper withBorder p="lg" component="section" aria-labelledby="service-summary">
                <Title order={2} size="h3" id="service-summary" mb="sm">
                  {t('service.summary')}
                </Title>
                <Group gap="sm" mb="sm">
                  <CompletenessBadge {...completeness} />
                  <CategoryBadge
                    tone={completeness.deliveryReady ? 'success' : 'warning'}
                    label={t(completeness.deliveryReady ? 'service.deliveryReady' : 'service.deliveryNotReady')}
                  />
                </Group>
                {completeness.missing.length > 0 && (
                  <>
                    <Text fw={700} mt="sm">
                      {t('service.missing')}
                    </Text>
                    <List>
                      {completeness.missing.map((component) => (
                        <List.Item key={component} icon={<span aria-hidden="true">✕</span>}>
                          {t(`component.${component}`)}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
                {completeness.unpublished.length > 0 && (
                  <>
                    <Text fw={700} mt="sm">
                      {t('service.unpublished')}
                    </Text>
                    <List>
                      {completeness.unpublished.map((component) => (
                        <List.Item key={component} icon={<span aria-hidden="true">!</span>}>
                          {t(`component.${component}`)}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Paper>
              <section aria-labelledby="service-standard">
                <Title order={2} id="service-standard" mb="sm">
                  {t('service.standard')}
                </Title>
                <Stack gap="lg">
                  {componentTable(
                    service.standard.filter((row) => row.delivery),
                    t('service.delivery'),
                    'standard-delivery',
                  )}
                  {componentTable(
                    service.standard.filter((row) => !row.delivery),
                    t('service.management'),
                    'standard-management',
                  )}
                </Stack>
              </section>
              {service.canEdit && !service.archivedAt && (
                <ArchiveSection
                  what="service"
                  id={service.id}
                  name={service.name}
                  onArchived={() => {
                    setJustArchived(true);
                    query.refetch();
                  }}
                />
              )}
              {service.canEdit && <RegistryHistory object="service" id={service.id} />}
            </Stack>
          </>
        );
      }}
    </QueryView>
  );
}

import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, OriginWithSource, PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { KIPP } from '../messages';
import { AwardBadge, InnovationStatusBadge } from '../shared/status-badge';
import { INNOVATION } from './catalogue.operations';
import { ObjectionSection } from './objection-form';
import { categoryLabel } from '../shared/category-label';

/** One innovation: what it is, who runs it, its history across competitions and its replications both ways. */
export function InnovationPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { innovationId = '' } = useParams();
  const query = useQuery(INNOVATION, { id: innovationId });
  const crumbs = [{ label: t('catalogue.title'), to: to() }];
  return (
    <QueryView query={query}>
      {({ innovation }) =>
        !innovation ? (
          <>
            <PageHeader title={t('innovation.notFound')} breadcrumbs={crumbs} />
            <Anchor component={Link} to={to()}>
              {t('innovation.back')}
            </Anchor>
          </>
        ) : (
          <>
            <PageHeader title={innovation.title} breadcrumbs={[...crumbs, { label: innovation.title }]} description={innovation.summary} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} mb="lg" component="dl">
              <Fact label={t('col.agency')} value={innovation.agency.name} />
              <Fact label={t('col.region')} value={innovation.region.name} />
              {innovation.serviceUnit && <Fact label={t('innovation.unit')} value={innovation.serviceUnit.name} />}
              <Fact label={t('col.category')} value={categoryLabel(innovation.category, t)} />
              <Fact label={t('col.group')} value={t(`group.${innovation.group}`)} />
              <Fact label={t('col.agencyType')} value={t(`agencyType.${innovation.agencyType}`)} />
              <Fact label={t('col.award')} value={<AwardBadge award={innovation.award} name={innovation.awardName} />} />
              <Fact label={t('col.origin')} value={<OriginWithSource origin={innovation.origin} source={innovation.source} />} />
              <Fact
                label={t('innovation.status')}
                value={
                  <Stack gap={4} align="flex-start">
                    <InnovationStatusBadge status={innovation.status} />
                    {innovation.statusReason && <Text size="sm">{innovation.statusReason}</Text>}
                  </Stack>
                }
              />
            </SimpleGrid>
            <Title order={2} size="h3" mb="xs">
              {t('innovation.history')}
            </Title>
            <DataTable
              caption={t('innovation.historyCaption', { title: innovation.title })}
              captionHidden
              columns={[
                { key: 'year', header: t('col.year'), cell: (entry) => entry.year, sortValue: (entry) => entry.year, numeric: true },
                { key: 'group', header: t('col.group'), cell: (entry) => t(`group.${entry.group}`) },
                { key: 'award', header: t('col.award'), cell: (entry) => <AwardBadge award={entry.award} name={entry.awardName} /> },
              ]}
              rows={innovation.history}
              rowKey={(entry) => `${entry.year}-${entry.award}`}
            />
            {(() => {
              // A shortlist entry carries its proposal: the public may object to it while that year's window is open.
              const shortlisted = innovation.history.filter((entry) => entry.award === 'TOP99' && entry.proposalId).at(-1);
              return shortlisted?.proposalId ? <ObjectionSection proposalId={shortlisted.proposalId} year={shortlisted.year} /> : null;
            })()}
            <Title order={2} size="h3" mt="xl" mb="xs">
              {t('innovation.replication')}
            </Title>
            {innovation.replicates ? (
              <Text mb="sm">
                {t('innovation.replicates')}{' '}
                <Anchor component={Link} to={to(`/inovasi/${innovation.replicates.id}`)}>
                  {innovation.replicates.title}
                </Anchor>{' '}
                ({innovation.replicates.agency.name})
              </Text>
            ) : (
              <Text mb="sm">{t('innovation.replicatesNone')}</Text>
            )}
            {innovation.replicatedBy.totalCount > 0 ? (
              <>
                <Text>{t('innovation.replicatedBy', { count: innovation.replicatedBy.totalCount })}</Text>
                <List>
                  {nodes(innovation.replicatedBy).map((copy) => (
                    <List.Item key={copy.id}>
                      <Anchor component={Link} to={to(`/inovasi/${copy.id}`)}>
                        {copy.title}
                      </Anchor>{' '}
                      ({copy.agency.name})
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <EmptyState title={t('innovation.replicatedByNone')} />
            )}
          </>
        )
      }
    </QueryView>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

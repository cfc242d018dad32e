import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { AwardForm } from './award-form';
import { HISTORICAL_AWARDS, type HistoricalAwardRow } from './awards.operations';
import { Outcome } from '../shared/outcome';
import { TiersSection } from './tiers-section';

const PAGE = 20;

/** The national admin's page for past competitions: the tier each year used, and winners entered from their publications. */
export function HistoricalAwardsPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { user } = useSession();
  const [version, setVersion] = useState(0);
  const crumbs = [{ label: t('title'), to: to() }, { label: t('admin.competitions'), to: to('/kompetisi') }, { label: t('awards.title') }];
  if (user?.role !== 'NATIONAL_ADMIN') {
    return (
      <>
        <PageHeader title={t('awards.title')} breadcrumbs={crumbs} />
        <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('awards.title')} description={t('awards.description')} breadcrumbs={crumbs} />
      <Stack gap="xl">
        <TiersSection onChanged={() => setVersion((value) => value + 1)} />
        {/* A new tier renames the winners of its year: remounting refetches the list from page 1. */}
        <AwardsSection key={version} />
      </Stack>
    </>
  );
}

function AwardsSection() {
  const t = useT(KIPP);
  const to = useBasePath();
  const pages = useCursorPages('awards');
  const query = useQuery(HISTORICAL_AWARDS, { first: PAGE, after: pages.after });
  const [editing, setEditing] = useState<HistoricalAwardRow | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="awards-heading">
      <Title order={2} size="h3" id="awards-heading" mb="xs">
        {t('awards.entered')}
      </Title>
      <Text size="sm" mb="sm">
        {t('awards.enteredHelp')}
      </Text>
      <QueryView query={query}>
        {(data) => (
          <DataTable
            caption={t('awards.entered')}
            captionHidden
            columns={[
              { key: 'year', header: t('col.year'), cell: (row) => row.year, numeric: true },
              { key: 'tier', header: t('awards.tier'), cell: (row) => row.tierName },
              {
                key: 'title',
                header: t('col.innovation'),
                cell: (row) => (
                  <Anchor component={Link} to={to(`/inovasi/${row.innovationId}`)}>
                    {row.title}
                  </Anchor>
                ),
              },
              { key: 'source', header: t('awards.source'), cell: (row) => row.source },
              {
                key: 'edit',
                header: t('attachments.actions'),
                cell: (row) => (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => setEditing(row)}
                    aria-label={t('awards.editNamed', { title: row.title })}
                  >
                    {t('awards.edit')}
                  </Button>
                ),
              },
            ]}
            rows={nodes(data.historicalAwards)}
            rowKey={(row) => row.innovationId}
            pagination={{
              hasNext: data.historicalAwards.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.historicalAwards.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: PAGE,
              totalCount: data.historicalAwards.totalCount,
            }}
            empty={<EmptyState title={t('awards.none')} />}
          />
        )}
      </QueryView>
      <AwardForm
        key={editing?.innovationId ?? 'new'}
        editing={editing}
        onCancel={() => setEditing(null)}
        onSaved={(title) => {
          setOutcome(editing ? t('awards.updated', { title }) : t('awards.recorded', { title }));
          setEditing(null);
          query.refetch();
        }}
      />
      <Outcome message={outcome} />
    </Paper>
  );
}

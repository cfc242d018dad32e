import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, LoadingState, OriginBadge, PageHeader, useCursorPages, type ServerPagination, QueryView } from '@simpul/ui';
import { formatDate, useLanguage, useQuery, useSession, useT, useBasePath, nodes } from '@simpul/web-kit';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { EVALUATION } from '../messages';
import { GapLink } from '../gap/gap-link';
import { PhaseBadge } from '../shared/phase-label';
import { NationalTrend } from '../results/national-trend';
import { UNIT_LOKUS } from '../lokus/lokus.operations';
import { CYCLES, CYCLE_LOKUS, type Cycle } from './cycle.operations';
import { FollowUpListLink } from '../follow-up/follow-up-links';

// Only a national admin who asks for it sees the form; it brings the instruments and the workflow
// texts, which no first screen of /evaluasi needs (issue #17).
const CreateCycleForm = lazy(() => import('../workflow/create-cycle-form').then((module) => ({ default: module.CreateCycleForm })));

/** The start page: the cycles, and for a desk or an evaluator the lokus they work on. */
export function HomePage() {
  const t = useT(EVALUATION);
  const { user } = useSession();
  const pages = useCursorPages('cycles');
  const cycles = useQuery(CYCLES, { first: CYCLE_PAGE, after: pages.after });
  const to = useBasePath();
  const admin = user?.role === 'NATIONAL_ADMIN';
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('home.title')}
        description={t(user ? `home.intro.${user.role}` : 'home.intro.public')}
        actions={
          admin ? (
            <Group>
              <Anchor component={Link} to={to('/evaluator')}>
                {t('home.evaluators')}
              </Anchor>
              {!creating && <Button onClick={() => setCreating(true)}>{t('home.createCycle')}</Button>}
            </Group>
          ) : undefined
        }
      />
      <Text>
        <Anchor component={Link} to={to('/ombudsman')}>
          {t('home.ombudsman')}
        </Anchor>
      </Text>
      <FollowUpListLink />
      {admin && creating && (
        <Suspense fallback={<LoadingState />}>
          <CreateCycleForm onCancel={() => setCreating(false)} />
        </Suspense>
      )}
      {user?.role === 'UNIT_DESK' && user.serviceUnit && <DeskLokus serviceUnitId={user.serviceUnit.id} unitName={user.serviceUnit.name} />}
      <QueryView query={cycles}>
        {({ evaluationCycles }) => (
          <Stack gap="xl">
            {user?.role === 'EVALUATOR' &&
              nodes(evaluationCycles)
                .filter((c) => !c.publishedAt)
                .map((cycle) => <AssignedLokus key={cycle.id} cycle={cycle} />)}
            <CyclesTable
              cycles={nodes(evaluationCycles)}
              pagination={{
                page: pages.page,
                pageSize: CYCLE_PAGE,
                totalCount: evaluationCycles.totalCount,
                hasNext: evaluationCycles.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(evaluationCycles.pageInfo.endCursor),
                onPrevious: pages.previous,
              }}
            />
          </Stack>
        )}
      </QueryView>
      <NationalTrend />
    </Stack>
  );
}

const CYCLE_PAGE = 20;
const ASSIGNED_PAGE = 20;

function CyclesTable({ cycles, pagination }: { cycles: Cycle[]; pagination: ServerPagination }) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const to = useBasePath();
  if (cycles.length === 0) return <EmptyState title={t('cycles.none')} />;
  return (
    <DataTable
      caption={t('cycles.caption')}
      rows={cycles}
      rowKey={(c) => c.id}
      pagination={pagination}
      columns={[
        {
          key: 'name',
          header: t('col.cycle'),
          cell: (c) => (
            <Anchor component={Link} to={to(`/cycles/${c.id}`)}>
              {c.name}
            </Anchor>
          ),
          sortValue: (c) => c.name,
        },
        { key: 'year', header: t('col.year'), cell: (c) => c.year, sortValue: (c) => c.year, numeric: true },
        { key: 'scheme', header: t('col.scheme'), cell: (c) => t(`scheme.${c.scheme}`) },
        {
          key: 'phase',
          header: t('col.phase'),
          cell: (c) => <PhaseBadge phase={c.currentPhase} open={c.openPhases} published={!!c.publishedAt} />,
        },
        {
          key: 'published',
          header: t('col.published'),
          cell: (c) => (c.publishedAt ? formatDate(c.publishedAt, language) : t('cycles.notPublished')),
        },
        { key: 'origin', header: t('col.origin'), cell: (c) => <OriginBadge origin={c.origin} />, sortValue: (c) => c.origin },
      ]}
    />
  );
}

function DeskLokus({ serviceUnitId, unitName }: { serviceUnitId: string; unitName: string }) {
  const t = useT(EVALUATION);
  const to = useBasePath();
  const query = useQuery(UNIT_LOKUS, { serviceUnitId });
  return (
    <section aria-labelledby="desk-lokus">
      <Title order={2} size="h3" id="desk-lokus">
        {t('home.myUnit', { unit: unitName })}
      </Title>
      <QueryView query={query}>
        {({ unitLokus }) =>
          unitLokus.length === 0 ? (
            <Text>{t('home.noLokus')}</Text>
          ) : (
            <Stack gap={4} mt="sm">
              {unitLokus.map((lokus) => (
                <Text key={lokus.id}>
                  <Anchor
                    component={Link}
                    to={to(`/lokus/${lokus.id}`)}
                    fw={lokus.cycle.currentPhase && lokus.cycle.currentPhase !== 'PUBLISHED' ? 700 : 400}
                  >
                    {lokus.cycle.name}
                  </Anchor>
                  {' · '}
                  <PhaseBadge phase={lokus.cycle.currentPhase} open={lokus.cycle.openPhases} published={Boolean(lokus.cycle.publishedAt)} />
                </Text>
              ))}
              <Text>
                <GapLink serviceUnitId={serviceUnitId} />
              </Text>
            </Stack>
          )
        }
      </QueryView>
    </section>
  );
}

function AssignedLokus({ cycle }: { cycle: Cycle }) {
  const t = useT(EVALUATION);
  const { user } = useSession();
  const to = useBasePath();
  const pages = useCursorPages(`assigned:${cycle.id}`);
  const query = useQuery(CYCLE_LOKUS, { cycleId: cycle.id, first: ASSIGNED_PAGE, after: pages.after });
  return (
    <section aria-labelledby={`assigned-${cycle.id}`}>
      <Title order={2} size="h3" id={`assigned-${cycle.id}`}>
        {t('home.assigned', { cycle: cycle.name })}
      </Title>
      <QueryView query={query}>
        {({ cycleLokus }) =>
          cycleLokus.totalCount === 0 ? (
            <Text>{t('home.noAssigned')}</Text>
          ) : (
            <DataTable
              caption={t('home.assigned', { cycle: cycle.name })}
              captionHidden
              rows={nodes(cycleLokus)}
              rowKey={(l) => l.id}
              pagination={{
                page: pages.page,
                pageSize: ASSIGNED_PAGE,
                totalCount: cycleLokus.totalCount,
                hasNext: cycleLokus.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(cycleLokus.pageInfo.endCursor),
                onPrevious: pages.previous,
              }}
              columns={[
                {
                  key: 'unit',
                  header: t('col.unit'),
                  cell: (l) => (
                    <Anchor component={Link} to={to(`/lokus/${l.id}`)}>
                      {l.unitName}
                    </Anchor>
                  ),
                  sortValue: (l) => l.unitName,
                },
                {
                  key: 'role',
                  header: t('col.role'),
                  cell: (l) =>
                    l.assignments
                      .filter((a) => a.evaluatorId === user?.id)
                      .map((a) => t(`assignment.${a.role}`))
                      .join(', '),
                },
                { key: 'province', header: t('col.province'), cell: (l) => l.provinceName ?? '' },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}

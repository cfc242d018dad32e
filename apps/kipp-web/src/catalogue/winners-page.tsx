import { Anchor, Text } from '@mantine/core';
import { DataTable, EmptyState, OriginWithSource, PageHeader, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { KIPP } from '../messages';
import { AwardBadge } from '../shared/status-badge';
import { COMPETITION_YEARS, WINNERS } from './catalogue.operations';
import { CategoryName } from '../shared/category-label';

const PAGE = 50;

/** The public list of a year's winners (Top 45 first, then the rest of the Top 99). */
export function WinnersPage() {
  const { year } = useParams();
  return year ? <YearWinners year={Number(year)} /> : <LatestWinners />;
}

/** Without a year: the latest competition whose Top 45 has been decided. */
function LatestWinners() {
  const query = useQuery(COMPETITION_YEARS, {});
  const to = useBasePath();
  return (
    <QueryView query={query}>
      {(data) => {
        const decided = nodes(data.competitions)
          .filter((c) => c.stages.some((s) => s.stage === 'TOP45' && s.decidedAt))
          .map((c) => c.year);
        const year = decided.length ? Math.max(...decided) : new Date().getFullYear();
        return <Navigate replace to={to(`/pemenang/${year}`)} />;
      }}
    </QueryView>
  );
}

function YearWinners({ year }: { year: number }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const navigate = useNavigate();
  const pages = useCursorPages(String(year));
  const query = useQuery(WINNERS, { year, first: PAGE, after: pages.after });
  // Every year with a published list in the catalogue, not only the competitions run in Simpul.
  const years = query.data ? [...query.data.kippAwardYears] : [year];
  if (!years.includes(year)) years.unshift(year);
  // The winners' tier that year's competition used: Top 25 in 2015, Top 45 since 2019.
  const tier = query.data?.kippAwardTiers.find((known) => known.year === year)?.name ?? t('award.TOP45');
  return (
    <>
      <PageHeader
        title={t('winners.title', { year })}
        description={t('winners.description', { tier })}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('winners.crumb', { year }) }]}
      />
      <SelectField
        id="winners-year"
        label={t('filter.year')}
        maw={200}
        mb="md"
        value={String(year)}
        onChange={(event) => void navigate(to(`/pemenang/${event.currentTarget.value}`))}
        data={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <QueryView query={query}>
        {(data) => (
          <>
            <Text role="status" aria-live="polite" fw={600} mb="xs">
              {t('winners.count', { count: data.winners.totalCount, year })}
            </Text>
            <DataTable
              caption={t('winners.caption', { year })}
              captionHidden
              columns={[
                {
                  key: 'title',
                  header: t('col.innovation'),
                  cell: (row) => (
                    <Anchor component={Link} to={to(`/inovasi/${row.id}`)}>
                      {row.title}
                    </Anchor>
                  ),
                },
                { key: 'agency', header: t('col.agency'), cell: (row) => row.agency.name },
                { key: 'region', header: t('col.region'), cell: (row) => row.region.name },
                { key: 'category', header: t('col.category'), cell: (row) => <CategoryName category={row.category} t={t} /> },
                { key: 'award', header: t('col.award'), cell: (row) => <AwardBadge award={row.award} name={row.awardName} /> },
                { key: 'origin', header: t('col.origin'), cell: (row) => <OriginWithSource origin={row.origin} source={row.source} /> },
              ]}
              rows={nodes(data.winners)}
              rowKey={(row) => row.id}
              pagination={{
                hasNext: data.winners.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(data.winners.pageInfo.endCursor),
                onPrevious: pages.previous,
                page: pages.page,
                pageSize: PAGE,
                totalCount: data.winners.totalCount,
              }}
              empty={<EmptyState title={t('winners.none', { year })} />}
            />
          </>
        )}
      </QueryView>
    </>
  );
}

import { Text, Title } from '@mantine/core';
import { DataTable, EmptyState, QueryView, useCursorPages } from '@simpul/ui';
import { nodes, useFormat, useQuery, useT } from '@simpul/web-kit';
import { KIPP } from '../messages';
import { decisionKind } from '../shared/decision-kind';
import { DECISIONS, type Competition, type Decision } from './admin.operations';

/** Every decision of the competition: what, who, when and why. */
export function DecisionsSection({ competition }: { competition: Competition }) {
  const t = useT(KIPP);
  const pages = useCursorPages(competition.id);
  const query = useQuery(DECISIONS, { competitionId: competition.id, after: pages.after });
  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {t('decisions.title')}
      </Title>
      <Text mb="sm">{t('decisions.text')}</Text>
      <QueryView query={query}>
        {(data) => (
          <DecisionTable
            decisions={nodes(data.decisions)}
            pagination={{
              hasNext: data.decisions.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.decisions.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: 50,
              totalCount: data.decisions.totalCount,
            }}
          />
        )}
      </QueryView>
    </>
  );
}

export function DecisionTable({
  decisions,
  pagination,
}: {
  decisions: Decision[];
  pagination?: Parameters<typeof DataTable<Decision>>[0]['pagination'];
}) {
  const t = useT(KIPP);
  const format = useFormat();
  return (
    <DataTable
      caption={t('decisions.caption')}
      captionHidden
      columns={[
        { key: 'when', header: t('decisions.when'), cell: (d) => format.date(d.decidedAt) },
        { key: 'kind', header: t('decisions.kind'), cell: (d) => decisionKind(d.kind, t) },
        // Reasons are written by people in Indonesian; marked so an English page reads them correctly.
        { key: 'reason', header: t('decisions.reason'), cell: (d) => <span lang="id">{d.reason}</span> },
        { key: 'who', header: t('decisions.who'), cell: (d) => d.decidedByName },
      ]}
      rows={decisions}
      rowKey={(d) => d.id}
      pagination={pagination}
      empty={<EmptyState title={t('decisions.none')} />}
    />
  );
}

import { Anchor, Button, Stack, Title } from '@mantine/core';
import { DataTable, TextField, useCursorPages, QueryView } from '@simpul/ui';
import { useMutation, useQuery, useT, useBasePath, nodes, useDebounced } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { EVALUATION } from '../messages';
import { CohortName } from '../shared/cohort-name';
import { useRefetchOn } from '../shared/use-refetch-on';
import { CYCLE_LOKUS, type LokusRow } from '../cycles/cycle.operations';
import { LokusImport } from './lokus-import';
import { REMOVE_LOKUS } from './lokus.operations';

const LOKUS_PAGE = 20;

/** The cycle's lokus and, in preparation, adding them from the registry by search. */
export function LokusSection({
  cycleId,
  instrumentIds,
  canEdit,
  revision = 0,
  onChanged,
}: {
  cycleId: string;
  /** The cycle's instruments, offered when adding lokus. */
  instrumentIds: readonly string[];
  canEdit: boolean;
  revision?: number;
  onChanged?: () => void;
}) {
  const t = useT(EVALUATION);
  const to = useBasePath();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search);
  const pages = useCursorPages(`${cycleId}:${debounced}`);
  const query = useQuery(CYCLE_LOKUS, { cycleId, search: debounced || null, first: LOKUS_PAGE, after: pages.after });
  const [remove] = useMutation(REMOVE_LOKUS);
  useRefetchOn(revision, query.refetch);
  const changed = onChanged ?? query.refetch;
  // Never rejects: the mutation resolves to its errors, so the button fires it without awaiting.
  async function removeLokus(lokusId: string) {
    await remove({ lokusId });
    changed();
  }
  return (
    <Stack component="section" aria-labelledby="lokus-title" gap="sm">
      <Title order={2} size="h3" id="lokus-title">
        {t('lokus.title')}
      </Title>
      <TextField id="lokus-search" label={t('lokus.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={420} />
      <QueryView query={query}>
        {({ cycleLokus }) => (
          <DataTable
            caption={t('lokus.caption', { count: cycleLokus.totalCount })}
            rows={nodes(cycleLokus)}
            rowKey={(l) => l.id}
            empty={t('lokus.none')}
            pagination={{
              page: pages.page,
              pageSize: LOKUS_PAGE,
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
              },
              { key: 'group', header: t('col.group'), cell: (l) => t(`group.${l.serviceGroup}`) },
              { key: 'province', header: t('col.province'), cell: (l) => l.provinceName ?? '' },
              { key: 'cohort', header: t('col.cohort'), cell: (l) => <CohortName of={l} /> },
              {
                key: 'evaluators',
                header: t('col.evaluators'),
                cell: (l) =>
                  l.assignments.length === 0
                    ? t('lokus.unassigned')
                    : l.assignments.map((a) => `${a.evaluatorName} (${t(`assignment.${a.role}`)})`).join(', '),
              },
              ...(canEdit
                ? [
                    {
                      key: 'remove',
                      header: t('col.actions'),
                      cell: (l: LokusRow) => (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('lokus.removeNamed', { name: l.unitName })}
                          onClick={() => void removeLokus(l.id)}
                        >
                          {t('lokus.remove')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      {canEdit && <LokusImport cycleId={cycleId} instrumentIds={instrumentIds} onImported={changed} />}
    </Stack>
  );
}

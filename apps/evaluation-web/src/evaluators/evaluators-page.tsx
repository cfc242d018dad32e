import { Button, Group, Stack } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, TextField, useCursorPages, QueryView } from '@simpul/ui';
import { useQuery, useSession, useT, useBasePath, nodes, useDebounced } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { ENROLLED_EVALUATORS, PROVINCES, type EvaluatorProfileRow } from '../workflow/workflow.operations';
import { WORKFLOW } from '../workflow/workflow-messages';
import { ConflictsPanel } from './conflicts-panel';
import { EnrolForm } from './enrol-form';

const PAGE = 20;

/** /evaluasi/evaluator: the national admin enrols evaluators, sets level and province, and keeps their conflicts of interest. */
export function EvaluatorsPage() {
  const t = useT(WORKFLOW);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const term = useDebounced(search);
  const pages = useCursorPages(term);
  const admin = user?.role === 'NATIONAL_ADMIN';
  const list = useQuery(ENROLLED_EVALUATORS, { search: term.trim() || null, first: PAGE, after: pages.after }, { skip: !admin });
  const provinces = useQuery(PROVINCES, {}, { skip: !admin });
  const provinceName = new Map((provinces.data?.provinces ?? []).map((p) => [p.code, p.name]));
  const [editing, setEditing] = useState<EvaluatorProfileRow | null>(null);
  const [conflictsOf, setConflictsOf] = useState<EvaluatorProfileRow | null>(null);
  const header = (
    <PageHeader
      title={t('evaluators.title')}
      description={t('evaluators.intro')}
      breadcrumbs={[{ label: te('title'), to: to() }, { label: t('evaluators.title') }]}
    />
  );
  if (!admin)
    return (
      <Stack gap="xl">
        {header}
        <EmptyState title={t('evaluators.adminOnly')} />
      </Stack>
    );
  return (
    <Stack gap="xl">
      {header}
      <Stack component="section" aria-labelledby="enrolled-title" gap="sm">
        <TextField
          id="enrolled-search"
          label={t('evaluators.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
        />
        <QueryView query={list}>
          {({ evaluatorProfiles }) => (
            <DataTable
              caption={t('evaluators.caption')}
              rows={nodes(evaluatorProfiles)}
              rowKey={(p) => p.userId}
              empty={t('evaluators.none')}
              pagination={{
                page: pages.page,
                pageSize: PAGE,
                totalCount: evaluatorProfiles.totalCount,
                hasNext: evaluatorProfiles.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(evaluatorProfiles.pageInfo.endCursor),
                onPrevious: pages.previous,
              }}
              columns={[
                { key: 'name', header: t('col.name'), cell: (p) => p.displayName, sortValue: (p) => p.displayName },
                { key: 'level', header: t('col.level'), cell: (p) => t(`level.${p.level}`) },
                {
                  key: 'province',
                  header: t('col.province'),
                  cell: (p) => (p.provinceCode ? (provinceName.get(p.provinceCode) ?? p.provinceCode) : '—'),
                },
                { key: 'agency', header: t('col.agency'), cell: (p) => p.agency?.name ?? '—' },
                {
                  key: 'actions',
                  header: t('col.actions'),
                  cell: (p) => (
                    <Group gap={4}>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('evaluators.edit', { name: p.displayName })}
                        onClick={() => setEditing(p)}
                      >
                        {t('evaluators.editShort')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('evaluators.conflicts', { name: p.displayName })}
                        onClick={() => setConflictsOf(p)}
                      >
                        {t('conflicts.title')}
                      </Button>
                    </Group>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
      </Stack>
      {conflictsOf && <ConflictsPanel evaluator={conflictsOf} />}
      <EnrolForm
        key={editing?.userId ?? 'new'}
        editing={editing}
        provinces={provinces.data?.provinces ?? []}
        onSaved={() => {
          setEditing(null);
          list.refetch();
        }}
        onCancel={() => setEditing(null)}
      />
    </Stack>
  );
}

import { Alert, Anchor, Button, Group, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, QueryView, SelectField, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { ASSIGN_EVALUATORS, RANKING, type Competition } from './admin.operations';

/** A spread at or above the competition's outlier distance is flagged in words and with a mark. */
export function wideSpread(spread: number | null, outlierPoints: number): boolean {
  return spread !== null && spread >= outlierPoints;
}

/** Tim Evaluasi: balanced assignment, then the ranking by aggregate with the spread of each proposal. */
export function AssessmentSection({ competition }: { competition: Competition }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const [assign, assignState] = useMutation(ASSIGN_EVALUATORS);
  const [summary, setSummary] = useState<Awaited<ReturnType<typeof assign>>['data']>(null);
  const [stage, setStage] = useState<'DESK_ASSESSMENT' | 'PRESENTATION'>('DESK_ASSESSMENT');
  const pages = useCursorPages(stage);
  const ranking = useQuery(RANKING, { competitionId: competition.id, stage, after: pages.after });
  const outlierPoints = competition.rules.outlierPoints;
  const assessmentDecided = Boolean(competition.stages.find((s) => s.stage === 'DESK_ASSESSMENT')?.decidedAt);

  async function assignAll() {
    const result = await assign({ competitionId: competition.id });
    setSummary(result.data);
  }

  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {t('assign.title')}
      </Title>
      <Text mb="sm">{t('assign.text', { count: competition.rules.evaluatorsPerProposal })}</Text>
      {!assessmentDecided && (
        <Group mb="sm">
          <Button variant="default" loading={assignState.loading} onClick={() => void assignAll()}>
            {t('assign.button')}
          </Button>
        </Group>
      )}
      <div role="status" aria-live="polite">
        {summary && (
          <Text fw={600} mb="sm">
            ✓ {t('assign.done', { proposals: summary.assignEvaluators.proposals, created: summary.assignEvaluators.created })}
          </Text>
        )}
      </div>
      {assignState.errors && (
        <Alert color="red" role="alert" mb="sm">
          {assignState.errors.map((e) => e.message).join(' ')}
        </Alert>
      )}
      {summary && (
        <DataTable
          caption={t('assign.loads')}
          columns={[
            { key: 'name', header: t('col.evaluator'), cell: (l) => l.evaluatorName, sortValue: (l) => l.evaluatorName },
            {
              key: 'assigned',
              header: t('assign.assigned'),
              cell: (l) => format.number(l.assigned),
              sortValue: (l) => l.assigned,
              numeric: true,
            },
          ]}
          rows={summary.assignEvaluators.loads}
          rowKey={(l) => l.evaluatorId}
        />
      )}
      <Title order={2} size="h3" mt="xl" mb="xs">
        {t('ranking.title')}
      </Title>
      <Text mb="sm">{t('ranking.text', { points: outlierPoints })}</Text>
      <SelectField
        id="ranking-stage"
        label={t('calendar.stage')}
        maw={320}
        mb="sm"
        value={stage}
        onChange={(e) => setStage(e.currentTarget.value as typeof stage)}
        data={[
          { value: 'DESK_ASSESSMENT', label: t('stage.DESK_ASSESSMENT') },
          { value: 'PRESENTATION', label: t('stage.PRESENTATION') },
        ]}
      />
      <QueryView query={ranking}>
        {(data) => (
          <DataTable
            caption={t('ranking.caption', { stage: t(`stage.${stage}`) })}
            captionHidden
            columns={[
              { key: 'rank', header: t('ranking.rank'), cell: (r) => (r.tied ? `${r.rank}=` : r.rank), numeric: true },
              {
                key: 'title',
                header: t('col.proposal'),
                cell: (r) => (
                  <Anchor component={Link} to={to(`/kompetisi/${competition.id}/usulan/${r.proposalId}`)}>
                    {r.title}
                  </Anchor>
                ),
              },
              { key: 'group', header: t('col.group'), cell: (r) => t(`group.${r.group}`) },
              { key: 'value', header: t('ranking.value'), cell: (r) => format.number(r.value, 2), numeric: true },
              {
                key: 'evaluators',
                header: t('ranking.evaluators'),
                cell: (r) => `${r.evaluators}${r.evaluators >= 3 ? ` · ${t('ranking.trimmed')}` : ''}`,
                numeric: true,
              },
              {
                key: 'spread',
                header: t('ranking.spread'),
                numeric: true,
                cell: (r) =>
                  r.spread === null ? (
                    '—'
                  ) : wideSpread(r.spread, outlierPoints) ? (
                    <Text span fw={700} c="red.9">
                      ⚠ {format.number(r.spread, 2)} · {t('ranking.wide')}
                    </Text>
                  ) : (
                    format.number(r.spread, 2)
                  ),
              },
            ]}
            rows={nodes(data.ranking)}
            rowKey={(r) => r.proposalId}
            loading={ranking.loading}
            pagination={{
              hasNext: data.ranking.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.ranking.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: 50,
              totalCount: data.ranking.totalCount,
            }}
            empty={<EmptyState title={t('ranking.none')} />}
          />
        )}
      </QueryView>
    </>
  );
}

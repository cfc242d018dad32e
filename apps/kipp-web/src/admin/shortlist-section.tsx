import { Alert, Anchor, Button, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, OriginBadge, QueryView, SelectField } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { ReasonForm } from '../shared/reason-form';
import { ADJUST_SHORTLIST, DECIDE_TOP45, DECIDE_TOP99, PROPOSE_TOP99, SHORTLIST, type Competition } from './admin.operations';
import { BalanceChart } from './balance-chart';
import { PROVINCE_NAMES } from './province-names.operations';

/** The Top 99 (proposal from the ranking, panel adjustments, balance, decision) or the Top 45 decision. */
export function ShortlistSection({
  competition,
  tier,
  onChanged,
}: {
  competition: Competition;
  tier: 'TOP99' | 'TOP45';
  onChanged: () => void;
}) {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const list = useQuery(SHORTLIST, { competitionId: competition.id, tier });
  const provinces = useQuery(PROVINCE_NAMES, {});
  const provinceNames = Object.fromEntries((provinces.data?.provinces ?? []).map((p) => [p.code, p.name]));
  const [propose, proposeState] = useMutation(PROPOSE_TOP99);
  const [adjust] = useMutation(ADJUST_SHORTLIST);
  const [decide99] = useMutation(DECIDE_TOP99);
  const [decide45] = useMutation(DECIDE_TOP45);
  const [proposed, setProposed] = useState<number | null>(null);
  const [excluded, setExcluded] = useState('');
  const stage = competition.stages.find((s) => s.stage === (tier === 'TOP99' ? 'TOP99_PANEL' : 'TOP45'));
  const decided = Boolean(stage?.decidedAt);
  const size = tier === 'TOP99' ? competition.rules.top99Size : competition.rules.top45Size;

  async function proposeTop99() {
    const result = await propose({ competitionId: competition.id });
    if (!result.data) return;
    setProposed(result.data.proposeTop99);
    list.refetch();
  }

  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {t(`shortlist.${tier}.title`)}
      </Title>
      <Text mb="sm">
        {decided && stage?.decidedAt
          ? t('shortlist.decidedOn', { date: format.date(stage.decidedAt), reason: stage.decisionReason ?? '' })
          : t(`shortlist.${tier}.text`, { size })}
      </Text>
      {tier === 'TOP99' && !decided && (
        <>
          <Group mb="sm">
            <Button variant="default" loading={proposeState.loading} onClick={() => void proposeTop99()}>
              {t('shortlist.propose')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {proposed !== null && (
              <Text fw={600} mb="sm">
                ✓ {t('shortlist.proposed', { count: proposed })}
              </Text>
            )}
          </div>
          {proposeState.errors && (
            <Alert color="red" role="alert" mb="sm">
              {proposeState.errors.map((e) => e.message).join(' ')}
            </Alert>
          )}
        </>
      )}
      <QueryView query={list}>
        {(data) => {
          const entries = nodes(data.shortlist);
          return (
            <>
              <DataTable
                caption={t(`shortlist.${tier}.caption`, { count: data.shortlist.totalCount })}
                columns={[
                  { key: 'rank', header: t('ranking.rank'), cell: (e) => e.rank ?? '—', sortValue: (e) => e.rank ?? 9999, numeric: true },
                  {
                    key: 'title',
                    header: t('col.proposal'),
                    cell: (e) => (
                      <Anchor component={Link} to={to(`/kompetisi/${competition.id}/usulan/${e.proposalId}`)}>
                        {e.title}
                      </Anchor>
                    ),
                  },
                  { key: 'agency', header: t('col.agency'), cell: (e) => e.agency.name },
                  {
                    key: 'region',
                    header: t('col.region'),
                    cell: (e) => (
                      <>
                        {e.region.name}
                        {e.in3tRegion && (
                          <Text span fw={700} fz="inherit">
                            {' '}
                            · {t('in3t.3T')}
                          </Text>
                        )}
                      </>
                    ),
                  },
                  { key: 'group', header: t('col.group'), cell: (e) => t(`group.${e.group}`) },
                  {
                    key: 'score',
                    header: t('ranking.value'),
                    cell: (e) => (e.score === null ? '—' : format.number(e.score, 2)),
                    sortValue: (e) => e.score ?? 0,
                    numeric: true,
                  },
                  { key: 'reason', header: t('shortlist.reason'), cell: (e) => e.reason },
                  { key: 'origin', header: t('col.origin'), cell: (e) => <OriginBadge origin={e.origin} />, sortValue: (e) => e.origin },
                ]}
                rows={entries}
                rowKey={(e) => e.proposalId}
                pageSize={25}
                empty={<EmptyState title={t('shortlist.empty')} />}
              />
              {data.shortlistBalance.some((d) => d.buckets.length > 0) && (
                <>
                  <Title order={3} size="h4" mt="xl" mb="xs">
                    {t('balance.title')}
                  </Title>
                  <Text mb="md">{t('balance.text')}</Text>
                  <SimpleGrid cols={{ base: 1, xl: 2 }}>
                    {data.shortlistBalance.map((dimension) => (
                      <BalanceChart
                        key={dimension.dimension}
                        dimension={dimension}
                        label={t(`balance.${dimension.dimension}`)}
                        provinceNames={provinceNames}
                      />
                    ))}
                  </SimpleGrid>
                </>
              )}
              {tier === 'TOP99' && !decided && entries.length > 0 && (
                <>
                  <Title order={3} size="h4" mt="xl" mb="xs">
                    {t('shortlist.adjustTitle')}
                  </Title>
                  <ReasonForm
                    id="adjust"
                    label={t('shortlist.adjustReason')}
                    submitLabel={t('shortlist.exclude')}
                    done={t('shortlist.excluded')}
                    onSubmit={async (reason) => {
                      const result = await adjust({ proposalId: excluded || entries[0].proposalId, include: false, reason });
                      if (result.errors) return result.errors;
                      list.refetch();
                      return null;
                    }}
                  >
                    <SelectField
                      id="adjust-proposal"
                      label={t('shortlist.excludeWhich')}
                      value={excluded || entries[0].proposalId}
                      onChange={(e) => setExcluded(e.currentTarget.value)}
                      data={entries.map((e) => ({ value: e.proposalId, label: `${e.rank ?? '—'}. ${e.title}` }))}
                    />
                  </ReasonForm>
                </>
              )}
              {!decided && (tier === 'TOP45' || entries.length > 0) && (
                <>
                  <Title order={3} size="h4" mt="xl" mb="xs">
                    {t(`shortlist.${tier}.decideTitle`)}
                  </Title>
                  <Text mb="sm">{t(`shortlist.${tier}.decideText`, { size })}</Text>
                  <ReasonForm
                    id={`decide-${tier}`}
                    label={t('shortlist.decisionReason')}
                    submitLabel={t(`shortlist.${tier}.decide`)}
                    done={t('shortlist.decidedDone')}
                    onSubmit={async (reason) => {
                      const result =
                        tier === 'TOP99'
                          ? await decide99({ competitionId: competition.id, reason })
                          : await decide45({ competitionId: competition.id, reason });
                      if (result.errors) return result.errors;
                      list.refetch();
                      onChanged();
                      return null;
                    }}
                  />
                </>
              )}
            </>
          );
        }}
      </QueryView>
    </>
  );
}

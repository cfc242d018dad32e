import { Alert, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, SelectField } from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useT } from '@simpul/web-kit';
import { useSearchParams } from 'react-router';
import { CYCLES } from '../cycles/cycle.operations';
import { UNIT_LOKUS } from '../lokus/lokus.operations';
import { EVALUATION } from '../messages';
import { useInstrumentName } from '../shared/instrument-name';
import { COMPARISON } from './comparison-messages';
import { CYCLE_COMPARISON, type ComparedAspect, type Comparison } from './comparison.operations';

/**
 * Two cycles side by side, aspect by aspect (`/bandingkan?first=&second=&unit=`): the cycles' mean
 * results, or one unit's, with a note wherever the two instruments do not build a score the same way.
 */
export function ComparisonPage() {
  const t = useT(COMPARISON);
  const e = useT(EVALUATION);
  const to = useBasePath();
  const [params, setParams] = useSearchParams();
  const first = params.get('first') ?? '';
  const second = params.get('second') ?? '';
  const unit = params.get('unit');
  const cycles = useQuery(CYCLES, { first: 100 });
  const unitLokus = useQuery(UNIT_LOKUS, { serviceUnitId: unit ?? '' }, { skip: !unit });
  const unitName = unit ? unitLokus.data?.unitLokus[0]?.unitName : undefined;
  const choose = (key: 'first' | 'second', value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const options = [
    { value: '', label: t('choose') },
    ...(cycles.data?.evaluationCycles.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []),
  ];
  return (
    <Stack gap="lg">
      <PageHeader
        title={unitName ? t('titleUnit', { unit: unitName }) : t('title')}
        description={t('description')}
        breadcrumbs={[
          { label: e('title'), to: to() },
          ...(unit && unitName ? [{ label: unitName, to: to(`/units/${unit}`) }] : []),
          { label: t('crumb') },
        ]}
      />
      <Group gap="md" align="flex-end">
        <SelectField
          id="compare-first"
          label={t('first')}
          value={first}
          onChange={(event) => choose('first', event.currentTarget.value)}
          data={options}
        />
        <SelectField
          id="compare-second"
          label={t('second')}
          value={second}
          onChange={(event) => choose('second', event.currentTarget.value)}
          data={options}
        />
      </Group>
      {first && second && first !== second ? (
        <Compared first={first} second={second} unit={unit} />
      ) : (
        <EmptyState title={t('chooseBoth')} />
      )}
    </Stack>
  );
}

function Compared({ first, second, unit }: { first: string; second: string; unit: string | null }) {
  const t = useT(COMPARISON);
  const query = useQuery(CYCLE_COMPARISON, { first, second, unit });
  return (
    <QueryView query={query} errorTitle={t('loadFailed')} refused={{ title: t('refused'), message: t('refusedHelp') }}>
      {({ cycleComparison }) => <ComparisonView comparison={cycleComparison} forUnit={unit !== null} />}
    </QueryView>
  );
}

function ComparisonView({ comparison, forUnit }: { comparison: Comparison; forUnit: boolean }) {
  const t = useT(COMPARISON);
  const format = useFormat();
  const [left, right] = [comparison.first, comparison.second];
  const score = (value: number | null | undefined) => (value === null || value === undefined ? t('score.none') : format.number(value, 2));
  return (
    <Stack gap="md" aria-live="polite">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SideSummary side={left} forUnit={forUnit} />
        <SideSummary side={right} forUnit={forUnit} />
      </SimpleGrid>
      {comparison.aspects.length === 0 ? (
        <Alert color="blue">{t('noAspects')}</Alert>
      ) : (
        <>
          <Text size="sm">{forUnit ? t('scoreHelpUnit') : t('scoreHelpCycle')}</Text>
          <DataTable<ComparedAspect>
            caption={t('caption')}
            rows={comparison.aspects}
            rowKey={(aspect) => aspect.code}
            columns={[
              {
                key: 'aspect',
                header: t('col.aspect'),
                cell: (aspect) => `${aspect.code.toUpperCase()}. ${aspect.first?.name ?? aspect.second?.name ?? ''}`,
              },
              {
                key: 'weight1',
                header: t('col.weight', { cycle: left.cycle.name }),
                numeric: true,
                cell: (aspect) => (aspect.first ? `${format.number(aspect.first.weight)}%` : t('score.none')),
              },
              {
                key: 'score1',
                header: t('col.score', { cycle: left.cycle.name }),
                numeric: true,
                cell: (aspect) => score(aspect.first?.score),
              },
              {
                key: 'weight2',
                header: t('col.weight', { cycle: right.cycle.name }),
                numeric: true,
                cell: (aspect) => (aspect.second ? `${format.number(aspect.second.weight)}%` : t('score.none')),
              },
              {
                key: 'score2',
                header: t('col.score', { cycle: right.cycle.name }),
                numeric: true,
                cell: (aspect) => score(aspect.second?.score),
              },
              { key: 'notes', header: t('col.notes'), cell: (aspect) => <Notes aspect={aspect} /> },
            ]}
          />
        </>
      )}
      {comparison.blendDiffers && <Alert color="yellow">{t('blendDiffers')}</Alert>}
      {comparison.surveyItemsAdded.length > 0 && <Text>{t('surveyAdded', { codes: comparison.surveyItemsAdded.join(', ') })}</Text>}
      {comparison.surveyItemsRemoved.length > 0 && <Text>{t('surveyRemoved', { codes: comparison.surveyItemsRemoved.join(', ') })}</Text>}
    </Stack>
  );
}

function SideSummary({ side, forUnit }: { side: Comparison['first']; forUnit: boolean }) {
  const t = useT(COMPARISON);
  const format = useFormat();
  const instrumentName = useInstrumentName();
  return (
    <Paper withBorder p="md" component="section" aria-label={side.cycle.name}>
      <Title order={2} size="h4">
        {side.cycle.name}
      </Title>
      <Text size="sm">
        {side.instrumentId ? t('side.instrument', { name: instrumentName(side.instrumentId) }) : t('side.noInstrument')}
      </Text>
      <Text fw={700} mt="xs">
        {side.ipp === null ? t('side.noIpp') : t(forUnit ? 'side.ippUnit' : 'side.ipp', { value: format.number(side.ipp, 2) })}
      </Text>
      <Text size="sm">{t('side.counts', { scored: side.scoredResults, published: side.publishedFigures })}</Text>
    </Paper>
  );
}

function Notes({ aspect }: { aspect: ComparedAspect }) {
  const t = useT(COMPARISON);
  if (!aspect.differences.length) return <Text size="sm">{t('notes.same')}</Text>;
  return (
    <List size="sm">
      {aspect.differences.map((note, i) => (
        <List.Item key={`${note.kind}-${i}`}>
          {t(`note.${note.kind}`, { codes: note.indicatorCodes.join(', '), cycle: note.cycle ?? '' })}
        </List.Item>
      ))}
    </List>
  );
}

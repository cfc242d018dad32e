import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, GradeBadge, PageHeader, QueryView, SelectField } from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { GapSource } from '../__generated__/operations';
import { UNIT_LOKUS } from '../lokus/lokus.operations';
import { EVALUATION } from '../messages';
import { UNIT_GAP, type UnitGap } from './gap.operations';

const SOURCES: readonly GapSource[] = ['SCORES', 'CLAIMS'];

/**
 * A unit's gap analysis: from its latest lokus' IPP to the next category, the fewest level steps,
 * each with what the target level asks for. For the unit's desk, its evaluators and the admin.
 */
export function GapPage() {
  const { unitId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const [source, setSource] = useState<GapSource | ''>('');
  const query = useQuery(UNIT_GAP, { serviceUnitId: unitId, source: source || null });
  // The unit's name and the cycle of the lokus analysed, from the same scope the analysis is read in.
  const lokus = useQuery(UNIT_LOKUS, { serviceUnitId: unitId });
  const analysed = lokus.data?.unitLokus.find((l) => l.id === query.data?.gapAnalysis?.lokusId);
  const unitName = analysed?.unitName ?? lokus.data?.unitLokus[0]?.unitName ?? '…';
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('gapPage.title', { unit: unitName })}
        description={t('gapPage.description')}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: unitName, to: to(`/units/${unitId}`) }, { label: t('gapPage.crumb') }]}
      />
      <SelectField
        id="gap-source"
        label={t('gapPage.source')}
        value={source}
        onChange={(e) => setSource(e.currentTarget.value as GapSource | '')}
        data={[{ value: '', label: t('gapPage.source.auto') }, ...SOURCES.map((value) => ({ value, label: t(`gapPage.source.${value}`) }))]}
        maw={420}
      />
      <QueryView query={query}>
        {({ gapAnalysis }) =>
          gapAnalysis ? (
            <Analysis gap={gapAnalysis} cycleName={analysed?.cycle.name ?? String(gapAnalysis.year)} />
          ) : (
            <EmptyState title={t('gapPage.none')}>{t('gapPage.noneHelp')}</EmptyState>
          )
        }
      </QueryView>
    </Stack>
  );
}

function Analysis({ gap, cycleName }: { gap: UnitGap; cycleName: string }) {
  const t = useT(EVALUATION);
  const format = useFormat();
  const [language] = useLanguage();
  const targetName = gap.target ? `${gap.target.code} · ${language === 'en' ? gap.target.labelEn : gap.target.label}` : '';
  return (
    <Stack gap="md" aria-live="polite">
      <Paper withBorder p="md" component="section" aria-labelledby="gap-now-title">
        <Stack gap="xs">
          <Text size="sm">{t('gapPage.basis', { cycle: cycleName, source: t(`gapPage.source.${gap.source}`) })}</Text>
          <Title order={2} size="h3" id="gap-now-title">
            {t('gapPage.now')}
          </Title>
          <Group gap="sm">
            <Text size="xl" fw={700}>
              {format.number(gap.fromIndex, 2)}
            </Text>
            <GradeBadge grade={gap.from} />
          </Group>
          {gap.target && gap.targetIndex !== null && <Text>{t('gapPage.next', { index: format.number(gap.targetIndex, 2) })}</Text>}
          {gap.target && gap.reachable && <Text>{gap.summary[language]}</Text>}
          {gap.missingIndicators.length > 0 && (
            <Alert color="yellow">
              {t('gapPage.missing', { count: gap.missingIndicators.length, codes: gap.missingIndicators.join(', ') })}
            </Alert>
          )}
        </Stack>
      </Paper>
      {!gap.target ? (
        <Alert color="green">{t('gapPage.top')}</Alert>
      ) : !gap.reachable ? (
        <Alert color="yellow">{t('gapPage.unreachable', { target: targetName })}</Alert>
      ) : (
        <>
          <DataTable<UnitGap['steps'][number]>
            caption={t('gapPage.stepsCaption', { target: targetName })}
            rows={gap.steps}
            rowKey={(s) => s.indicatorCode}
            columns={[
              {
                key: 'indicator',
                header: t('gapPage.col.indicator'),
                cell: (s) => <IndicatorName code={s.indicatorCode} text={s.indicatorText} />,
              },
              { key: 'levels', header: t('gapPage.col.levels'), cell: (s) => t('gapPage.levels', { from: s.from, to: s.to }) },
              {
                key: 'gain',
                header: t('gapPage.col.gain'),
                numeric: true,
                cell: (s) => format.number(s.gain, 2),
                sortValue: (s) => s.gain,
              },
              { key: 'descriptor', header: t('gapPage.col.descriptor'), cell: (s) => s.targetDescriptor ?? t('gapPage.noDescriptor') },
            ]}
          />
          {gap.resultingIndex !== null && (
            <Text>{t('gapPage.resulting', { steps: gap.levelSteps, index: format.number(gap.resultingIndex, 2) })}</Text>
          )}
        </>
      )}
      <DataTable<UnitGap['indicators'][number]>
        caption={t('gapPage.indicatorsCaption')}
        rows={gap.indicators}
        rowKey={(i) => i.indicatorCode}
        columns={[
          {
            key: 'indicator',
            header: t('gapPage.col.indicator'),
            cell: (i) => <IndicatorName code={i.indicatorCode} text={i.indicatorText} />,
          },
          {
            key: 'level',
            header: t('gapPage.col.level'),
            cell: (i) => (i.level === null ? t('gapPage.noLevel') : i.level),
            sortValue: (i) => i.level ?? 0,
          },
          { key: 'next', header: t('gapPage.col.next'), cell: (i) => (i.nextLevel === null ? t('gapPage.atTop') : i.nextLevel) },
          { key: 'gain', header: t('gapPage.col.gain'), numeric: true, cell: (i) => format.number(i.gain, 2), sortValue: (i) => i.gain },
          {
            key: 'descriptor',
            header: t('gapPage.col.nextDescriptor'),
            cell: (i) => (i.nextLevel === null ? '–' : (i.nextDescriptor ?? t('gapPage.noDescriptor'))),
          },
        ]}
      />
    </Stack>
  );
}

/** "2.a.P Maklumat pelayanan": the code as printed on the form, then its text. */
function IndicatorName({ code, text }: { code: string; text: string }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {code}
      </Text>{' '}
      {text}
    </Text>
  );
}

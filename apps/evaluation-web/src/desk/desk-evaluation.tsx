import { List, Stack, Text, Title } from '@mantine/core';
import type { Instrument } from '@simpul/scoring';
import { DataTable } from '@simpul/ui';
import { formatDate, useLanguage, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { LokusDetail } from '../lokus/lokus.operations';
import { indicatorsOf } from '../shared/instrument';
import { Indonesian } from '../shared/indonesian';
import { WORKFLOW } from '../workflow/workflow-messages';

/**
 * What the evaluators made of the desk's F-01, in instrument order: their level and note per
 * indicator beside the claim, and the field-visit findings. The service releases these once the
 * appeal phase opens; before that this says when they will appear.
 */
export function DeskEvaluation({ lokus, instrument }: { lokus: LokusDetail; instrument: Instrument }) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const [language] = useLanguage();
  const visible = lokus.scoringStatus ? lokus.scoringStatus.evaluationVisible : lokus.scores.length > 0;
  const appeal = lokus.cycle.phases.find((p) => p.phase === 'APPEAL');
  if (!visible) {
    if (!appeal || lokus.cycle.publishedAt) return null;
    return (
      <section aria-labelledby="desk-evaluation-title">
        <Title order={2} size="h3" id="desk-evaluation-title">
          {tw('deskEval.title')}
        </Title>
        <Text size="sm" mt="xs">
          {tw('deskEval.hidden', { date: formatDate(appeal.startsAt, language) })}
        </Text>
      </section>
    );
  }
  const rows = indicatorsOf(instrument).map((indicator) => ({
    indicator,
    claim: lokus.claims.find((c) => c.indicatorCode === indicator.code) ?? null,
    score: lokus.scores.find((s) => s.indicatorCode === indicator.code) ?? null,
  }));
  return (
    <Stack component="section" aria-labelledby="desk-evaluation-title" gap="sm">
      <Title order={2} size="h3" id="desk-evaluation-title">
        {tw('deskEval.title')}
      </Title>
      <Text size="sm">{tw('deskEval.intro')}</Text>
      <DataTable
        caption={tw('deskEval.caption')}
        captionHidden
        rows={rows}
        rowKey={(r) => r.indicator.code}
        columns={[
          {
            key: 'indicator',
            header: tw('deskEval.indicator'),
            cell: (r) => (
              <>
                {r.indicator.code} · <Indonesian>{r.indicator.text}</Indonesian>
              </>
            ),
          },
          {
            key: 'claimed',
            header: tw('deskEval.claimed'),
            cell: (r) => (r.claim ? t('level', { level: r.claim.level }) : '—'),
            numeric: true,
          },
          {
            key: 'level',
            header: tw('deskEval.level'),
            cell: (r) => (r.score ? t('level', { level: r.score.level }) : tw('deskEval.notScored')),
            numeric: true,
          },
          { key: 'note', header: tw('deskEval.note'), cell: (r) => r.score?.note || tw('deskEval.noNote') },
        ]}
      />
      <Title order={3} size="h4">
        {tw('deskEval.visits')}
      </Title>
      {lokus.fieldVerifications.length === 0 ? (
        <Text size="sm">{tw('deskEval.noVisits')}</Text>
      ) : (
        <List size="sm">
          {lokus.fieldVerifications.map((v) => (
            <List.Item key={v.id}>
              {tw('deskEval.visit', { date: formatDate(v.visitedOn, language), team: v.team.join(', '), findings: v.findings })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

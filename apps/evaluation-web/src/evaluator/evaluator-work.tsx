import { Alert, Box, Stack, Text, Title } from '@mantine/core';
import type { Instrument } from '@simpul/scoring';
import { useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { AspectNav } from '../shared/aspect-nav';
import { indicatorsOf } from '../shared/instrument';
import { AppealPanel } from '../lokus/appeal-panel';
import { CommentThread } from '../lokus/comment-thread';
import type { LokusDetail } from '../lokus/lokus.operations';
import { FieldVerificationSection } from './field-verification-form';
import { ScoreCard } from './score-card';

/** The evaluator's F-02 for one assigned lokus: scores against the descriptors, comments, field verification, appeals. */
export function EvaluatorWork({ lokus, instrument, refetch }: { lokus: LokusDetail; instrument: Instrument; refetch: () => void }) {
  const t = useT(EVALUATION);
  const { user } = useSession();
  const primary = lokus.assignments.some((a) => a.evaluatorId === user?.id && a.role === 'PRIMARY') || user?.role === 'NATIONAL_ADMIN';
  const phases = lokus.cycle.openPhases;
  const scoringOpen = (phases.includes('EVALUATOR_SCORING') || phases.includes('VERIFICATION')) && !lokus.cycle.finalisedAt;
  const editable = primary && scoringOpen;
  const [aspectCode, setAspectCode] = useState(instrument.aspects[0]?.code ?? '');
  return (
    <Stack gap="lg">
      {!primary && <Alert color="gray">{t('evaluator.notPrimary')}</Alert>}
      {primary && !scoringOpen && <Alert color="gray" title={t('evaluator.closedTitle')}>{t('evaluator.closed')}</Alert>}
      <Text>{t('evaluator.progress', { scored: lokus.scores.length, total: indicatorsOf(instrument).length })}</Text>
      <AspectNav aspects={instrument.aspects} current={aspectCode} onChange={setAspectCode} done={(aspect) => aspect.indicators.filter((i) => lokus.scores.some((s) => s.indicatorCode === i.code)).length} />
      {instrument.aspects.filter((aspect) => aspect.code === aspectCode).map((aspect) => (
        <Box component="section" key={aspect.code} aria-labelledby={`aspect-${aspect.code}`}>
          <Title order={2} size="h3" id={`aspect-${aspect.code}`} mb="sm">{t('aspect.heading', { code: aspect.code.toUpperCase(), name: aspect.name, weight: aspect.weight })}</Title>
          <Stack gap="md">
            {aspect.indicators.map((indicator) => (
              <ScoreCard
                key={indicator.code}
                lokusId={lokus.id}
                indicator={indicator}
                score={lokus.scores.find((s) => s.indicatorCode === indicator.code) ?? null}
                claim={lokus.claims.find((c) => c.indicatorCode === indicator.code) ?? null}
                editable={editable}
                onReload={refetch}
              />
            ))}
          </Stack>
        </Box>
      ))}
      <FieldVerificationSection lokusId={lokus.id} records={lokus.fieldVerifications} editable={primary && !lokus.cycle.finalisedAt} onSaved={refetch} />
      <AppealPanel lokus={lokus} mode="evaluator" onChanged={refetch} />
      <CommentThread lokusId={lokus.id} indicatorCodes={indicatorsOf(instrument).map((i) => i.code)} canWrite={!lokus.cycle.finalisedAt} />
    </Stack>
  );
}

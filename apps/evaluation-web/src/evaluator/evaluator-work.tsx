import { Alert, Box, Stack, Text } from '@mantine/core';
import type { Instrument } from '@simpul/scoring';
import { useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { AspectHeading } from '../shared/aspect-heading';
import { AspectNav } from '../shared/aspect-nav';
import { indicatorsOf } from '../shared/instrument';
import { AppealPanel } from '../lokus/appeal-panel';
import { CommentThread } from '../lokus/comment-thread';
import type { LokusDetail } from '../lokus/lokus.operations';
import { WORKFLOW } from '../workflow/workflow-messages';
import { FieldVerificationSection } from './field-verification-form';
import { ScoreCard } from './score-card';
import { SecondScoreCard } from './second-score-card';

/**
 * The evaluator's F-02 for one assigned lokus. The primary rater scores the official levels, records
 * the field visit and decides appeals; a second rater scores the same indicators blind (the service
 * hides the primary's work until both have finished); the admin sees both.
 */
export function EvaluatorWork({ lokus, instrument, refetch }: { lokus: LokusDetail; instrument: Instrument; refetch: () => void }) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const { user } = useSession();
  const admin = user?.role === 'NATIONAL_ADMIN';
  const role = lokus.scoringStatus?.role ?? lokus.assignments.find((a) => a.evaluatorId === user?.id)?.role ?? null;
  const primary = admin || role === 'PRIMARY';
  const second = !admin && role === 'SECOND_RATER';
  const phases = lokus.cycle.openPhases;
  const scoringOpen = (phases.includes('EVALUATOR_SCORING') || phases.includes('VERIFICATION')) && !lokus.cycle.finalisedAt;
  const editable = primary && scoringOpen;
  const secondScores = lokus.secondScores;
  const mine = secondScores.filter((s) => s.evaluatorId === user?.id);
  const blind = lokus.scoringStatus?.blind ?? false;
  const hasSecondRater = lokus.assignments.some((a) => a.role === 'SECOND_RATER');
  const [aspectCode, setAspectCode] = useState(instrument.aspects[0]?.code ?? '');
  const total = indicatorsOf(instrument).length;
  const scoredCodes = new Set((second ? mine : lokus.scores).map((s) => s.indicatorCode));
  return (
    <Stack gap="lg">
      {second && blind && (
        <Alert color="blue" title={tw('blind.secondTitle')}>
          {tw('blind.second')}
        </Alert>
      )}
      {primary && !admin && blind && hasSecondRater && (
        <Alert color="blue" title={tw('blind.secondTitle')}>
          {tw('blind.primary')}
        </Alert>
      )}
      {(primary || second) && hasSecondRater && !blind && lokus.scoringStatus && <Text size="sm">{tw('blind.lifted')}</Text>}
      {!primary && !second && <Alert color="gray">{t('evaluator.notPrimary')}</Alert>}
      {(primary || second) && !scoringOpen && (
        <Alert color="gray" title={t('evaluator.closedTitle')}>
          {second ? tw('second.closed') : t('evaluator.closed')}
        </Alert>
      )}
      <Text>
        {second ? tw('blind.progress', { scored: mine.length, total }) : t('evaluator.progress', { scored: lokus.scores.length, total })}
      </Text>
      <AspectNav
        aspects={instrument.aspects}
        current={aspectCode}
        onChange={setAspectCode}
        done={(aspect) => aspect.indicators.filter((i) => scoredCodes.has(i.code)).length}
      />
      {instrument.aspects
        .filter((aspect) => aspect.code === aspectCode)
        .map((aspect) => (
          <Box component="section" key={aspect.code} aria-labelledby={`aspect-${aspect.code}`}>
            <AspectHeading aspect={aspect} />
            <Stack gap="md">
              {aspect.indicators.map((indicator) => {
                const claim = lokus.claims.find((c) => c.indicatorCode === indicator.code) ?? null;
                const score = lokus.scores.find((s) => s.indicatorCode === indicator.code) ?? null;
                if (second) {
                  return (
                    <SecondScoreCard
                      key={indicator.code}
                      lokusId={lokus.id}
                      indicator={indicator}
                      claim={claim}
                      primary={score}
                      mine={mine.find((s) => s.indicatorCode === indicator.code) ?? null}
                      editable={scoringOpen}
                      onSaved={refetch}
                    />
                  );
                }
                const others = secondScores.filter((s) => s.indicatorCode === indicator.code && s.evaluatorId !== user?.id);
                return (
                  <Stack key={indicator.code} gap={4}>
                    <ScoreCard
                      lokusId={lokus.id}
                      indicator={indicator}
                      score={score}
                      claim={claim}
                      editable={editable}
                      onReload={refetch}
                    />
                    {others.length > 0 && (
                      <Text size="sm" c="dimmed">
                        {tw('second.others', { list: others.map((s) => t('level', { level: s.level })).join(', ') })}
                      </Text>
                    )}
                  </Stack>
                );
              })}
            </Stack>
          </Box>
        ))}
      {!second || lokus.fieldVerifications.length > 0 ? (
        <FieldVerificationSection
          lokusId={lokus.id}
          records={lokus.fieldVerifications}
          editable={primary && !lokus.cycle.finalisedAt}
          onSaved={refetch}
        />
      ) : null}
      <AppealPanel lokus={lokus} mode="evaluator" onChanged={refetch} />
      <CommentThread lokusId={lokus.id} indicatorCodes={indicatorsOf(instrument).map((i) => i.code)} canWrite={!lokus.cycle.finalisedAt} />
    </Stack>
  );
}

import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { Indonesian } from '../shared/indonesian';
import { LevelPicker } from '../shared/level-picker';
import type { Claim, Score, SecondScore } from '../lokus/lokus.operations';
import { SAVE_SECOND_SCORE } from '../workflow/workflow.operations';
import { WORKFLOW } from '../workflow/workflow-messages';

/**
 * One indicator for the second rater: the desk's claim and evidence, the descriptors, and their own
 * level. The primary rater's level appears only once the service lifts the blind (both finished).
 */
export function SecondScoreCard({ lokusId, indicator, mine, primary, claim, editable, onSaved }: {
  lokusId: string;
  indicator: Indicator;
  mine: SecondScore | null;
  primary: Score | null;
  claim: Claim | null;
  editable: boolean;
  onSaved: () => void;
}) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const [level, setLevel] = useState<number | null>(mine?.level ?? null);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [save, state] = useMutation(SAVE_SECOND_SCORE);
  const id = (field: string) => `second-${indicator.code}-${field}`;

  async function submit() {
    setSaved(false);
    setMissing(level === null);
    if (level === null) return;
    const result = await save({ input: { lokusId, indicatorCode: indicator.code, level } });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={id('title')}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={id('title')}>{indicator.code} · <Indonesian>{indicator.text}</Indonesian></Title>
        <Text size="sm">
          {claim ? t('score.claimed', { level: claim.level, justification: claim.justification }) : t('score.noClaim')}
          {claim && claim.evidence.length > 0 ? ` ${t('score.evidence', { list: claim.evidence.map((d) => d.fileName).join(', ') })}` : ''}
        </Text>
        {mine && <Text size="sm">{tw('second.stored', { level: mine.level })}</Text>}
        {primary && <Text size="sm">{tw('second.primaryLevel', { level: primary.level })}</Text>}
        <LevelPicker id={id('level')} label={tw('second.level')} levels={indicator.levels} value={level} error={missing ? tw('second.levelMissing') : (state.errors?.find((e) => e.field === 'input.level')?.message ?? null)} onChange={(next) => editable && setLevel(next)} />
        {state.errors && state.errors.some((e) => e.field !== 'input.level') && (
          <Alert color="red" role="alert" title={t('error.saveTitle')}>{state.errors.map((e) => e.message).join(' ')}</Alert>
        )}
        {editable && (
          <Group>
            <Button variant="default" onClick={() => void submit()} loading={state.loading}>{tw('second.save', { code: indicator.code })}</Button>
            <Text size="sm" aria-live="polite">{saved ? tw('second.saved') : ''}</Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { TextAreaField } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { Indonesian } from '../shared/indonesian';
import { LevelPicker } from '../shared/level-picker';
import type { Claim, Score } from '../lokus/lokus.operations';
import { SAVE_SCORE } from '../lokus/work.operations';

/**
 * One F-02 indicator. Saves carry the version the evaluator saw; when someone saved first the
 * server answers CONFLICT and this card keeps the evaluator's level on screen and offers a reload
 * to see the other save, so nothing is lost silently.
 */
export function ScoreCard({ lokusId, indicator, score, claim, editable, onReload }: {
  lokusId: string;
  indicator: Indicator;
  score: Score | null;
  claim: Claim | null;
  editable: boolean;
  onReload: () => void;
}) {
  const t = useT(EVALUATION);
  const [level, setLevel] = useState<number | null>(score?.level ?? null);
  const [note, setNote] = useState(score?.note ?? '');
  const [save, state] = useMutation(SAVE_SCORE);
  const [saved, setSaved] = useState(false);
  const [missing, setMissing] = useState(false);
  const conflict = state.errors?.some((e) => e.code === 'CONFLICT') ?? false;
  const levelError = missing ? t('score.levelMissing') : (state.errors?.find((e) => e.field === 'input.level')?.message ?? null);
  const other = state.errors?.filter((e) => e.field !== 'input.level') ?? [];
  const id = (field: string) => `score-${indicator.code}-${field}`;

  async function submit() {
    setSaved(false);
    setMissing(level === null);
    if (level === null) return;
    const result = await save({ input: { lokusId, indicatorCode: indicator.code, level, note: note.trim() || null, expectedVersion: score?.version ?? 0 } });
    if (result.data) {
      setSaved(true);
      onReload();
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
        {score && <Text size="sm">{t('score.stored', { level: score.level, version: score.version })}</Text>}
        <LevelPicker id={id('level')} label={t('score.level')} levels={indicator.levels} value={level} error={levelError} onChange={(next) => editable && setLevel(next)} />
        <TextAreaField id={id('note')} label={t('score.note')} value={note} readOnly={!editable} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} />
        {other.length > 0 && (
          <Alert color={conflict ? 'orange' : 'red'} role="alert" title={conflict ? t('conflict.title') : t('error.saveTitle')}>
            <Text size="sm">{conflict ? t('conflict.scoreHelp', { level: level ?? '-' }) : other.map((e) => e.message).join(' ')}</Text>
            {conflict && <Button mt="xs" size="xs" variant="default" onClick={onReload}>{t('conflict.reload')}</Button>}
          </Alert>
        )}
        {editable && (
          <Group>
            <Button variant="default" onClick={() => void submit()} loading={state.loading}>{t('score.save', { code: indicator.code })}</Button>
            <Text size="sm" aria-live="polite">{saved ? t('score.savedNow') : ''}</Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

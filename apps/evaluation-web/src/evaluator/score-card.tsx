import { Button, Text } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { TextAreaField } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { ClaimSummary, IndicatorCard, indicatorFieldId } from '../shared/indicator-card';
import type { Claim, Score } from '../lokus/lokus.operations';
import { SAVE_SCORE } from '../lokus/work.operations';

/**
 * One F-02 indicator. Saves carry the version the evaluator saw; when someone saved first the
 * server answers CONFLICT and this card keeps the evaluator's level on screen and offers a reload
 * to see the other save, so nothing is lost silently.
 */
export function ScoreCard({
  lokusId,
  indicator,
  score,
  claim,
  editable,
  onReload,
}: {
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

  async function submit() {
    setSaved(false);
    setMissing(level === null);
    if (level === null) return;
    const result = await save({
      input: { lokusId, indicatorCode: indicator.code, level, note: note.trim() || null, expectedVersion: score?.version ?? 0 },
    });
    if (result.data) {
      setSaved(true);
      onReload();
    }
  }

  return (
    <IndicatorCard
      kind="score"
      indicator={indicator}
      context={
        <>
          <ClaimSummary claim={claim} />
          {score && <Text size="sm">{t('score.stored', { level: score.level, version: score.version })}</Text>}
        </>
      }
      levelLabel={t('score.level')}
      level={level}
      levelError={levelError}
      onLevel={setLevel}
      fields={
        <TextAreaField
          id={indicatorFieldId('score', indicator.code, 'note')}
          label={t('score.note')}
          value={note}
          readOnly={!editable}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={1}
        />
      }
      problem={
        other.length === 0
          ? null
          : {
              color: conflict ? 'orange' : 'red',
              title: conflict ? t('conflict.title') : t('error.saveTitle'),
              body: (
                <>
                  <Text size="sm">
                    {conflict ? t('conflict.scoreHelp', { level: level ?? '-' }) : other.map((e) => e.message).join(' ')}
                  </Text>
                  {conflict && (
                    <Button mt="xs" size="xs" variant="default" onClick={onReload}>
                      {t('conflict.reload')}
                    </Button>
                  )}
                </>
              ),
            }
      }
      editable={editable}
      saveLabel={t('score.save', { code: indicator.code })}
      saving={state.loading}
      onSave={() => void submit()}
      savedText={saved ? t('score.savedNow') : ''}
    />
  );
}

import { Text } from '@mantine/core';
import type { Indicator } from '@simpul/scoring';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { ClaimSummary, IndicatorCard } from '../shared/indicator-card';
import type { Claim, Score, SecondScore } from '../lokus/lokus.operations';
import { SAVE_SECOND_SCORE } from '../workflow/workflow.operations';
import { WORKFLOW } from '../workflow/workflow-messages';

/**
 * One indicator for the second rater: the desk's claim and evidence, the descriptors, and their own
 * level. The primary rater's level appears only once the service lifts the blind (both finished).
 */
export function SecondScoreCard({
  lokusId,
  indicator,
  mine,
  primary,
  claim,
  editable,
  onSaved,
}: {
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
    <IndicatorCard
      kind="second"
      indicator={indicator}
      context={
        <>
          <ClaimSummary claim={claim} />
          {mine && <Text size="sm">{tw('second.stored', { level: mine.level })}</Text>}
          {primary && <Text size="sm">{tw('second.primaryLevel', { level: primary.level })}</Text>}
        </>
      }
      levelLabel={tw('second.level')}
      level={level}
      levelError={missing ? tw('second.levelMissing') : (state.errors?.find((e) => e.field === 'input.level')?.message ?? null)}
      onLevel={setLevel}
      problem={
        state.errors && state.errors.some((e) => e.field !== 'input.level')
          ? { color: 'red', title: t('error.saveTitle'), body: state.errors.map((e) => e.message).join(' ') }
          : null
      }
      editable={editable}
      saveLabel={tw('second.save', { code: indicator.code })}
      saving={state.loading}
      onSave={() => void submit()}
      savedText={saved ? tw('second.saved') : ''}
    />
  );
}

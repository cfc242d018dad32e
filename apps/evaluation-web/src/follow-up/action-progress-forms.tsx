import { Button, Group, Stack } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import { ErrorSummary, TextAreaField, mapServerErrors } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import type { FollowUpClosing } from '../__generated__/operations';
import { FOLLOW_UP } from './messages';
import { CLOSE_FOLLOW_UP_ACTION, REPORT_FOLLOW_UP_PROGRESS, type FollowUpActionView } from './follow-up.operations';

/** The desk reports an accepted action under way, with its evidence so far. */
export function ProgressForm({ action, onDone }: { action: FollowUpActionView; onDone: (message: string) => void }) {
  const t = useT(FOLLOW_UP);
  const [evidence, setEvidence] = useState(action.evidence ?? '');
  const [report, state] = useMutation(REPORT_FOLLOW_UP_PROGRESS);
  const prefix = `progress-${action.id}`;
  const mapped = mapServerErrors(state.errors ?? [], ['evidence', 'expectedVersion'], (field) => `${prefix}-${field}`);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await report({ input: { actionId: action.id, evidence: evidence || null, expectedVersion: action.version } });
    if (result.data) onDone(t('progress.reported'));
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('progress.report', { number: action.position })}>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="xs" maw={640}>
        <TextAreaField
          id={`${prefix}-evidence`}
          label={t('field.evidence')}
          description={t('field.evidenceHint')}
          value={evidence}
          error={mapped.fields['evidence']}
          onChange={(event) => setEvidence(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" size="sm" variant="light" loading={state.loading}>
            {t('progress.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The evaluator or admin closes an action: done (with evidence) or dropped (with a reason). */
export function CloseActionForm({ action, onDone }: { action: FollowUpActionView; onDone: (message: string) => void }) {
  const t = useT(FOLLOW_UP);
  const [outcome, setOutcome] = useState<FollowUpClosing>('DONE');
  const [evidence, setEvidence] = useState(action.evidence ?? '');
  const [reason, setReason] = useState('');
  const [close, state] = useMutation(CLOSE_FOLLOW_UP_ACTION);
  const prefix = `close-${action.id}`;
  const mapped = mapServerErrors(state.errors ?? [], ['evidence', 'reason', 'expectedVersion'], (field) => `${prefix}-${field}`);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await close({
      input: { actionId: action.id, outcome, evidence: evidence || null, reason: reason || null, expectedVersion: action.version },
    });
    if (result.data) onDone(t('close.done'));
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('close.open', { number: action.position })}>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="xs" maw={640}>
        <Radio.Group label={t('field.outcome')} value={outcome} onChange={(value) => setOutcome(value)}>
          <Group mt={4}>
            <Radio value="DONE" label={t('close.DONE')} />
            <Radio value="DROPPED" label={t('close.DROPPED')} />
          </Group>
        </Radio.Group>
        {outcome === 'DONE' ? (
          <TextAreaField
            id={`${prefix}-evidence`}
            label={t('field.evidence')}
            description={t('field.evidenceHint')}
            value={evidence}
            error={mapped.fields['evidence']}
            onChange={(event) => setEvidence(event.currentTarget.value)}
          />
        ) : (
          <TextAreaField
            id={`${prefix}-reason`}
            label={t('field.reason')}
            value={reason}
            error={mapped.fields['reason']}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        )}
        <Group>
          <Button type="submit" size="sm" loading={state.loading}>
            {t('close.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

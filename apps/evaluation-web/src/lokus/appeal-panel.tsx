import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, SelectField, TextAreaField, mapServerErrors } from '@simpul/ui';
import { formatDateTime, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import type { AppealDecision } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { instrumentFor, indicatorsOf } from '../shared/instrument';
import { WORKFLOW } from '../workflow/workflow-messages';
import type { LokusDetail, Appeal } from './lokus.operations';
import { DECIDE_APPEAL, FILE_APPEAL } from './work.operations';

const LEVELS = [0, 1, 2, 3, 4, 5];

/** Indicator codes in the instrument's order (1, 2, … 10, not 1, 10, 11, 2), with their text. */
function instrumentOrder(instrumentId: string | null): { order: Map<string, number>; text: Map<string, string> } {
  const instrument = instrumentFor(instrumentId);
  const list = instrument ? indicatorsOf(instrument) : [];
  return {
    order: new Map(list.map((indicator, i) => [indicator.code, i])),
    text: new Map(list.map((indicator) => [indicator.code, indicator.text])),
  };
}

export function byInstrumentOrder<T extends { indicatorCode: string }>(rows: readonly T[], instrumentId: string | null): T[] {
  const { order } = instrumentOrder(instrumentId);
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => rank(a.indicatorCode) - rank(b.indicatorCode));
}

/** Appeals: the desk disputes a score in the appeal window; the evaluator rescores or rejects, with a reason. Every step is kept. */
export function AppealPanel({ lokus, mode, onChanged }: { lokus: LokusDetail; mode: 'desk' | 'evaluator'; onChanged: () => void }) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const [language] = useLanguage();
  const open = lokus.cycle.openPhases.includes('APPEAL');
  // Only the primary rater (or the admin) decides; a second rater reads along.
  const canDecide = mode === 'evaluator' && lokus.scoringStatus?.role !== 'SECOND_RATER';
  // Kept here, not in the forms: a decided appeal's form disappears, its confirmation must not.
  const [status, setStatus] = useState('');
  const done = (message: string) => {
    setStatus(message);
    onChanged();
  };
  if (!open && lokus.appeals.length === 0) return null;
  return (
    <section aria-labelledby="appeals-title">
      <Title order={2} size="h3" id="appeals-title">
        {t('appeals.title')}
      </Title>
      {!open && <Text size="sm">{t('appeals.closed')}</Text>}
      <Stack gap="xs" mt="sm">
        {byInstrumentOrder(lokus.appeals, lokus.instrumentId).map((appeal) => (
          <Paper key={appeal.id} withBorder p="sm">
            <Text fw={700}>
              {appeal.indicatorCode} · {t(`appeals.status.${appeal.status}`)}
            </Text>
            <Text size="sm">{t('appeals.filed', { date: formatDateTime(appeal.filedAt, language), level: appeal.disputedLevel })}</Text>
            <Text size="sm">
              {appeal.requestedLevel === null ? tw('appeal.noRequested') : tw('appeal.requestedLevel', { level: appeal.requestedLevel })}
            </Text>
            <Text size="sm">
              {t('appeals.reason')}: {appeal.reason}
            </Text>
            {appeal.decisionReason && (
              <Text size="sm">
                {t('appeals.decision')}: {appeal.decisionReason}
                {appeal.newLevel !== null ? ` (${t('level', { level: appeal.newLevel })})` : ''}
              </Text>
            )}
            {canDecide && open && appeal.status === 'OPEN' && <DecideForm appeal={appeal} onDone={() => done(t('appeals.decidedNow'))} />}
          </Paper>
        ))}
      </Stack>
      <Text size="sm" aria-live="polite" mt="xs">
        {status}
      </Text>
      {mode === 'desk' && open && <FileAppealForm lokus={lokus} onDone={() => done(t('appeals.filedNow'))} />}
    </section>
  );
}

function FileAppealForm({ lokus, onDone }: { lokus: LokusDetail; onDone: () => void }) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const { text } = instrumentOrder(lokus.instrumentId);
  const [indicator, setIndicator] = useState('');
  const [requested, setRequested] = useState('');
  const [reason, setReason] = useState('');
  const [file, state] = useMutation(FILE_APPEAL);
  const mapped = mapServerErrors(state.errors ?? [], ['indicatorCode', 'reason', 'requestedLevel'], (f) => `appeal-${f}`);
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await file({
      input: { lokusId: lokus.id, indicatorCode: indicator, reason, requestedLevel: requested === '' ? null : Number(requested) },
    });
    if (result.data) {
      setReason('');
      onDone();
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="sm" mt="md" maw={640}>
        <SelectField
          id="appeal-indicatorCode"
          label={t('appeals.indicator')}
          value={indicator}
          error={mapped.fields['indicatorCode']}
          onChange={(e) => setIndicator(e.currentTarget.value)}
          data={[
            { value: '', label: t('choose') },
            ...byInstrumentOrder(lokus.scores, lokus.instrumentId).map((s) => ({
              value: s.indicatorCode,
              label: tw('appeal.option', { code: s.indicatorCode, text: shorten(text.get(s.indicatorCode) ?? ''), level: s.level }),
            })),
          ]}
        />
        <SelectField
          id="appeal-requestedLevel"
          label={t('appeals.requested')}
          value={requested}
          error={mapped.fields['requestedLevel']}
          onChange={(e) => setRequested(e.currentTarget.value)}
          data={[{ value: '', label: t('optional') }, ...LEVELS.map((l) => ({ value: String(l), label: t('level', { level: l }) }))]}
        />
        <TextAreaField
          id="appeal-reason"
          label={t('appeals.reason')}
          value={reason}
          error={mapped.fields['reason']}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={state.loading}>
            {t('appeals.file')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DecideForm({ appeal, onDone }: { appeal: Appeal; onDone: () => void }) {
  const t = useT(EVALUATION);
  const [decision, setDecision] = useState<AppealDecision>('REJECT');
  const [level, setLevel] = useState(String(appeal.requestedLevel ?? appeal.disputedLevel));
  const [reason, setReason] = useState('');
  const [decide, state] = useMutation(DECIDE_APPEAL);
  const prefix = `decide-${appeal.id}`;
  const mapped = mapServerErrors(state.errors ?? [], ['reason', 'newLevel'], (f) => `${prefix}-${f}`);
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await decide({
      input: { appealId: appeal.id, decision, reason, newLevel: decision === 'RESCORE' ? Number(level) : null },
    });
    if (result.data) onDone();
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={mapped.summary} />
      <Group align="flex-end" mt="sm">
        <SelectField
          id={`${prefix}-decision`}
          label={t('appeals.decision')}
          value={decision}
          onChange={(e) => setDecision(e.currentTarget.value as AppealDecision)}
          data={[
            { value: 'REJECT', label: t('appeals.reject') },
            { value: 'RESCORE', label: t('appeals.rescore') },
          ]}
        />
        {decision === 'RESCORE' && (
          <SelectField
            id={`${prefix}-newLevel`}
            label={t('appeals.newLevel')}
            value={level}
            error={mapped.fields['newLevel']}
            onChange={(e) => setLevel(e.currentTarget.value)}
            data={LEVELS.map((l) => ({ value: String(l), label: t('level', { level: l }) }))}
          />
        )}
        <TextAreaField
          id={`${prefix}-reason`}
          label={t('appeals.decisionReason')}
          value={reason}
          error={mapped.fields['reason']}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Button type="submit" loading={state.loading}>
          {t('appeals.decide')}
        </Button>
      </Group>
    </form>
  );
}

/** Long indicator texts shortened for a dropdown option; the full text is on the evaluation table above. */
function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;
}

import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, SelectField, TextAreaField, mapServerErrors } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import { indicatorsOf, instrumentFor } from '../shared/instrument';
import { CORRECT_RESULT } from '../results/results.operations';

/** After finalisation a result changes only by a new version with a reason; the old one stays in the history. */
export function CorrectionForm({ lokusId, instrumentId, onCorrected }: { lokusId: string; instrumentId: string; onCorrected: () => void }) {
  const t = useT(EVALUATION);
  const instrument = instrumentFor(instrumentId);
  const [values, setValues] = useState({ indicatorCode: '', level: '', reason: '' });
  const [correct, state] = useMutation(CORRECT_RESULT);
  const [done, setDone] = useState('');
  const mapped = mapServerErrors(state.errors ?? [], ['reason', 'scores'], (f) => `correct-${f}`);
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const scores =
      values.indicatorCode && values.level !== '' ? [{ indicatorCode: values.indicatorCode, level: Number(values.level) }] : [];
    const result = await correct({ input: { lokusId, reason: values.reason, scores } });
    if (result.data) {
      setDone(t('correct.done', { version: result.data.correctResult.version }));
      onCorrected();
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="correct-title">
      <Title order={2} size="h3" id="correct-title">
        {t('correct.title')}
      </Title>
      <Text size="sm">{t('correct.hint')}</Text>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="sm" maw={640} mt="xs">
        <Group align="flex-end">
          <SelectField
            id="correct-scores"
            label={t('correct.indicator')}
            value={values.indicatorCode}
            error={mapped.fields['scores']}
            onChange={(e) => setValues({ ...values, indicatorCode: e.currentTarget.value })}
            data={[
              { value: '', label: t('choose') },
              ...(instrument ? indicatorsOf(instrument) : []).map((i) => ({ value: i.code, label: i.code })),
            ]}
          />
          <SelectField
            id="correct-level"
            label={t('correct.level')}
            value={values.level}
            onChange={(e) => setValues({ ...values, level: e.currentTarget.value })}
            data={[
              { value: '', label: t('choose') },
              ...[0, 1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: t('level', { level: l }) })),
            ]}
          />
        </Group>
        <TextAreaField
          id="correct-reason"
          label={t('correct.reason')}
          value={values.reason}
          error={mapped.fields['reason']}
          onChange={(e) => setValues({ ...values, reason: e.currentTarget.value })}
        />
        <Group>
          <Button type="submit" variant="default" loading={state.loading}>
            {t('correct.submit')}
          </Button>
          <Text size="sm" aria-live="polite">
            {done}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

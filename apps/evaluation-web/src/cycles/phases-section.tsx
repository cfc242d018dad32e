import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  CategoryBadge,
  DataTable,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  localErrors,
  mapServerErrors,
  type MappedErrors,
} from '@simpul/ui';
import { formatDate, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import type { CyclePhase } from '../__generated__/operations';
import { EXTEND_PHASE, START_PHASE, type Cycle } from './cycle.operations';

const FIELDS = ['phase', 'newEndsAt', 'reason'];
const fieldId = (field: string) => `extend-${field}`;

/** The phases with their windows (today's is marked in words, not only colour) and, for the admin, extensions with a reason. */
export function PhasesSection({
  cycle,
  canExtend,
  canStart,
  onChanged,
}: {
  cycle: Cycle;
  canExtend: boolean;
  canStart: boolean;
  onChanged: () => void;
}) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const [started, setStarted] = useState('');
  return (
    <Stack component="section" aria-labelledby="phases-title" gap="sm">
      <Title order={2} size="h3" id="phases-title">
        {t('phases.title')}
      </Title>
      <DataTable
        caption={t('phases.caption', { cycle: cycle.name })}
        captionHidden
        rows={cycle.phases}
        rowKey={(p) => p.phase}
        columns={[
          { key: 'phase', header: t('col.phase'), cell: (p) => t(`phase.${p.phase}`) },
          { key: 'start', header: t('col.start'), cell: (p) => formatDate(p.startsAt, language) },
          { key: 'end', header: t('col.end'), cell: (p) => formatDate(p.endsAt, language) },
          {
            key: 'status',
            header: t('col.status'),
            cell: (p) => (
              <Group gap={4}>
                {p.open ? (
                  <CategoryBadge tone="success" label={t('phases.open')} />
                ) : (
                  <Text size="sm">{new Date(p.endsAt) < new Date() ? t('phases.past') : t('phases.upcoming')}</Text>
                )}
                {p.extended && <CategoryBadge tone="warning" label={t('phases.extended')} />}
              </Group>
            ),
          },
        ]}
      />
      {cycle.extensions.length > 0 && (
        <div>
          <Text fw={700}>{t('phases.extensions')}</Text>
          <List>
            {cycle.extensions.map((e) => (
              <List.Item key={e.id}>
                {t('phases.extensionLine', {
                  phase: t(`phase.${e.phase}`),
                  from: formatDate(e.previousEndsAt, language),
                  to: formatDate(e.newEndsAt, language),
                  reason: e.reason,
                })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {cycle.scheduleChanges.some((c) => new Date(c.newStartsAt) < new Date(c.previousStartsAt)) && (
        <div>
          <Text fw={700}>{t('phases.started')}</Text>
          <List>
            {cycle.scheduleChanges
              .filter((c) => new Date(c.newStartsAt) < new Date(c.previousStartsAt))
              .map((c) => (
                <List.Item key={c.id}>
                  {t('phases.startedLine', {
                    phase: t(`phase.${c.phase}`),
                    on: formatDate(c.newStartsAt, language),
                    planned: formatDate(c.previousStartsAt, language),
                    reason: c.reason,
                  })}
                </List.Item>
              ))}
          </List>
        </div>
      )}
      {canStart && (
        <StartPhaseForm
          cycle={cycle}
          onDone={() => {
            setStarted(t('start.done'));
            onChanged();
          }}
        />
      )}
      {/* Outside the form: starting the last phase removes the form, the confirmation stays. */}
      {canStart && (
        <Text size="sm" aria-live="polite">
          {started}
        </Text>
      )}
      {canExtend && <ExtendForm cycle={cycle} onDone={onChanged} />}
    </Stack>
  );
}

const startFieldId = (field: string) => `start-${field}`;

/** The admin moves the cycle on when the work of a phase is done before its window ends. */
function StartPhaseForm({ cycle, onDone }: { cycle: Cycle; onDone: () => void }) {
  const t = useT(EVALUATION);
  // Finalised results are frozen: only publication may start early then, and never before (the server enforces both).
  const upcoming = cycle.phases.filter(
    (p) => !p.open && new Date(p.endsAt) > new Date() && (cycle.finalisedAt ? p.phase === 'PUBLISHED' : p.phase !== 'PUBLISHED'),
  );
  const [values, setValues] = useState<{ phase: CyclePhase | ''; reason: string }>({ phase: upcoming[0]?.phase ?? '', reason: '' });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [start, state] = useMutation(START_PHASE);
  if (upcoming.length === 0) return null;
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.phase) local['phase'] = t('start.phaseMissing');
    if (values.reason.trim() === '') local['reason'] = t('start.reasonMissing');
    if (Object.keys(local).length > 0 || !values.phase) return setErrors(localErrors(local, startFieldId));
    const result = await start({ input: { cycleId: cycle.id, phase: values.phase, reason: values.reason.trim() } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['phase', 'reason'], startFieldId));
    setErrors({ fields: {}, summary: [] });
    setValues({ phase: '', reason: '' });
    onDone();
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="start-title">
      <Title order={3} size="h4" id="start-title">
        {t('start.title')}
      </Title>
      <Text size="sm">{t('start.hint')}</Text>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="sm" maw={640} mt="xs">
        <SelectField
          id={startFieldId('phase')}
          label={t('start.phase')}
          value={values.phase}
          error={errors.fields['phase']}
          onChange={(e) => setValues({ ...values, phase: e.currentTarget.value as CyclePhase })}
          data={[{ value: '', label: t('choose') }, ...upcoming.map((p) => ({ value: p.phase, label: t(`phase.${p.phase}`) }))]}
        />
        <TextAreaField
          id={startFieldId('reason')}
          label={t('start.reason')}
          value={values.reason}
          error={errors.fields['reason']}
          onChange={(e) => setValues({ ...values, reason: e.currentTarget.value })}
        />
        <Group>
          <Button type="submit" loading={state.loading}>
            {t('start.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ExtendForm({ cycle, onDone }: { cycle: Cycle; onDone: () => void }) {
  const t = useT(EVALUATION);
  const [values, setValues] = useState<{ phase: CyclePhase | ''; newEndsAt: string; reason: string }>({
    phase: cycle.currentPhase ?? '',
    newEndsAt: '',
    reason: '',
  });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [done, setDone] = useState('');
  const [extend, state] = useMutation(EXTEND_PHASE);
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.phase) local['phase'] = t('extend.phaseMissing');
    if (!values.newEndsAt) local['newEndsAt'] = t('extend.dateMissing');
    if (values.reason.trim() === '') local['reason'] = t('extend.reasonMissing');
    if (Object.keys(local).length > 0 || !values.phase) return setErrors(localErrors(local, fieldId));
    // The new end is the end of that day in Jakarta time, the way deadlines are announced.
    const result = await extend({
      input: { cycleId: cycle.id, phase: values.phase, newEndsAt: `${values.newEndsAt}T23:59:59+07:00`, reason: values.reason.trim() },
    });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors({ fields: {}, summary: [] });
    setDone(t('extend.done'));
    setValues({ ...values, reason: '' });
    onDone();
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="extend-title">
      <Title order={3} size="h4" id="extend-title">
        {t('extend.title')}
      </Title>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="sm" maw={640} mt="xs">
        <SelectField
          id={fieldId('phase')}
          label={t('extend.phase')}
          value={values.phase}
          error={errors.fields['phase']}
          onChange={(e) => setValues({ ...values, phase: e.currentTarget.value as CyclePhase })}
          data={[{ value: '', label: t('choose') }, ...cycle.phases.map((p) => ({ value: p.phase, label: t(`phase.${p.phase}`) }))]}
        />
        <TextField
          id={fieldId('newEndsAt')}
          type="date"
          label={t('extend.newEnd')}
          value={values.newEndsAt}
          error={errors.fields['newEndsAt']}
          onChange={(e) => setValues({ ...values, newEndsAt: e.currentTarget.value })}
        />
        <TextAreaField
          id={fieldId('reason')}
          label={t('extend.reason')}
          description={t('extend.reasonHint')}
          value={values.reason}
          error={errors.fields['reason']}
          onChange={(e) => setValues({ ...values, reason: e.currentTarget.value })}
        />
        <Group>
          <Button type="submit" variant="default" loading={state.loading}>
            {t('extend.submit')}
          </Button>
          <Text size="sm" aria-live="polite">
            {done}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

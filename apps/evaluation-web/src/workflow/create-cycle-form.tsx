import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { listInstruments } from '@simpul/scoring';
import { ErrorSummary, SelectField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useMutation, useT, useBasePath } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { EVALUATION } from '../messages';
import { dayEnd, dayStart, defaultCalendar, type PhaseDates } from './default-calendar';
import type { EvaluationScheme } from '../__generated__/operations';
import { CREATE_CYCLE } from './workflow.operations';
import { WORKFLOW } from './workflow-messages';

const SCHEMES: EvaluationScheme[] = ['PEMANTAUAN', 'MANDIRI', 'KHUSUS'];
const fieldId = (field: string) => `create-cycle-${field.replace(/\./g, '-')}`;

/** The admin creates a cycle: name, year, scheme, instrument and the eight phase windows, each field checked where it is. */
export function CreateCycleForm({ onCancel }: { onCancel: () => void }) {
  const t = useT(WORKFLOW);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear() + 1;
  const instruments = listInstruments();
  const [name, setName] = useState(`PEKPPP ${thisYear}`);
  const [year, setYear] = useState(String(thisYear));
  const [scheme, setScheme] = useState<EvaluationScheme>('PEMANTAUAN');
  // The newest year's form A (services at a counter) unless the admin picks another.
  const newest = Math.max(...instruments.map((i) => i.year));
  const [instrumentId, setInstrumentId] = useState(
    instruments.find((i) => i.year === newest && i.variant === 'A')?.id ?? instruments.at(-1)?.id ?? '',
  );
  const [phases, setPhases] = useState<PhaseDates[]>(defaultCalendar(thisYear));
  const [local, setLocal] = useState<MappedErrors | null>(null);
  const [create, state] = useMutation(CREATE_CYCLE);
  const phaseFields = phases.flatMap((_, i) => [`phases.${i}.startsAt`, `phases.${i}.endsAt`, `phases.${i}.phase`]);
  const server = mapServerErrors(state.errors ?? [], ['name', 'year', 'scheme', 'instrumentIds', 'phases', ...phaseFields], fieldId);
  const errors = local ?? server;

  // The suggested name and calendar follow the year until the admin edits them.
  const [nameTouched, setNameTouched] = useState(false);
  const [datesTouched, setDatesTouched] = useState(false);
  function changeYear(value: string) {
    if (/^\d{4}$/.test(value)) {
      if (!datesTouched) setPhases(defaultCalendar(Number(value)));
      if (!nameTouched) setName(`PEKPPP ${value}`);
    }
    setYear(value);
  }

  function check(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!name.trim()) found['name'] = t('create.nameMissing');
    if (!/^\d{4}$/.test(year.trim())) found['year'] = t('create.yearInvalid');
    if (!instrumentId) found['instrumentIds'] = t('create.instrumentMissing');
    phases.forEach((p, i) => {
      const label = te(`phase.${p.phase}`);
      if (!p.start) found[`phases.${i}.startsAt`] = t('create.dateMissing', { what: t('create.phaseStart', { phase: label }) });
      if (!p.end) found[`phases.${i}.endsAt`] = t('create.dateMissing', { what: t('create.phaseEnd', { phase: label }) });
      else if (p.start && p.end < p.start) found[`phases.${i}.endsAt`] = t('create.endBeforeStart', { phase: label });
    });
    return found;
  }

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length) {
      setLocal(localErrors(found, fieldId));
      return;
    }
    setLocal(null);
    const result = await create({
      input: {
        name: name.trim(),
        year: Number(year),
        scheme,
        instrumentIds: [instrumentId],
        phases: phases.map((p) => ({ phase: p.phase, startsAt: dayStart(p.start), endsAt: dayEnd(p.end) })),
      },
    });
    // Fire and forget: the route change renders the new cycle, and a failure there shows on the router's error page.
    if (result.data) void navigate(to(`/cycles/${result.data.createEvaluationCycle.id}`));
  }

  const setPhase = (i: number, patch: Partial<PhaseDates>) => {
    setDatesTouched(true);
    setPhases(phases.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-cycle-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="create-cycle-title">
            {t('create.title')}
          </Title>
          <Text size="sm">{t('create.hint')}</Text>
          <ErrorSummary errors={errors.summary} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField
              id={fieldId('name')}
              label={t('create.name')}
              description={t('create.nameHint')}
              value={name}
              error={errors.fields['name']}
              onChange={(e) => {
                setNameTouched(true);
                setName(e.currentTarget.value);
              }}
              required
            />
            <TextField
              id={fieldId('year')}
              label={t('create.year')}
              inputMode="numeric"
              value={year}
              error={errors.fields['year']}
              onChange={(e) => changeYear(e.currentTarget.value)}
              required
            />
            <SelectField
              id={fieldId('scheme')}
              label={t('create.scheme')}
              value={scheme}
              error={errors.fields['scheme']}
              onChange={(e) => setScheme(e.currentTarget.value as EvaluationScheme)}
              data={SCHEMES.map((s) => ({ value: s, label: te(`scheme.${s}`) }))}
            />
            <SelectField
              id={fieldId('instrumentIds')}
              label={t('create.instrument')}
              value={instrumentId}
              error={errors.fields['instrumentIds']}
              onChange={(e) => setInstrumentId(e.currentTarget.value)}
              data={[{ value: '', label: te('choose') }, ...instruments.map((i) => ({ value: i.id, label: i.title }))]}
            />
          </SimpleGrid>
          <Title order={3} size="h4">
            {t('create.phases')}
          </Title>
          {errors.fields['phases'] && (
            <Text c="red.8" size="sm">
              {errors.fields['phases']}
            </Text>
          )}
          {phases.map((p, i) => (
            <SimpleGrid key={p.phase} cols={{ base: 1, sm: 2 }}>
              <TextField
                id={fieldId(`phases.${i}.startsAt`)}
                type="date"
                label={t('create.phaseStart', { phase: te(`phase.${p.phase}`) })}
                value={p.start}
                error={errors.fields[`phases.${i}.startsAt`]}
                onChange={(e) => setPhase(i, { start: e.currentTarget.value })}
              />
              <TextField
                id={fieldId(`phases.${i}.endsAt`)}
                type="date"
                label={t('create.phaseEnd', { phase: te(`phase.${p.phase}`) })}
                value={p.end}
                error={errors.fields[`phases.${i}.endsAt`] ?? errors.fields[`phases.${i}.phase`]}
                onChange={(e) => setPhase(i, { end: e.currentTarget.value })}
              />
            </SimpleGrid>
          ))}
          <Group>
            <Button type="submit" loading={state.loading}>
              {t('create.submit')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('create.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Button, Grid, Group, Paper, Text, Title } from '@mantine/core';
import { DataTable, ErrorSummary, localErrors, type MappedErrors, mapServerErrors, QueryView, SelectField, TextField } from '@simpul/ui';
import { useFormat, useLanguage, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import type { KippGroup, KippStage } from '../shared/enums';
import { COMPETITION_RUBRICS, SET_STAGE_RUBRIC, type Competition, type RubricCriterion, type StageRubric } from './admin.operations';
import { checkWeights } from './rubric-weights';
import { todayInIndonesia } from '../shared/today';

const SCORED: KippStage[] = ['DESK_ASSESSMENT', 'PRESENTATION'];

/** The rubric of each scored stage and group: editable until the stage starts, then shown as it was used. */
export function RubricSection({ competition }: { competition: Competition }) {
  const t = useT(KIPP);
  const query = useQuery(COMPETITION_RUBRICS, { id: competition.id });
  const [stage, setStage] = useState<KippStage>('DESK_ASSESSMENT');
  const [group, setGroup] = useState<KippGroup>(competition.groups[0] ?? 'UMUM');
  return (
    <>
      <Group mb="md" align="flex-end">
        <SelectField
          id="rubric-stage"
          label={t('col.stage')}
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value as KippStage)}
          data={SCORED.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        />
        <SelectField
          id="rubric-group"
          label={t('col.group')}
          value={group}
          onChange={(e) => setGroup(e.currentTarget.value as KippGroup)}
          data={competition.groups.map((g) => ({ value: g, label: t(`group.${g}`) }))}
        />
      </Group>
      <QueryView query={query}>
        {(data) => {
          const window = data.competition?.stages.find((s) => s.stage === stage);
          if (!window) return null;
          const rubric = window.rubrics.find((r) => r.group === group) ?? null;
          const today = todayInIndonesia();
          const locked = Boolean(window.decidedAt) || today >= window.opensOn;
          return locked ? (
            <LockedRubric rubric={rubric} opensOn={window.opensOn} />
          ) : (
            <RubricForm
              key={`${stage}-${group}`}
              competitionId={competition.id}
              stage={stage}
              group={group}
              rubric={rubric}
              onSaved={query.refetch}
            />
          );
        }}
      </QueryView>
    </>
  );
}

function LockedRubric({ rubric, opensOn }: { rubric: StageRubric | null; opensOn: string }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [language] = useLanguage();
  return (
    <>
      <Alert color="gray" mb="md">
        {t('rubric.locked', { date: format.date(opensOn) })}
      </Alert>
      {rubric && (
        <DataTable
          caption={rubric.title}
          columns={[
            { key: 'code', header: t('rubric.code'), cell: (c) => c.code },
            { key: 'name', header: t('rubric.name'), cell: (c) => (language === 'en' ? c.nameEn : c.name) },
            { key: 'weight', header: t('score.weight'), cell: (c) => c.weight, numeric: true },
          ]}
          rows={rubric.criteria}
          rowKey={(c) => c.code}
        />
      )}
    </>
  );
}

const emptyCriterion = (): RubricCriterion => ({ code: '', name: '', nameEn: '', weight: '' });

function RubricForm({
  competitionId,
  stage,
  group,
  rubric,
  onSaved,
}: {
  competitionId: string;
  stage: KippStage;
  group: KippGroup;
  rubric: StageRubric | null;
  onSaved: () => void;
}) {
  const t = useT(KIPP);
  const format = useFormat();
  const [save, { loading }] = useMutation(SET_STAGE_RUBRIC);
  const [title, setTitle] = useState(rubric?.title ?? '');
  const [criteria, setCriteria] = useState<RubricCriterion[]>(rubric?.criteria.map((c) => ({ ...c })) ?? [emptyCriterion()]);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [title, criteria]);
  const check = checkWeights(group, criteria);
  const fieldId = (field: string) => `rubric-${field.replace(/\./g, '-')}`;
  const update = (index: number, key: keyof RubricCriterion, value: string) =>
    setCriteria((all) => all.map((c, i) => (i === index ? { ...c, [key]: value } : c)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local['title'] = t('rubric.titleRequired');
    criteria.forEach((c, index) => {
      if (!c.code.trim() || !c.name.trim() || !c.nameEn.trim()) local[`criteria.${index}`] = t('rubric.rowIncomplete', { row: index + 1 });
      else if (check.invalidRows.includes(index)) local[`criteria.${index}`] = t('rubric.weightInvalid', { row: index + 1 });
    });
    if (check.duplicateCodes.length) local['criteria'] = t('rubric.duplicate', { codes: check.duplicateCodes.join(', ') });
    else if (!check.valid && Object.keys(local).length === 0)
      local['criteria'] = t('rubric.sumWrong', { total: format.number(check.total, 2) });
    if (Object.keys(local).length) return setErrors(localErrors(local, (field) => fieldId(field === 'criteria' ? 'weights' : field)));
    const result = await save({
      input: {
        competitionId,
        stage,
        group,
        title: title.trim(),
        passingGrade: rubric?.passingGrade ?? null,
        criteria: criteria.map((c) => ({ code: c.code.trim(), name: c.name.trim(), nameEn: c.nameEn.trim(), weight: c.weight.trim() })),
      },
    });
    if (result.errors)
      return setErrors(
        mapServerErrors(result.errors, ['title', 'criteria', ...criteria.map((_, index) => `criteria.${index}`)], (field) =>
          fieldId(field === 'criteria' ? 'weights' : field),
        ),
      );
    setErrors({ fields: {}, summary: [] });
    onSaved();
    setSaved(true);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="rubric-heading">
      <Title order={2} size="h3" id="rubric-heading" mb="xs">
        {t('rubric.title', { stage: t(`stage.${stage}`), group: t(`group.${group}`) })}
      </Title>
      <Text size="sm" mb="sm">
        {t('rubric.hint')}
      </Text>
      <ErrorSummary errors={errors.summary} />
      <TextField
        id={fieldId('title')}
        label={t('rubric.name')}
        required
        value={title}
        error={errors.fields['title']}
        onChange={(e) => setTitle(e.currentTarget.value)}
        mb="md"
      />
      {criteria.map((c, index) => (
        <Grid key={index} align="flex-end" mb="xs">
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <TextField
              id={fieldId(`criteria.${index}`)}
              label={t('rubric.codeRow', { row: index + 1 })}
              value={c.code}
              error={errors.fields[`criteria.${index}`]}
              onChange={(e) => update(index, 'code', e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextField
              id={fieldId(`name-${index}`)}
              label={t('rubric.nameRow', { row: index + 1 })}
              value={c.name}
              onChange={(e) => update(index, 'name', e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextField
              id={fieldId(`nameEn-${index}`)}
              label={t('rubric.nameEnRow', { row: index + 1 })}
              value={c.nameEn}
              onChange={(e) => update(index, 'nameEn', e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <TextField
              id={fieldId(`weight-${index}`)}
              label={t('rubric.weightRow', { row: index + 1 })}
              value={c.weight}
              error={check.invalidRows.includes(index) && c.weight.trim() ? t('rubric.weightInvalidShort') : undefined}
              onChange={(e) => update(index, 'weight', e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 2, sm: 2 }}>
            <Button
              variant="subtle"
              color="red.8"
              disabled={criteria.length === 1}
              onClick={() => setCriteria((all) => all.filter((_, i) => i !== index))}
              aria-label={t('rubric.removeRow', { row: index + 1 })}
            >
              {t('rubric.remove')}
            </Button>
          </Grid.Col>
        </Grid>
      ))}
      <Button variant="default" onClick={() => setCriteria((all) => [...all, emptyCriterion()])} mb="md">
        {t('rubric.add')}
      </Button>
      <Paper id={fieldId('weights')} tabIndex={-1} bg="gray.0" p="md" radius="sm" mb="md">
        <Text role="status" aria-live="polite" fw={700} c={check.valid ? 'green.9' : 'red.9'}>
          {check.valid ? `✓ ${t('rubric.sumOk')}` : t('rubric.sumWrong', { total: format.number(check.total, 2) })}
          {check.duplicateCodes.length > 0 && ` · ${t('rubric.duplicate', { codes: check.duplicateCodes.join(', ') })}`}
        </Text>
      </Paper>
      <Button type="submit" loading={loading}>
        {t('rubric.save')}
      </Button>
      <div role="status" aria-live="polite">
        {saved && (
          <Alert color="green" variant="light" mt="md">
            ✓ {t('rubric.saved')}
          </Alert>
        )}
      </div>
    </form>
  );
}

import { Button, Grid, Group, Title } from '@mantine/core';
import { ErrorSummary, localErrors, type MappedErrors, mapServerErrors, SelectField, TextAreaField, TextField } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import type { HistoricalAwardInput, KippGroup, ShortlistTier } from '../__generated__/operations';
import { KIPP } from '../messages';
import { type HistoricalAwardRow, RECORD_HISTORICAL_AWARD, UPDATE_HISTORICAL_AWARD } from './awards.operations';
import { UnitPicker } from './unit-picker';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };
const FIELDS = ['year', 'award', 'title', 'summary', 'category', 'group', 'serviceUnitId', 'source'];
const fieldId = (field: string) => `award-${field}`;
const GROUPS: KippGroup[] = ['UMUM', 'REPLIKASI', 'KHUSUS'];
const TIERS: ShortlistTier[] = ['TOP45', 'TOP99'];

const blank = {
  year: '',
  award: 'TOP45' as ShortlistTier,
  title: '',
  summary: '',
  category: '',
  group: 'UMUM' as KippGroup,
  serviceUnitId: '',
  source: '',
};

/** Enters a published award, or corrects one entered before (`editing`). */
export function AwardForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: HistoricalAwardRow | null;
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const t = useT(KIPP);
  const [record, recording] = useMutation(RECORD_HISTORICAL_AWARD);
  const [update, updating] = useMutation(UPDATE_HISTORICAL_AWARD);
  const [values, setValues] = useState(
    editing
      ? {
          year: String(editing.year),
          award: editing.award,
          title: editing.title,
          summary: editing.summary,
          category: editing.category,
          group: editing.group,
          serviceUnitId: editing.serviceUnitId ?? '',
          source: editing.source,
        }
      : blank,
  );
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const set = (field: keyof typeof blank) => (value: string) => setValues({ ...values, [field]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!/^\d{4}$/.test(values.year)) local['year'] = t('awards.yearRequired');
    if (values.title.trim().length < 3) local['title'] = t('awards.titleRequired');
    if (!values.category.trim()) local['category'] = t('awards.categoryRequired');
    if (!values.serviceUnitId) local['serviceUnitId'] = t('awards.unitRequired');
    if (values.source.trim().length < 5) local['source'] = t('awards.sourceRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const input: HistoricalAwardInput = { ...values, year: Number(values.year) };
    const result = editing ? await update({ innovationId: editing.innovationId, input }) : await record({ input });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors(NO_ERRORS);
    setValues(blank);
    onSaved(values.title.trim());
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="award-form-heading">
      <Title order={3} size="h5" id="award-form-heading" mt="md" mb="xs">
        {editing ? t('awards.editTitle', { title: editing.title }) : t('awards.enterTitle')}
      </Title>
      <ErrorSummary errors={errors.summary} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextField
            id={fieldId('year')}
            label={t('col.year')}
            inputMode="numeric"
            required
            value={values.year}
            error={errors.fields['year']}
            onChange={(event) => set('year')(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <SelectField
            id={fieldId('award')}
            label={t('col.award')}
            description={t('awards.awardHint')}
            value={values.award}
            error={errors.fields['award']}
            onChange={(event) => set('award')(event.currentTarget.value)}
            data={TIERS.map((tier) => ({ value: tier, label: t(`awards.level.${tier}`) }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <SelectField
            id={fieldId('group')}
            label={t('col.group')}
            value={values.group}
            error={errors.fields['group']}
            onChange={(event) => set('group')(event.currentTarget.value)}
            data={GROUPS.map((group) => ({ value: group, label: t(`group.${group}`) }))}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextField
            id={fieldId('title')}
            label={t('awards.innovationTitle')}
            required
            value={values.title}
            error={errors.fields['title']}
            onChange={(event) => set('title')(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextAreaField
            id={fieldId('summary')}
            label={t('awards.summary')}
            value={values.summary}
            error={errors.fields['summary']}
            onChange={(event) => set('summary')(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            id={fieldId('category')}
            label={t('col.category')}
            required
            value={values.category}
            error={errors.fields['category']}
            onChange={(event) => set('category')(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <UnitPicker
            id={fieldId('serviceUnitId')}
            label={t('awards.unit')}
            value={values.serviceUnitId}
            error={errors.fields['serviceUnitId']}
            onChange={set('serviceUnitId')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextField
            id={fieldId('source')}
            label={t('awards.source')}
            description={t('awards.sourceHint')}
            required
            value={values.source}
            error={errors.fields['source']}
            onChange={(event) => set('source')(event.currentTarget.value)}
          />
        </Grid.Col>
      </Grid>
      <Group mt="sm">
        <Button type="submit" loading={recording.loading || updating.loading}>
          {editing ? t('awards.saveChanges') : t('awards.enter')}
        </Button>
        {editing && (
          <Button variant="subtle" onClick={onCancel}>
            {t('awards.cancelEdit')}
          </Button>
        )}
      </Group>
    </form>
  );
}

import { Button, Grid, Paper, Title } from '@mantine/core';
import { DataTable, EmptyState, ErrorSummary, localErrors, type MappedErrors, mapServerErrors, QueryView, TextField } from '@simpul/ui';
import { useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import { AWARD_TIERS, SET_AWARD_TIER } from './awards.operations';
import { Outcome } from '../shared/outcome';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };
const fieldId = (field: string) => `tier-${field}`;

/** The winners' tier each year used (Top 9 in 2014 … Top 45 since 2019), and the form to record a past year's. */
export function TiersSection({ onChanged }: { onChanged: () => void }) {
  const t = useT(KIPP);
  const query = useQuery(AWARD_TIERS, {});
  const [save, { loading }] = useMutation(SET_AWARD_TIER);
  const [values, setValues] = useState({ year: '', winnerSize: '', source: '' });
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const local: Record<string, string> = {};
    if (!/^\d{4}$/.test(values.year)) local['year'] = t('awards.yearRequired');
    if (!/^\d{1,2}$/.test(values.winnerSize)) local['winnerSize'] = t('awards.sizeRequired');
    if (values.source.trim().length < 5) local['source'] = t('awards.sourceRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await save({ year: Number(values.year), winnerSize: Number(values.winnerSize), source: values.source });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['year', 'winnerSize', 'source'], fieldId));
    setErrors(NO_ERRORS);
    setOutcome(t('awards.tierSaved', { year: result.data.setKippAwardTier.year, tier: result.data.setKippAwardTier.name }));
    setValues({ year: '', winnerSize: '', source: '' });
    query.refetch();
    onChanged();
  }

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="tiers-heading">
      <Title order={2} size="h3" id="tiers-heading" mb="xs">
        {t('awards.tiers')}
      </Title>
      <QueryView query={query}>
        {(data) => (
          <DataTable
            caption={t('awards.tiers')}
            captionHidden
            columns={[
              { key: 'year', header: t('col.year'), cell: (row) => row.year, numeric: true },
              { key: 'tier', header: t('awards.tier'), cell: (row) => row.name },
              { key: 'source', header: t('awards.source'), cell: (row) => row.source ?? t('awards.fromRules') },
            ]}
            rows={data.kippAwardTiers}
            rowKey={(row) => String(row.year)}
            empty={<EmptyState title={t('awards.noTiers')} />}
          />
        )}
      </QueryView>
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="tier-form-heading">
        <Title order={3} size="h5" id="tier-form-heading" mt="md" mb="xs">
          {t('awards.setTier')}
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
              onChange={(event) => setValues({ ...values, year: event.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextField
              id={fieldId('winnerSize')}
              label={t('awards.winnerSize')}
              description={t('awards.winnerSizeHint')}
              inputMode="numeric"
              required
              value={values.winnerSize}
              error={errors.fields['winnerSize']}
              onChange={(event) => setValues({ ...values, winnerSize: event.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextField
              id={fieldId('source')}
              label={t('awards.source')}
              description={t('awards.sourceHint')}
              required
              value={values.source}
              error={errors.fields['source']}
              onChange={(event) => setValues({ ...values, source: event.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
        <Button type="submit" mt="sm" loading={loading}>
          {t('awards.saveTier')}
        </Button>
      </form>
      <Outcome message={outcome} />
    </Paper>
  );
}

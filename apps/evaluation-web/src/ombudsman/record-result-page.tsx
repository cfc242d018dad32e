import { Anchor, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import {
  ErrorSummary,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  blankToNull,
  localErrors,
  mapServerErrors,
  type MappedErrors,
} from '@simpul/ui';
import { nodes, useBasePath, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { OmbudsmanDimension, OmbudsmanMethod, OmbudsmanOpinion } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { AdminOnly } from './admin-only';
import { OMBUDSMAN } from './ombudsman-messages';
import { OMBUDSMAN_AGENCY_SEARCH, RECORD_OMBUDSMAN_RESULT } from './ombudsman.operations';

const METHODS: OmbudsmanMethod[] = ['KEPATUHAN_2015', 'OPINI_2022', 'OPINI_2025'];
const OPINIONS: OmbudsmanOpinion[] = ['A', 'B', 'C', 'D', 'E'];
const DIMENSIONS: OmbudsmanDimension[] = ['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN'];
const FIELDS = ['agencyId', 'year', 'methodVersion', 'score', 'opinion', 'dimensions', 'maladministrationRisk', 'origin', 'source'];
const fieldId = (field: string) => `ombudsman-${field.replace(/[[\].]/g, '-')}`;

/** "69,63" or "69.63" → 69.63; empty → null; anything else → NaN (refused before sending). */
function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** /evaluasi/ombudsman/catat — the national admin records one published result. */
export function RecordResultPage() {
  const t = useT(OMBUDSMAN);
  const te = useT(EVALUATION);
  const to = useBasePath();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('record.title')}
        description={t('record.intro')}
        breadcrumbs={[{ label: te('title'), to: to() }, { label: t('nav.link'), to: to('/ombudsman') }, { label: t('record.title') }]}
      />
      <AdminOnly>
        <RecordForm />
      </AdminOnly>
    </Stack>
  );
}

function RecordForm() {
  const t = useT(OMBUDSMAN);
  const to = useBasePath();
  const [search, setSearch] = useState('');
  const [values, setValues] = useState({
    agencyId: '',
    year: '',
    methodVersion: 'KEPATUHAN_2015' as OmbudsmanMethod,
    score: '',
    opinion: '',
    risk: '',
    origin: 'OFFICIAL',
    source: '',
    dimensions: { INPUT: '', PROSES: '', OUTPUT: '', PENGADUAN: '' },
  });
  const agencies = useQuery(OMBUDSMAN_AGENCY_SEARCH, { search: search.trim() }, { skip: search.trim().length < 3 });
  const [record, state] = useMutation(RECORD_OMBUDSMAN_RESULT);
  const [local, setLocal] = useState<MappedErrors | null>(null);
  const [saved, setSaved] = useState<{ agencyId: string; text: string } | null>(null);
  const mapped = local ?? mapServerErrors(state.errors ?? [], FIELDS, fieldId);
  const opinionMethod = values.methodVersion !== 'KEPATUHAN_2015';
  const found = search.trim().length >= 3 ? nodes(agencies.data?.agencies) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const problems: Record<string, string> = {};
    if (!values.agencyId) problems.agencyId = t('record.agencyMissing');
    if (!/^\d{4}$/.test(values.year.trim())) problems.year = t('record.yearInvalid');
    const score = parseNumber(values.score);
    if (Number.isNaN(score)) problems.score = t('record.numberInvalid');
    const dimensions = opinionMethod
      ? DIMENSIONS.flatMap((dimension) => {
          const value = parseNumber(values.dimensions[dimension]);
          if (Number.isNaN(value)) problems.dimensions = t('record.numberInvalid');
          return value === null || Number.isNaN(value) ? [] : [{ dimension, score: value }];
        })
      : [];
    if (Object.keys(problems).length) {
      setLocal(localErrors(problems, fieldId));
      return;
    }
    setLocal(null);
    const result = await record({
      input: {
        agencyId: values.agencyId,
        year: Number(values.year),
        methodVersion: values.methodVersion,
        score,
        opinion: opinionMethod && values.opinion ? (values.opinion as OmbudsmanOpinion) : null,
        dimensions,
        maladministrationRisk: values.methodVersion === 'OPINI_2025' ? blankToNull(values.risk) : null,
        origin: values.origin === 'DEMO' ? 'DEMO' : 'OFFICIAL',
        source: blankToNull(values.source),
      },
    });
    if (result.data) {
      const stored = result.data.recordOmbudsmanResult;
      setSaved({
        agencyId: stored.agency.id,
        text: t('record.done', { agency: stored.agency.name, year: stored.year, zone: t(`zone.${stored.zone}`) }),
      });
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('record.title')}>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="sm" maw={640}>
        <TextField
          id="ombudsman-agency-search"
          label={t('record.agencySearch')}
          description={t('record.agencySearchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <SelectField
          id={fieldId('agencyId')}
          label={t('record.agency')}
          value={values.agencyId}
          error={mapped.fields['agencyId']}
          description={search.trim().length >= 3 && agencies.data && found.length === 0 ? t('record.agencyNone') : undefined}
          onChange={(event) => setValues({ ...values, agencyId: event.currentTarget.value })}
          data={[{ value: '', label: '–' }, ...found.map((agency) => ({ value: agency.id, label: agency.name }))]}
        />
        <Group align="flex-start">
          <TextField
            id={fieldId('year')}
            label={t('record.year')}
            inputMode="numeric"
            value={values.year}
            error={mapped.fields['year']}
            onChange={(event) => setValues({ ...values, year: event.currentTarget.value })}
          />
          <SelectField
            id={fieldId('methodVersion')}
            label={t('record.method')}
            value={values.methodVersion}
            error={mapped.fields['methodVersion']}
            onChange={(event) => setValues({ ...values, methodVersion: event.currentTarget.value as OmbudsmanMethod })}
            data={METHODS.map((method) => ({ value: method, label: t(`method.${method}`) }))}
          />
        </Group>
        <TextField
          id={fieldId('score')}
          label={t('record.score')}
          description={t('record.scoreHint')}
          inputMode="decimal"
          value={values.score}
          error={mapped.fields['score']}
          onChange={(event) => setValues({ ...values, score: event.currentTarget.value })}
        />
        {opinionMethod && (
          <>
            <SelectField
              id={fieldId('opinion')}
              label={t('record.opinion')}
              value={values.opinion}
              error={mapped.fields['opinion']}
              onChange={(event) => setValues({ ...values, opinion: event.currentTarget.value })}
              data={[{ value: '', label: '–' }, ...OPINIONS.map((opinion) => ({ value: opinion, label: opinion }))]}
            />
            <Fieldset legend={t('record.dimensions')} id={fieldId('dimensions')}>
              {mapped.fields['dimensions'] && (
                <Text c="red.8" size="sm">
                  {mapped.fields['dimensions']}
                </Text>
              )}
              <Group align="flex-start">
                {DIMENSIONS.map((dimension) => (
                  <TextField
                    key={dimension}
                    id={`ombudsman-dimension-${dimension}`}
                    label={t(`dimension.${dimension}`)}
                    inputMode="decimal"
                    w={130}
                    value={values.dimensions[dimension]}
                    onChange={(event) =>
                      setValues({ ...values, dimensions: { ...values.dimensions, [dimension]: event.currentTarget.value } })
                    }
                  />
                ))}
              </Group>
            </Fieldset>
          </>
        )}
        {values.methodVersion === 'OPINI_2025' && (
          <TextField
            id={fieldId('maladministrationRisk')}
            label={t('record.risk')}
            value={values.risk}
            error={mapped.fields['maladministrationRisk']}
            onChange={(event) => setValues({ ...values, risk: event.currentTarget.value })}
          />
        )}
        <SelectField
          id={fieldId('origin')}
          label={t('record.origin')}
          value={values.origin}
          onChange={(event) => setValues({ ...values, origin: event.currentTarget.value })}
          data={['OFFICIAL', 'DEMO'].map((origin) => ({ value: origin, label: t(`record.origin.${origin}`) }))}
        />
        <TextAreaField
          id={fieldId('source')}
          label={t('record.source')}
          description={t('record.sourceHint')}
          value={values.source}
          error={mapped.fields['source']}
          onChange={(event) => setValues({ ...values, source: event.currentTarget.value })}
        />
        <Group>
          <Button type="submit" loading={state.loading}>
            {t('record.submit')}
          </Button>
        </Group>
        <div aria-live="polite">
          {saved && (
            <Text>
              {saved.text}{' '}
              <Anchor component={Link} to={to(`/ombudsman/instansi/${saved.agencyId}`)}>
                {t('record.open')}
              </Anchor>
            </Text>
          )}
        </div>
      </Stack>
    </form>
  );
}

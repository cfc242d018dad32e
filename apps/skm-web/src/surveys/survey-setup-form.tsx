import { Button, Checkbox, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { krejcieMorganSampleSize } from '@simpul/scoring';
import { ErrorSummary, localErrors, mapServerErrors, SelectField, TextField, type MappedErrors } from '@simpul/ui';
import { useFormat, useLanguage, useT, type ClientError } from '@simpul/web-kit';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { SKM } from '../messages';
import { checkWeights, equalWeights, type ElementDraft } from './element-weights';
import { PERIOD_COUNT, PERIOD_KINDS, type PeriodKind } from './survey.operations';
import { OK_TEXT } from '../shared/status-colours';

export interface SetupValues {
  title: string;
  periodKind: PeriodKind;
  year: string;
  number: string;
  customElements: boolean;
  elements: ElementDraft[];
  expectedUsers: string;
  opensAt: string;
  closesAt: string;
}

/** Fields the server may name in `extensions.field` (input.* stripped) that this form shows. */
export const SETUP_FIELDS = [
  'title',
  'serviceUnitId',
  'deskId',
  'periodKind',
  'year',
  'number',
  'elements',
  'expectedUsers',
  'opensAt',
  'closesAt',
] as const;
export const setupFieldId = (field: string) => `skm-setup-${field.replace(/[[\].]/g, '-')}`;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const PROFILE_QUESTIONS = ['profile.ageBand', 'profile.sex', 'profile.education', 'profile.occupation', 'profile.service'];

/** Local checks, translated; the service checks the same again. */
export function checkSetup(
  values: SetupValues,
  t: (key: string, params?: Record<string, string | number>) => string,
  editing: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors['title'] = t('setup.titleRequired');
  if (!editing) {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) errors['year'] = t('setup.yearInvalid');
    if (values.customElements) {
      const check = checkWeights(values.elements);
      if (!check.valid) errors['elements'] = t('setup.weightsInvalid');
    }
  }
  if (values.expectedUsers.trim() !== '' && !/^\d+$/.test(values.expectedUsers.trim()))
    errors['expectedUsers'] = t('setup.expectedInvalid');
  if ((values.opensAt === '') !== (values.closesAt === '')) errors['closesAt'] = t('setup.hoursBoth');
  else if (values.opensAt && (!HH_MM.test(values.opensAt) || !HH_MM.test(values.closesAt) || values.opensAt >= values.closesAt))
    errors['closesAt'] = t('setup.hoursOrder');
  return errors;
}

export function toServerErrors(errors: ClientError[]): MappedErrors {
  // elements[2].weight → the elements table (one message for the table, linked to its first input).
  return mapServerErrors(
    errors.map((e) => ({ ...e, field: e.field?.replace(/^(input\.)?elements\[\d+\].*$/, 'elements') ?? e.field })),
    SETUP_FIELDS,
    setupFieldId,
  );
}

/**
 * The survey setup form: title, period, instrument (the nine PermenPANRB 14/2017 elements or custom
 * elements with weights checked live by @simpul/scoring), the fixed profile questions, expected users
 * with the Krejcie–Morgan sample they require, and opening hours. `owner` renders who the survey is
 * for (unit, desk); in edit mode period and instrument are fixed: answers already collected were
 * given to that instrument, and one result never mixes instruments.
 */
export function SurveySetupForm({
  initial,
  editing,
  owner,
  respondents,
  onSubmit,
  busy,
  visitorsButton,
  periodNotice,
}: {
  initial: SetupValues;
  editing: boolean;
  owner: ReactNode;
  respondents: number | null;
  busy: boolean;
  onSubmit: (values: SetupValues) => Promise<MappedErrors | null>;
  /** For a desk survey: fills expected users from the MPP's visitor counts. */
  visitorsButton?: (fill: (visitors: number) => void, values: SetupValues) => ReactNode;
  /** Under the period fields: e.g. a warning that the period overlaps an existing survey. */
  periodNotice?: (values: SetupValues) => ReactNode;
}) {
  const t = useT(SKM);
  const format = useFormat();
  const [language] = useLanguage();
  const [values, setValues] = useState<SetupValues>(initial);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const set = <K extends keyof SetupValues>(key: K, value: SetupValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const weights = useMemo(() => checkWeights(values.elements), [values.elements]);
  const population = /^\d+$/.test(values.expectedUsers.trim()) ? Number(values.expectedUsers.trim()) : null;
  const required = population !== null && population > 0 ? krejcieMorganSampleSize(population) : null;

  function setElement(index: number, patch: Partial<ElementDraft>) {
    set(
      'elements',
      values.elements.map((element, i) => (i === index ? { ...element, ...patch } : element)),
    );
  }
  function addElement() {
    const next = [...values.elements, { code: `U${values.elements.length + 1}`, name: '', weight: '0', required: true }];
    set(
      'elements',
      next.map((element) => ({ ...element, weight: equalWeights(next.length) })),
    );
  }

  // Never rejects: onSubmit resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = checkSetup(values, t, editing);
    if (Object.keys(local).length) return setErrors(localErrors(local, setupFieldId));
    const result = await onSubmit(values);
    setErrors(result ?? { fields: {}, summary: [] });
  }

  const periodNumbers = Array.from({ length: PERIOD_COUNT[values.periodKind] }, (_, i) => i + 1);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="lg" maw={760}>
        {owner}
        <TextField
          id={setupFieldId('title')}
          label={t('setup.title')}
          required
          error={errors.fields['title']}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />

        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('setup.periodTitle')}
          </Title>
          {editing ? (
            <Text>{t('setup.periodFixed')}</Text>
          ) : (
            <Group align="flex-start">
              <SelectField
                id={setupFieldId('periodKind')}
                label={t('setup.periodKind')}
                value={values.periodKind}
                error={errors.fields['periodKind']}
                data={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`periodKind.${kind}`) }))}
                onChange={(e) => setValues({ ...values, periodKind: e.currentTarget.value as PeriodKind, number: '1' })}
              />
              <TextField
                id={setupFieldId('year')}
                label={t('setup.year')}
                inputMode="numeric"
                w={120}
                value={values.year}
                error={errors.fields['year']}
                onChange={(e) => set('year', e.currentTarget.value)}
              />
              {values.periodKind !== 'YEAR' && (
                <SelectField
                  id={setupFieldId('number')}
                  label={t(`setup.number.${values.periodKind}`)}
                  value={values.number}
                  error={errors.fields['number']}
                  data={periodNumbers.map((n) => ({ value: String(n), label: String(n) }))}
                  onChange={(e) => set('number', e.currentTarget.value)}
                />
              )}
            </Group>
          )}
          {!editing && periodNotice?.(values)}
        </Stack>

        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('setup.elementsTitle')}
          </Title>
          {editing ? (
            <Text>{t('setup.elementsFixed')}</Text>
          ) : (
            <Checkbox
              id={setupFieldId('customElements')}
              label={t('setup.customElements')}
              checked={values.customElements}
              onChange={(e) => set('customElements', e.currentTarget.checked)}
            />
          )}
          <Table withTableBorder>
            <caption style={{ textAlign: 'left' }}>{t('setup.elementsCaption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('setup.code')}</Table.Th>
                <Table.Th>{t('setup.name')}</Table.Th>
                <Table.Th>{t('col.weight')}</Table.Th>
                <Table.Th>{t('setup.required')}</Table.Th>
                {values.customElements && !editing && <Table.Th>{t('setup.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.elements.map((element, i) => (
                <Table.Tr key={i}>
                  {values.customElements && !editing ? (
                    <>
                      <Table.Td>
                        <TextInput
                          id={i === 0 ? setupFieldId('elements') : undefined}
                          aria-label={t('setup.codeOf', { n: i + 1 })}
                          value={element.code}
                          w={90}
                          onChange={(e) => setElement(i, { code: e.currentTarget.value.toUpperCase() })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('setup.nameOf', { n: i + 1 })}
                          value={element.name}
                          onChange={(e) => setElement(i, { name: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('setup.weightOf', { n: i + 1 })}
                          value={element.weight}
                          w={90}
                          onChange={(e) => setElement(i, { weight: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('setup.requiredOf', { n: i + 1 })}
                          checked={element.required}
                          onChange={(e) => setElement(i, { required: e.currentTarget.checked })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          color="red.9"
                          size="compact-sm"
                          disabled={values.elements.length <= 1}
                          onClick={() =>
                            set(
                              'elements',
                              values.elements.filter((_, j) => j !== i),
                            )
                          }
                        >
                          {t('setup.removeOf', { code: element.code || String(i + 1) })}
                        </Button>
                      </Table.Td>
                    </>
                  ) : (
                    <>
                      <Table.Td>{element.code}</Table.Td>
                      <Table.Td>{element.name}</Table.Td>
                      <Table.Td>{element.weight}</Table.Td>
                      <Table.Td>{element.required ? t('setup.yes') : t('setup.no')}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {values.customElements && !editing && (
            <>
              <Group>
                <Button variant="outline" onClick={addElement}>
                  {t('setup.addElement')}
                </Button>
                <Button
                  variant="subtle"
                  onClick={() =>
                    set(
                      'elements',
                      values.elements.map((e) => ({ ...e, weight: equalWeights(values.elements.length) })),
                    )
                  }
                >
                  {t('setup.equalWeights')}
                </Button>
              </Group>
              <Text role="status" aria-live="polite" fw={600} c={weights.valid ? OK_TEXT : 'red.9'} data-testid="weights-check">
                {weights.valid
                  ? t('setup.weightsOk', { sum: weights.sum ?? '' })
                  : t('setup.weightsProblem', {
                      sum: weights.sum ?? '?',
                      problem: weights.problem ? (language === 'id' ? weights.problem.id : weights.problem.en) : '',
                    })}
              </Text>
              {errors.fields['elements'] && <Text c="red.9">{errors.fields['elements']}</Text>}
            </>
          )}
        </Stack>

        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('setup.profileTitle')}
          </Title>
          <Text>{t('setup.profileBody')}</Text>
          <List>
            {PROFILE_QUESTIONS.map((key) => (
              <List.Item key={key}>{t(key)}</List.Item>
            ))}
          </List>
        </Stack>

        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('setup.sampleTitle')}
          </Title>
          <Group align="flex-end">
            <TextField
              id={setupFieldId('expectedUsers')}
              label={t('setup.expectedUsers')}
              description={t('setup.expectedHint')}
              inputMode="numeric"
              w={260}
              value={values.expectedUsers}
              error={errors.fields['expectedUsers']}
              onChange={(e) => set('expectedUsers', e.currentTarget.value)}
            />
            {visitorsButton?.((visitors) => set('expectedUsers', String(visitors)), values)}
          </Group>
          <Text role="status" aria-live="polite" data-testid="required-sample">
            {required === null
              ? t('setup.sampleUnknown')
              : t('setup.sampleRequired', { required: format.number(required), population: format.number(population ?? 0) })}
            {required !== null && respondents !== null
              ? ` ${t('setup.sampleSoFar', { respondents: format.number(respondents), percent: format.number(Math.min(100, Math.round((respondents / Math.max(1, required)) * 100)), 0) })}`
              : ''}
          </Text>
        </Stack>

        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('setup.hoursTitle')}
          </Title>
          <Text size="sm">{t('setup.hoursHint')}</Text>
          <Group align="flex-start">
            <TextField
              id={setupFieldId('opensAt')}
              type="time"
              label={t('setup.opensAt')}
              value={values.opensAt}
              error={errors.fields['opensAt']}
              onChange={(e) => set('opensAt', e.currentTarget.value)}
            />
            <TextField
              id={setupFieldId('closesAt')}
              type="time"
              label={t('setup.closesAt')}
              value={values.closesAt}
              error={errors.fields['closesAt']}
              onChange={(e) => set('closesAt', e.currentTarget.value)}
            />
          </Group>
        </Stack>

        <Group>
          <Button type="submit" loading={busy}>
            {editing ? t('setup.save') : t('setup.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Checkbox, Grid, Group, Paper, Text, Title } from '@mantine/core';
import {
  EmptyState,
  ErrorSummary,
  PageHeader,
  TextAreaField,
  TextField,
  localErrors,
  mapServerErrors,
  type MappedErrors,
} from '@simpul/ui';
import { useBasePath, useMutation, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { KIPP } from '../messages';
import type { KippGroup } from '../shared/enums';
import { CREATE_COMPETITION } from './admin.operations';
import { ALL_GROUPS, DEFAULT_CATEGORIES, DEFAULT_GROUP_RULES, defaultCalendar } from './competition-defaults';

const fieldId = (field: string) => `competition-${field.replace(/\./g, '-')}`;

interface FormState {
  year: string;
  title: string;
  categories: string;
  groups: KippGroup[];
  rules: Record<KippGroup, { minAgeYears: string; quotaPerAgency: string }>;
  top99Size: string;
  top45Size: string;
  evaluatorsPerProposal: string;
  stages: { stage: ReturnType<typeof defaultCalendar>[number]['stage']; opensOn: string; closesOn: string }[];
}

function initial(year: number): FormState {
  return {
    year: String(year),
    title: `Kompetisi Inovasi Pelayanan Publik ${year}`,
    categories: DEFAULT_CATEGORIES.join('\n'),
    groups: [...ALL_GROUPS],
    rules: Object.fromEntries(
      ALL_GROUPS.map((group) => [
        group,
        {
          minAgeYears: String(DEFAULT_GROUP_RULES[group].minAgeYears),
          quotaPerAgency: DEFAULT_GROUP_RULES[group].quotaPerAgency === null ? '' : String(DEFAULT_GROUP_RULES[group].quotaPerAgency),
        },
      ]),
    ) as FormState['rules'],
    top99Size: '99',
    top45Size: '45',
    evaluatorsPerProposal: '3',
    stages: defaultCalendar(year),
  };
}

/** Setting up a year: groups, categories, eligibility rules as data and the eight-stage calendar; default rubrics follow, editable before each stage starts. */
export function NewCompetitionPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const navigate = useNavigate();
  const { user } = useSession();
  const [create, { loading }] = useMutation(CREATE_COMPETITION);
  const [form, setForm] = useState<FormState>(() => initial(new Date().getFullYear() + 1));
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const crumbs = [{ label: t('title'), to: to() }, { label: t('admin.competitions'), to: to('/kompetisi') }, { label: t('setup.title') }];
  if (user?.role !== 'NATIONAL_ADMIN') {
    return (
      <>
        <PageHeader title={t('setup.title')} breadcrumbs={crumbs} />
        <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>
      </>
    );
  }

  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const year = whole(form.year);
    if (year === null) local['year'] = t('setup.yearRequired');
    if (!form.title.trim()) local['title'] = t('setup.titleRequired');
    const categories = form.categories
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (categories.length === 0) local['categories'] = t('setup.categoriesRequired');
    if (form.groups.length === 0) local['groups'] = t('setup.groupsRequired');
    const sizes = {
      top99Size: whole(form.top99Size),
      top45Size: whole(form.top45Size),
      evaluatorsPerProposal: whole(form.evaluatorsPerProposal),
    };
    for (const [key, value] of Object.entries(sizes)) if (value === null || value < 1) local[key] = t('setup.positiveNumber');
    for (const group of form.groups) {
      if (whole(form.rules[group].minAgeYears) === null)
        local[`groupRules.${group}`] = t('setup.ruleInvalid', { group: t(`group.${group}`) });
      if (form.rules[group].quotaPerAgency.trim() && !whole(form.rules[group].quotaPerAgency))
        local[`groupRules.${group}`] = t('setup.ruleInvalid', { group: t(`group.${group}`) });
    }
    form.stages.forEach((stage, index) => {
      if (!stage.opensOn || !stage.closesOn || stage.closesOn < stage.opensOn)
        local[`stages.${index}`] = t('setup.stageInvalid', { stage: t(`stage.${stage.stage}`) });
    });
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await create({
      input: {
        year: year as number,
        title: form.title.trim(),
        groups: form.groups,
        categories,
        stages: form.stages,
        groupRules: form.groups.map((group) => ({
          group,
          minAgeYears: Number(form.rules[group].minAgeYears),
          quotaPerAgency: whole(form.rules[group].quotaPerAgency),
        })),
        top99Size: sizes.top99Size,
        top45Size: sizes.top45Size,
        evaluatorsPerProposal: sizes.evaluatorsPerProposal,
      },
    });
    const known = [
      'year',
      'title',
      'categories',
      'groups',
      'groupRules',
      'top99Size',
      'top45Size',
      'evaluatorsPerProposal',
      'stages',
      ...form.stages.map((_, index) => `stages.${index}`),
    ];
    if (result.errors) return setErrors(mapServerErrors(result.errors, known, fieldId));
    void navigate(to(`/kompetisi/${result.data.createCompetition.id}`));
  }

  // A new year brings its usual calendar, and the default name follows unless the admin renamed it.
  function yearChanged(value: string) {
    const year = whole(value);
    if (!year || year < 2014) return setForm({ ...form, year: value });
    const renamed = !/^Kompetisi Inovasi Pelayanan Publik \d*$/.test(form.title);
    setForm({ ...form, year: value, stages: defaultCalendar(year), title: renamed ? form.title : initial(year).title });
  }

  const setRule = (group: KippGroup, key: 'minAgeYears' | 'quotaPerAgency', value: string) =>
    setForm({ ...form, rules: { ...form.rules, [group]: { ...form.rules[group], [key]: value } } });

  return (
    <>
      <PageHeader title={t('setup.title')} description={t('setup.description')} breadcrumbs={crumbs} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={errors.summary} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextField
              id={fieldId('year')}
              label={t('col.year')}
              inputMode="numeric"
              required
              value={form.year}
              error={errors.fields['year']}
              onChange={(e) => yearChanged(e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 9 }}>
            <TextField
              id={fieldId('title')}
              label={t('setup.name')}
              required
              value={form.title}
              error={errors.fields['title']}
              onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextAreaField
              id={fieldId('categories')}
              label={t('setup.categories')}
              description={t('setup.categoriesHint')}
              required
              autosize
              minRows={4}
              value={form.categories}
              error={errors.fields['categories']}
              onChange={(e) => setForm({ ...form, categories: e.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
        <Paper withBorder p="md" mt="lg" radius="sm" component="fieldset" id={fieldId('groups')} aria-describedby="groups-hint">
          <Title order={2} size="h3" component="legend">
            {t('setup.groups')}
          </Title>
          <Text id="groups-hint" size="sm" mb="sm">
            {t('setup.groupsHint')}
          </Text>
          {errors.fields['groups'] && (
            <Text c="red.8" size="sm" mb="xs">
              {errors.fields['groups']}
            </Text>
          )}
          {ALL_GROUPS.map((group) => (
            <Grid key={group} align="flex-end" mb="xs">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Checkbox
                  id={fieldId(`group-${group}`)}
                  label={t(`group.${group}`)}
                  checked={form.groups.includes(group)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setForm({
                      ...form,
                      groups: on
                        ? ALL_GROUPS.filter((g) => g === group || form.groups.includes(g))
                        : form.groups.filter((g) => g !== group),
                    });
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextField
                  id={fieldId(`groupRules.${group}`)}
                  label={t('setup.minAge', { group: t(`group.${group}`) })}
                  inputMode="numeric"
                  disabled={!form.groups.includes(group)}
                  value={form.rules[group].minAgeYears}
                  error={errors.fields[`groupRules.${group}`]}
                  onChange={(e) => setRule(group, 'minAgeYears', e.currentTarget.value)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextField
                  id={fieldId(`quota-${group}`)}
                  label={t('setup.quota', { group: t(`group.${group}`) })}
                  description={t('setup.quotaHint')}
                  inputMode="numeric"
                  disabled={!form.groups.includes(group)}
                  value={form.rules[group].quotaPerAgency}
                  onChange={(e) => setRule(group, 'quotaPerAgency', e.currentTarget.value)}
                />
              </Grid.Col>
            </Grid>
          ))}
        </Paper>
        <Grid mt="lg">
          {(['top99Size', 'top45Size', 'evaluatorsPerProposal'] as const).map((key) => (
            <Grid.Col key={key} span={{ base: 12, sm: 4 }}>
              <TextField
                id={fieldId(key)}
                label={t(`setup.${key}`)}
                inputMode="numeric"
                required
                value={form[key]}
                error={errors.fields[key]}
                onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
              />
            </Grid.Col>
          ))}
        </Grid>
        <Paper withBorder p="md" mt="lg" radius="sm" component="fieldset" id={fieldId('stages')}>
          <Title order={2} size="h3" component="legend">
            {t('setup.calendar')}
          </Title>
          <Text size="sm" mb="sm">
            {t('setup.calendarHint')}
          </Text>
          {form.stages.map((stage, index) => (
            <Grid key={stage.stage} align="flex-end" mb="xs">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Text fw={500}>{t(`stage.${stage.stage}`)}</Text>
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextField
                  id={fieldId(`stages.${index}`)}
                  type="date"
                  label={t('setup.opensOn', { stage: t(`stage.${stage.stage}`) })}
                  value={stage.opensOn}
                  error={errors.fields[`stages.${index}`]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setForm({ ...form, stages: form.stages.map((s, i) => (i === index ? { ...s, opensOn: value } : s)) });
                  }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextField
                  id={fieldId(`closes-${index}`)}
                  type="date"
                  label={t('setup.closesOn', { stage: t(`stage.${stage.stage}`) })}
                  value={stage.closesOn}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setForm({ ...form, stages: form.stages.map((s, i) => (i === index ? { ...s, closesOn: value } : s)) });
                  }}
                />
              </Grid.Col>
            </Grid>
          ))}
        </Paper>
        <Group mt="lg">
          <Button type="submit" loading={loading}>
            {t('setup.create')}
          </Button>
        </Group>
      </form>
    </>
  );
}

import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, SelectField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useMutation, useQuery, useT, nodes, useDebounced } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import type { EvaluatorLevel } from '../__generated__/operations';
import { AGENCY_OPTIONS, EVALUATOR_ACCOUNTS, UPSERT_EVALUATOR, type EvaluatorProfileRow } from '../workflow/workflow.operations';
import { WORKFLOW } from '../workflow/workflow-messages';

const LEVELS: EvaluatorLevel[] = ['KEMENPANRB', 'PROVINCE', 'REGENCY'];
const PICKER = 10;
const FIELDS = ['userId', 'displayName', 'agencyId', 'level', 'provinceCode'];
const fieldId = (field: string) => `enrol-${field}`;

/**
 * Enrol a registry account with the Evaluator role (or edit an enrolled one): its display name, its
 * instansi, its level and — for provincial and kab/kota evaluators — its province, which decide
 * which lokus it may evaluate.
 */
export function EnrolForm({
  editing,
  provinces,
  onSaved,
  onCancel,
}: {
  editing: EvaluatorProfileRow | null;
  provinces: { code: string; name: string }[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT(WORKFLOW);
  const te = useT(EVALUATION);
  const [userSearch, setUserSearch] = useState('');
  const [agencySearch, setAgencySearch] = useState(editing?.agency?.name ?? '');
  const userTerm = useDebounced(userSearch);
  const agencyTerm = useDebounced(agencySearch);
  const accounts = useQuery(EVALUATOR_ACCOUNTS, { text: userTerm.trim() || null, first: PICKER }, { skip: Boolean(editing) });
  const agencies = useQuery(AGENCY_OPTIONS, { search: agencyTerm.trim() || null, first: PICKER });
  const [values, setValues] = useState({
    userId: editing?.userId ?? '',
    displayName: editing?.displayName ?? '',
    agencyId: editing?.agencyId ?? '',
    level: editing?.level ?? 'KEMENPANRB',
    provinceCode: editing?.provinceCode ?? '',
  });
  const [local, setLocal] = useState<MappedErrors | null>(null);
  const [done, setDone] = useState('');
  const [upsert, state] = useMutation(UPSERT_EVALUATOR);
  const errors = local ?? mapServerErrors(state.errors ?? [], FIELDS, fieldId);
  const accountOptions = nodes(accounts.data?.users);
  const agencyOptions = nodes(agencies.data?.agencies);
  if (editing?.agency && !agencyOptions.some((a) => a.id === editing.agencyId)) agencyOptions.unshift(editing.agency);

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const found: Record<string, string> = {};
    if (!values.userId) found['userId'] = t('enrol.userMissing');
    if (!values.displayName.trim()) found['displayName'] = t('enrol.nameMissing');
    if (!values.agencyId) found['agencyId'] = t('enrol.agencyMissing');
    if (values.level !== 'KEMENPANRB' && !values.provinceCode) found['provinceCode'] = t('enrol.provinceMissing');
    if (Object.keys(found).length) return setLocal(localErrors(found, fieldId));
    setLocal(null);
    const result = await upsert({
      input: {
        ...values,
        displayName: values.displayName.trim(),
        provinceCode: values.level === 'KEMENPANRB' ? values.provinceCode || null : values.provinceCode,
      },
    });
    if (result.data) {
      setDone(t('enrol.done', { name: result.data.upsertEvaluatorProfile.displayName }));
      onSaved();
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="enrol-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="enrol-title">
            {editing ? t('enrol.editTitle', { name: editing.displayName }) : t('enrol.title')}
          </Title>
          <ErrorSummary errors={errors.summary} />
          {!editing && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField
                id="enrol-user-search"
                label={t('enrol.userSearch')}
                description={t('enrol.userHint')}
                value={userSearch}
                onChange={(e) => setUserSearch(e.currentTarget.value)}
              />
              <SelectField
                id={fieldId('userId')}
                label={t('enrol.user')}
                value={values.userId}
                error={errors.fields['userId']}
                description={
                  accounts.data
                    ? accountOptions.length
                      ? t('enrol.shown', { shown: accountOptions.length, total: accounts.data.users.totalCount })
                      : t('enrol.noUsers')
                    : undefined
                }
                onChange={(e) => {
                  const account = accountOptions.find((a) => a.id === e.currentTarget.value);
                  setValues({ ...values, userId: e.currentTarget.value, displayName: values.displayName || account?.displayName || '' });
                }}
                data={[
                  { value: '', label: te('choose') },
                  ...accountOptions.map((a) => ({ value: a.id, label: `${a.displayName} · ${a.email}` })),
                ]}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField
              id={fieldId('displayName')}
              label={t('enrol.displayName')}
              value={values.displayName}
              error={errors.fields['displayName']}
              onChange={(e) => setValues({ ...values, displayName: e.currentTarget.value })}
            />
            <SelectField
              id={fieldId('level')}
              label={t('enrol.level')}
              value={values.level}
              error={errors.fields['level']}
              onChange={(e) => setValues({ ...values, level: e.currentTarget.value as EvaluatorLevel })}
              data={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
            />
            <TextField
              id="enrol-agency-search"
              label={t('enrol.agencySearch')}
              value={agencySearch}
              onChange={(e) => setAgencySearch(e.currentTarget.value)}
            />
            <SelectField
              id={fieldId('agencyId')}
              label={t('enrol.agency')}
              value={values.agencyId}
              error={errors.fields['agencyId']}
              onChange={(e) => setValues({ ...values, agencyId: e.currentTarget.value })}
              data={[{ value: '', label: te('choose') }, ...agencyOptions.map((a) => ({ value: a.id, label: a.name }))]}
            />
            <SelectField
              id={fieldId('provinceCode')}
              label={t('enrol.province')}
              value={values.provinceCode}
              error={errors.fields['provinceCode']}
              onChange={(e) => setValues({ ...values, provinceCode: e.currentTarget.value })}
              data={[
                { value: '', label: values.level === 'KEMENPANRB' ? t('enrol.provinceNone') : te('choose') },
                ...provinces.map((p) => ({ value: p.code, label: p.name })),
              ]}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={state.loading}>
              {t('enrol.submit')}
            </Button>
            {editing && (
              <Button variant="default" onClick={onCancel}>
                {t('create.cancel')}
              </Button>
            )}
            <Text size="sm" aria-live="polite">
              {done}
            </Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

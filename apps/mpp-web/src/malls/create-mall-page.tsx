import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Checkbox } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import {
  ErrorSummary,
  LoadingState,
  PageHeader,
  SelectField,
  TextField,
  localErrors,
  mapServerErrors,
  type MappedErrors,
} from '@simpul/ui';
import { useBasePath, useDebounced, useMutation, useQuery, useSession, useT, readUpload } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FileField } from '../files/file-field';
import { foldFileErrors } from '@simpul/web-kit';
import { MPP } from '../messages';
import {
  CREATE_MALL_FIELDS,
  createMallFieldId,
  emptyCreateMall,
  toCreateMallInput,
  validateCreateMall,
  type CreateMallValues,
} from './create-mall-values';
import { CREATE_MALL, MANAGING_UNITS, PROVINCES, REGENCIES } from './create-mall.operations';
import { OpeningHoursFields } from './opening-hours-fields';
import { hoursInput, hoursServerErrors } from './opening-hours-values';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/**
 * The national admin records a proposed mall with its whole establishment record (Perpres
 * 89/2021): where it is, who manages it, the bupati/wali kota's letter and the urgency study, the
 * planned opening and the week's hours. One mutation stores all of it or nothing.
 */
export function CreateMallPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  const crumbs = [{ label: t('title'), to: to() }, { label: t('national.title'), to: to('/national') }, { label: t('create.title') }];
  return (
    <>
      <PageHeader title={t('create.title')} description={t('create.description')} breadcrumbs={crumbs} />
      {user?.role === 'NATIONAL_ADMIN' ? (
        <CreateMallForm />
      ) : (
        <Alert color="yellow">
          <Text c="dark">{t('create.adminOnly')}</Text>
        </Alert>
      )}
    </>
  );
}

function CreateMallForm() {
  const t = useT(MPP);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const [values, setValues] = useState<CreateMallValues>(emptyCreateMall);
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [create, { loading }] = useMutation(CREATE_MALL);
  const set = <K extends keyof CreateMallValues>(key: K, value: CreateMallValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (path: string) => ({ id: createMallFieldId(path), error: errors.fields[path] ?? null });

  // Never rejects (an unreadable file and the server's errors both end on the form), so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateCreateMall(values, t);
    const hours = hoursInput(values.hours, t);
    if (Object.keys(local).length || 'errors' in hours) {
      const mapped = localErrors(local, createMallFieldId);
      const hourErrors = 'errors' in hours ? hours.errors : {};
      setErrors({
        fields: { ...mapped.fields, ...hourErrors },
        summary: [...mapped.summary, ...Object.entries(hourErrors).map(([fieldId, message]) => ({ fieldId, message }))],
      });
      return;
    }
    const [letter, study] = await Promise.all([readUpload(values.letterFile, t), readUpload(values.studyFile, t)]);
    if (letter.problem !== null || study.problem !== null) {
      const unread: Record<string, string> = {};
      if (letter.problem !== null) unread['documents.0.file'] = letter.problem;
      if (study.problem !== null) unread['documents.1.file'] = study.problem;
      return setErrors(localErrors(unread, createMallFieldId));
    }
    const result = await create({ input: toCreateMallInput(values, hours.hours, { letter: letter.upload, study: study.upload }, t) });
    if (result.errors) {
      const folded = foldFileErrors(result.errors);
      const hourErrors = hoursServerErrors(
        folded.filter((e) => /openingHours\./.test(e.field ?? '')),
        hours.hours,
      );
      const rest = mapServerErrors(
        folded.filter((e) => !/openingHours\./.test(e.field ?? '')),
        CREATE_MALL_FIELDS,
        createMallFieldId,
      );
      setErrors({ fields: { ...rest.fields, ...hourErrors.fields }, summary: [...rest.summary, ...hourErrors.summary] });
      return;
    }
    void navigate(to(`/malls/${result.data.createMall.id}/profile`));
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('create.title')}>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="xl" maw={860}>
        <Fieldset legend={t('create.where')}>
          <Stack gap="md">
            <TextField
              {...field('name')}
              label={t('create.name')}
              description={t('create.nameHint')}
              required
              value={values.name}
              onChange={(event) => set('name', event.currentTarget.value)}
            />
            <RegionFields values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
            <TextField
              {...field('address')}
              label={t('profile.address')}
              value={values.address}
              onChange={(event) => set('address', event.currentTarget.value)}
            />
          </Stack>
        </Fieldset>
        <ManagingUnitField
          regencyCode={values.regencyCode}
          value={values.managingUnitId}
          error={errors.fields['managingUnitId'] ?? null}
          onChange={(id) => set('managingUnitId', id)}
        />
        <Fieldset legend={t('create.establishment')}>
          <Stack gap="md">
            <Text size="sm">{t('create.establishmentHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField
                {...field('documents.0.number')}
                label={t('create.letterNumber')}
                required
                value={values.letterNumber}
                onChange={(event) => set('letterNumber', event.currentTarget.value)}
              />
              <TextField
                {...field('documents.0.issuedOn')}
                type="date"
                label={t('create.letterDate')}
                required
                value={values.letterDate}
                onChange={(event) => set('letterDate', event.currentTarget.value)}
              />
            </SimpleGrid>
            <FileField
              {...field('documents.0.file')}
              label={t('create.letterFile')}
              value={values.letterFile}
              onChange={(file) => set('letterFile', file)}
            />
            <FileField
              {...field('documents.1.file')}
              label={t('create.studyFile')}
              value={values.studyFile}
              onChange={(file) => set('studyFile', file)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField
                {...field('proposedOn')}
                type="date"
                label={t('profile.proposedOn')}
                value={values.proposedOn}
                onChange={(event) => set('proposedOn', event.currentTarget.value)}
              />
              <TextField
                {...field('openedOn')}
                type="date"
                label={t('profile.plannedOpening')}
                description={t('create.openedOnHint')}
                value={values.openedOn}
                onChange={(event) => set('openedOn', event.currentTarget.value)}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('mall.hours')}>
          <OpeningHoursFields rows={values.hours} errors={errors.fields} onChange={(hours) => set('hours', hours)} />
        </Fieldset>
        <Group>
          <Button type="submit" size="md" loading={loading}>
            {t('create.submit')}
          </Button>
          <Button variant="default" size="md" onClick={() => void navigate(to('/national'))}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Province, then its kabupaten/kota, both from the registry (Kemendagri codes). */
function RegionFields({
  values,
  errors,
  onChange,
}: {
  values: CreateMallValues;
  errors: MappedErrors;
  onChange: (patch: Partial<CreateMallValues>) => void;
}) {
  const t = useT(MPP);
  const provinces = useQuery(PROVINCES, {});
  const regencies = useQuery(REGENCIES, { provinceCode: values.provinceCode }, { skip: !values.provinceCode });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <SelectField
        id={createMallFieldId('provinceCode')}
        label={t('col.province')}
        required
        value={values.provinceCode}
        onChange={(event) => onChange({ provinceCode: event.currentTarget.value, regencyCode: '', managingUnitId: '' })}
        data={[
          { value: '', label: provinces.data ? t('form.choose') : t('create.loading') },
          ...(provinces.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
        ]}
      />
      <SelectField
        id={createMallFieldId('regencyCode')}
        label={t('create.regency')}
        required
        disabled={!values.provinceCode}
        error={errors.fields['regencyCode'] ?? null}
        description={values.provinceCode ? undefined : t('create.provinceFirst')}
        value={values.regencyCode}
        onChange={(event) => onChange({ regencyCode: event.currentTarget.value, managingUnitId: '' })}
        data={[
          { value: '', label: t('form.choose') },
          ...(values.provinceCode ? (regencies.data?.regencies ?? []) : []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
        ]}
      />
    </SimpleGrid>
  );
}

/** The managing unit, picked among the registry's units of that kabupaten/kota; the DPMPTSP first, any unit on request. */
function ManagingUnitField({
  regencyCode,
  value,
  error,
  onChange,
}: {
  regencyCode: string;
  value: string;
  error: string | null;
  onChange: (id: string) => void;
}) {
  const t = useT(MPP);
  const [anyKind, setAnyKind] = useState(false);
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const units = useQuery(
    MANAGING_UNITS,
    { regionCode: regencyCode, kind: anyKind ? null : 'DPMPTSP', search: debounced || null },
    { skip: !regencyCode },
  );
  const found = units.data?.serviceUnits.edges.map((edge) => edge.node) ?? [];
  return (
    <Fieldset legend={t('profile.managingUnit')} id={createMallFieldId('managingUnitId')} tabIndex={-1}>
      {!regencyCode ? (
        <Text size="sm">{t('create.regencyFirst')}</Text>
      ) : (
        <Stack gap="sm">
          <Group align="flex-end">
            <TextInput
              id="mall-unit-search"
              type="search"
              label={t('create.unitSearch')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={320}
            />
            <Checkbox
              id="mall-unit-any"
              label={t('create.unitAnyKind')}
              checked={anyKind}
              onChange={(event) => setAnyKind(event.currentTarget.checked)}
            />
          </Group>
          <div aria-live="polite">
            {units.loading && !units.data && <LoadingState />}
            {units.data && (
              <Radio.Group
                name="managingUnit"
                label={t('create.unitResults', { count: units.data.serviceUnits.totalCount })}
                value={value}
                onChange={onChange}
                error={error || undefined}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="" label={t('create.noUnit')} />
                  {found.map((unit) => (
                    <Radio key={unit.id} value={unit.id} label={unit.name} description={unit.region.name} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </div>
        </Stack>
      )}
    </Fieldset>
  );
}

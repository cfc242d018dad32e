import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { ErrorSummary, SelectField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useQuery, useT, type ClientError } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { REGISTRY } from '../messages';
import { REGENCIES, type RegionSummary } from '../regions/region.operations';
import { AgencyPicker } from '../shared/agency-picker';
import { EXTERNAL_SYSTEMS, SERVICE_GROUPS, SERVICE_UNIT_KINDS } from '../shared/enums';
import type { PickerOption } from '../shared/search-picker';
import { changedUnitInput, toUnitInput, UNIT_FORM_FIELDS, unitFieldId, validateUnit, type UnitFormValues } from './unit-form-values';
import type { UnitInput } from './unit.operations';

export interface UnitFormProps {
  initial: UnitFormValues;
  /** The owning instansi as loaded (editing), shown in the agency search picker; null when creating. */
  agency?: PickerOption | null;
  provinces: RegionSummary[];
  /**
   * Editing an existing unit: only the changed fields are sent. Creating sends everything.
   */
  editing?: boolean;
  /**
   * Kind, agency, region and external ids are the national admin's: shown read-only, with why,
   * under these names (the unit's agency and region as loaded).
   */
  restricted?: { agency: string; region: string } | null;
  /** Resolves to the server's errors, or null when saved. */
  /** Resolves to the server's errors, or null when saved; never rejects (a mutation resolves to its errors). */
  onSubmit: (input: Partial<UnitInput>) => Promise<ClientError[] | null>;
  onCancel: () => void;
}

export function UnitForm({ initial, agency: initialAgency = null, provinces, editing, restricted, onSubmit, onCancel }: UnitFormProps) {
  const t = useT(REGISTRY);
  const [values, setValues] = useState(initial);
  const [agency, setAgency] = useState<PickerOption | null>(initialAgency);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saving, setSaving] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const regencies = useQuery(REGENCIES, { provinceCode: values.provinceCode }, { skip: !values.provinceCode || Boolean(restricted) });

  const set = <K extends keyof UnitFormValues>(key: K, value: UnitFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const choose = { value: '', label: t('form.choose') };

  // Never rejects: onSubmit resolves to the errors it shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateUnit(values, t);
    if (Object.keys(local).length > 0) {
      setErrors(localErrors(local, unitFieldId));
      return;
    }
    const input = editing ? changedUnitInput(initial, values) : toUnitInput(values);
    setUnchanged(Object.keys(input).length === 0);
    if (Object.keys(input).length === 0) return setErrors({ fields: {}, summary: [] });
    setSaving(true);
    const serverErrors = await onSubmit(input);
    setSaving(false);
    setErrors(serverErrors ? mapServerErrors(serverErrors, UNIT_FORM_FIELDS, unitFieldId) : { fields: {}, summary: [] });
  }

  const field = (path: string) => ({ id: unitFieldId(path), error: errors.fields[path] ?? null });
  // A read-only field is still focusable and read out, with the reason as its description.
  const locked = (path: string, label: string, value: string) => (
    <TextField {...field(path)} label={label} value={value} readOnly description={t(`unitForm.adminOnly.${path}`)} variant="filled" />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors.summary} />
      {unchanged && (
        <Alert color="blue" role="status" mb="md">
          <Text c="dark">{t('unitForm.nothingChanged')}</Text>
        </Alert>
      )}
      <Stack gap="lg" maw={860}>
        {restricted && <Text>{t('unitForm.deskNote')}</Text>}
        <TextField
          {...field('name')}
          label={t('unitForm.name')}
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {restricted ? (
            locked('kind', t('unitForm.kind'), values.kind ? t(`kind.${values.kind}`) : '')
          ) : (
            <SelectField
              {...field('kind')}
              label={t('unitForm.kind')}
              required
              value={values.kind}
              onChange={(e) => set('kind', e.currentTarget.value as UnitFormValues['kind'])}
              data={[choose, ...SERVICE_UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))]}
            />
          )}
          <SelectField
            {...field('serviceGroup')}
            label={t('unitForm.serviceGroup')}
            required
            value={values.serviceGroup}
            onChange={(e) => set('serviceGroup', e.currentTarget.value as UnitFormValues['serviceGroup'])}
            data={[choose, ...SERVICE_GROUPS.map((group) => ({ value: group, label: t(`group.${group}`) }))]}
          />
        </SimpleGrid>
        {restricted ? (
          locked('agencyId', t('unitForm.agency'), restricted.agency)
        ) : (
          <AgencyPicker
            {...field('agencyId')}
            label={t('unitForm.agency')}
            required
            value={agency}
            onChange={(option) => {
              setAgency(option);
              set('agencyId', option?.id ?? '');
            }}
          />
        )}
        {restricted ? (
          locked('regionCode', t('col.region'), restricted.region)
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField
              {...field('regionCode')}
              label={t('unitForm.province')}
              required
              value={values.provinceCode}
              onChange={(e) => {
                const provinceCode = e.currentTarget.value;
                setValues((v) => ({ ...v, provinceCode, regencyCode: '' }));
              }}
              data={[choose, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
            />
            <SelectField
              id="unit-regency"
              label={t('unitForm.regency')}
              value={values.regencyCode}
              disabled={!values.provinceCode}
              onChange={(e) => set('regencyCode', e.currentTarget.value)}
              data={[
                { value: '', label: t('unitForm.regencyNone') },
                ...(regencies.data?.regencies ?? []).map((r) => ({ value: r.code, label: r.name })),
              ]}
            />
          </SimpleGrid>
        )}
        <TextField
          {...field('address')}
          label={t('unitForm.address')}
          value={values.address}
          onChange={(e) => set('address', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            {...field('phone')}
            label={t('unitForm.phone')}
            type="tel"
            autoComplete="off"
            value={values.phone}
            onChange={(e) => set('phone', e.currentTarget.value)}
          />
          <TextField
            {...field('email')}
            label={t('unitForm.email')}
            type="email"
            spellCheck={false}
            value={values.email}
            onChange={(e) => set('email', e.currentTarget.value)}
          />
          <TextField
            {...field('website')}
            label={t('unitForm.website')}
            type="url"
            spellCheck={false}
            value={values.website}
            onChange={(e) => set('website', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Fieldset legend={t('unitForm.externalIds')}>
          {restricted && (
            <Text size="sm" mb="xs" aria-hidden>
              {t('unitForm.adminOnly.externalIds')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {EXTERNAL_SYSTEMS.map((system) => (
              <TextField
                key={system.key}
                {...field(`externalIds.${system.key}`)}
                label={system.label}
                // A read-only id carries the reason as its description, as kind, agency and region do; the
                // sentence is shown once above the ids, so here it is for screen readers only.
                description={
                  restricted ? (
                    <VisuallyHidden>{t('unitForm.adminOnly.externalIds')}</VisuallyHidden>
                  ) : system.key === 'sippn' ? (
                    t('unitForm.externalIdsHint')
                  ) : undefined
                }
                spellCheck={false}
                readOnly={Boolean(restricted)}
                variant={restricted ? 'filled' : undefined}
                value={values.externalIds[system.key]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, externalIds: { ...v.externalIds, [system.key]: value } }));
                }}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" size="md" loading={saving} loaderProps={{ 'aria-label': t('form.saving') }}>
            {t('form.save')}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

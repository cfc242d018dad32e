import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { ErrorSummary, SelectField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useQuery, useT, type ClientError } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { REGISTRY } from '../messages';
import { REGENCIES, type RegionSummary, type RegionWithParent } from '../regions/region.operations';
import { AGENCY_TYPES, type AgencyType } from '../shared/enums';
import type { PickerOption } from '../shared/search-picker';
import { AgencyPicker } from '../shared/agency-picker';
import type { AgencyInput } from './agency.operations';

export interface AgencyFormValues {
  name: string;
  type: AgencyType | '';
  provinceCode: string;
  regencyCode: string;
  parent: PickerOption | null;
}

export const AGENCY_FORM_FIELDS = ['name', 'type', 'regionCode', 'parentId'] as const;
export const agencyFieldId = (field: string) => `agency-${field}`;

export function emptyAgencyValues(): AgencyFormValues {
  return { name: '', type: '', provinceCode: '', regencyCode: '', parent: null };
}

export function agencyValuesFrom(agency: {
  name: string;
  type: AgencyType;
  region: RegionWithParent | null;
  parent: PickerOption | null;
}): AgencyFormValues {
  const region = agency.region;
  const isRegency = region?.level === 'REGENCY';
  return {
    name: agency.name,
    type: agency.type,
    provinceCode: region ? (isRegency ? (region.parent?.code ?? region.code.split('.')[0] ?? '') : region.code) : '',
    regencyCode: isRegency && region ? region.code : '',
    parent: agency.parent,
  };
}

export interface AgencyFormProps {
  initial: AgencyFormValues;
  /** The agency being edited: it cannot be its own parent. */
  agencyId?: string;
  provinces: RegionSummary[];
  /** Resolves to the server's errors, or null when saved; never rejects (a mutation resolves to its errors). */
  onSubmit: (input: AgencyInput) => Promise<ClientError[] | null>;
  onCancel: () => void;
}

/** Name, type, region (province, then kabupaten/kota if any) and the parent agency found by search. */
export function AgencyForm({ initial, agencyId, provinces, onSubmit, onCancel }: AgencyFormProps) {
  const t = useT(REGISTRY);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saving, setSaving] = useState(false);
  const regencies = useQuery(REGENCIES, { provinceCode: values.provinceCode }, { skip: !values.provinceCode });
  const set = <K extends keyof AgencyFormValues>(key: K, value: AgencyFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const choose = { value: '', label: t('form.choose') };

  // Never rejects: onSubmit resolves to the errors it shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.name.trim()) local['name'] = t('agencyForm.nameMissing');
    if (!values.type) local['type'] = t('agencyForm.typeMissing');
    if (!values.provinceCode) local['regionCode'] = t('agencyForm.regionMissing');
    if (Object.keys(local).length) return setErrors(localErrors(local, agencyFieldId));
    setSaving(true);
    const serverErrors = await onSubmit({
      name: values.name.trim(),
      type: values.type as AgencyType,
      regionCode: values.regencyCode || values.provinceCode,
      parentId: values.parent?.id ?? null,
    });
    setSaving(false);
    setErrors(serverErrors ? mapServerErrors(serverErrors, AGENCY_FORM_FIELDS, agencyFieldId) : { fields: {}, summary: [] });
  }

  const field = (path: string) => ({ id: agencyFieldId(path), error: errors.fields[path] ?? null });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="lg" maw={760}>
        <TextField
          {...field('name')}
          label={t('agencyForm.name')}
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <SelectField
          {...field('type')}
          label={t('agencyForm.type')}
          required
          value={values.type}
          onChange={(e) => set('type', e.currentTarget.value as AgencyType | '')}
          data={[choose, ...AGENCY_TYPES.map((type) => ({ value: type, label: t(`agencyType.${type}`) }))]}
        />
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
            id="agency-regency"
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
        <AgencyPicker
          id={agencyFieldId('parentId')}
          label={t('agencyForm.parent')}
          noneLabel={t('agencyForm.noParent')}
          value={values.parent}
          exclude={agencyId}
          onChange={(parent) => set('parent', parent)}
          error={errors.fields['parentId'] ?? null}
        />
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

import { Alert, Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { ErrorSummary, TextAreaField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useT, type ClientError } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { REGISTRY } from '../messages';
import { DELIVERY_COMPONENTS, STANDARD_COMPONENTS, type StandardComponent } from '../shared/enums';
import {
  changedServiceInput,
  normaliseServiceField,
  SERVICE_FORM_FIELDS,
  serviceFieldId,
  toServiceInput,
  validateService,
  type ServiceFormValues,
} from './service-form-values';
import type { ServiceUpdate } from './service.operations';

export interface ServiceFormProps {
  initial: ServiceFormValues;
  /** Editing sends only what changed; creating sends the name, description and all 14 components. */
  editing?: boolean;
  /** Resolves to the server's errors, or null when saved; never rejects (a mutation resolves to its errors). */
  onSubmit: (input: ServiceUpdate) => Promise<ClientError[] | null>;
  onCancel: () => void;
}

export function ServiceForm({ initial, editing, onSubmit, onCancel }: ServiceFormProps) {
  const t = useT(REGISTRY);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saving, setSaving] = useState(false);
  const [unchanged, setUnchanged] = useState(false);

  const setComponent = (component: StandardComponent, change: Partial<{ content: string; published: boolean }>) =>
    setValues((v) => ({ ...v, standard: { ...v.standard, [component]: { ...v.standard[component], ...change } } }));

  // Never rejects: onSubmit resolves to the errors it shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateService(values, t);
    if (Object.keys(local).length > 0) {
      setErrors(localErrors(local, serviceFieldId));
      return;
    }
    const input = editing ? changedServiceInput(initial, values) : toServiceInput(values);
    setUnchanged(Object.keys(input).length === 0);
    if (Object.keys(input).length === 0) return setErrors({ fields: {}, summary: [] });
    setSaving(true);
    const serverErrors = await onSubmit(input);
    setSaving(false);
    if (!serverErrors) return setErrors({ fields: {}, summary: [] });
    const sent = (input.standard ?? []).map((row) => row.component);
    const normalised = serverErrors.map((error) => ({ ...error, field: normaliseServiceField(error.field, sent) }));
    setErrors(mapServerErrors(normalised, SERVICE_FORM_FIELDS, serviceFieldId));
  }

  function componentFields(components: readonly StandardComponent[]) {
    return components.map((component) => {
      const path = `standard.${component}`;
      const value = values.standard[component];
      return (
        <Stack key={component} gap={6}>
          <TextAreaField
            id={serviceFieldId(path)}
            label={t(`component.${component}`)}
            error={errors.fields[path] ?? null}
            value={value.content}
            onChange={(e) => setComponent(component, { content: e.currentTarget.value })}
          />
          <Checkbox
            id={`${serviceFieldId(path)}-published`}
            label={`${t('serviceForm.publishedLabel')}: ${t(`component.${component}`)}`}
            checked={value.published}
            onChange={(e) => setComponent(component, { published: e.currentTarget.checked })}
          />
        </Stack>
      );
    });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors.summary} />
      {unchanged && (
        <Alert color="blue" role="status" mb="md">
          <Text c="dark">{t('unitForm.nothingChanged')}</Text>
        </Alert>
      )}
      <Stack gap="lg" maw={860}>
        <TextField
          id={serviceFieldId('name')}
          label={t('serviceForm.name')}
          required
          error={errors.fields['name'] ?? null}
          value={values.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            setValues((v) => ({ ...v, name }));
          }}
        />
        <TextAreaField
          id={serviceFieldId('description')}
          label={t('serviceForm.description')}
          error={errors.fields['description'] ?? null}
          value={values.description}
          onChange={(e) => {
            const description = e.currentTarget.value;
            setValues((v) => ({ ...v, description }));
          }}
        />
        <Text>{t('serviceForm.componentsHint')}</Text>
        <Fieldset legend={t('service.delivery')}>
          <Stack gap="md">{componentFields(DELIVERY_COMPONENTS)}</Stack>
        </Fieldset>
        <Fieldset legend={t('service.management')}>
          <Stack gap="md">{componentFields(STANDARD_COMPONENTS.slice(DELIVERY_COMPONENTS.length))}</Stack>
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

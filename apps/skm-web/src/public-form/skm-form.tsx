import { Button, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, localErrors, SelectField, type MappedErrors } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { ElementQuestion } from './element-question';
import {
  AGE_BANDS,
  EDUCATIONS,
  emptyValues,
  fieldIdFor,
  OCCUPATIONS,
  profileFieldId,
  SEXES,
  validateAnswers,
  type FormElement,
  type SkmFormValues,
} from './form-values';

export interface SkmFormProps {
  elements: FormElement[];
  services?: { id: string; name: string }[];
  /** Resolves to errors to show, or null when the answer was taken. */
  onSubmit: (values: SkmFormValues & { serviceId: string }) => Promise<MappedErrors | null>;
  large?: boolean;
  /** Changes after each answer in kiosk mode, so the form starts empty again. */
  resetKey?: number;
}

/** The questionnaire: nine (or the survey's) elements 1–4, then the optional profile; no name or NIK. */
export function SkmForm(props: SkmFormProps) {
  return <SkmFormBody key={props.resetKey ?? 0} {...props} />;
}

function SkmFormBody({ elements, services, onSubmit, large }: SkmFormProps) {
  const t = useT(SKM);
  const labels = useSkmLabels();
  const [values, setValues] = useState<SkmFormValues>(() => emptyValues(elements));
  const [serviceId, setServiceId] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [busy, setBusy] = useState(false);

  // Never rejects: onSubmit resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateAnswers(values, elements, t, labels.element);
    if (Object.keys(local).length > 0) {
      setErrors(localErrors(local, fieldIdFor));
      return;
    }
    setBusy(true);
    const result = await onSubmit({ ...values, serviceId });
    setBusy(false);
    setErrors(result ?? { fields: {}, summary: [] });
  }

  const option = (prefix: string) => (value: string) => ({ value, label: t(`${prefix}.${value}`) });
  const choose = { value: '', label: t('form.noAnswer') };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-describedby="skm-form-privacy">
      <ErrorSummary errors={errors.summary} />
      <Text id="skm-form-privacy" mb="md">
        {t('form.privacy')}
      </Text>
      <Stack gap="md">
        {elements.map((element, index) => (
          <ElementQuestion
            key={element.code}
            element={element}
            index={index}
            large={large}
            value={values.answers[element.code] ?? null}
            error={errors.fields[`answers.${element.code}`]}
            onChange={(value) => setValues((current) => ({ ...current, answers: { ...current.answers, [element.code]: value } }))}
          />
        ))}
        <Title order={2} size="h3" mt="md">
          {t('form.profileTitle')}
        </Title>
        <Text c="dimmed" mt={-8}>
          {t('form.profileHint')}
        </Text>
        <SelectField
          id={profileFieldId('ageBand')}
          label={t('profile.ageBand')}
          size={large ? 'lg' : 'md'}
          error={errors.fields['ageBand']}
          data={[choose, ...AGE_BANDS.map(option('ageBand'))]}
          value={values.ageBand}
          onChange={(e) => setValues({ ...values, ageBand: e.currentTarget.value as SkmFormValues['ageBand'] })}
        />
        <SelectField
          id={profileFieldId('sex')}
          label={t('profile.sex')}
          size={large ? 'lg' : 'md'}
          error={errors.fields['sex']}
          data={[choose, ...SEXES.map(option('sex'))]}
          value={values.sex}
          onChange={(e) => setValues({ ...values, sex: e.currentTarget.value as SkmFormValues['sex'] })}
        />
        <SelectField
          id={profileFieldId('education')}
          label={t('profile.education')}
          size={large ? 'lg' : 'md'}
          error={errors.fields['education']}
          data={[choose, ...EDUCATIONS.map(option('education'))]}
          value={values.education}
          onChange={(e) => setValues({ ...values, education: e.currentTarget.value as SkmFormValues['education'] })}
        />
        <SelectField
          id={profileFieldId('occupation')}
          label={t('profile.occupation')}
          size={large ? 'lg' : 'md'}
          error={errors.fields['occupation']}
          data={[choose, ...OCCUPATIONS.map(option('occupation'))]}
          value={values.occupation}
          onChange={(e) => setValues({ ...values, occupation: e.currentTarget.value as SkmFormValues['occupation'] })}
        />
        {services && services.length > 0 && (
          <SelectField
            id={profileFieldId('serviceId')}
            label={t('profile.service')}
            size={large ? 'lg' : 'md'}
            error={errors.fields['serviceId']}
            data={[choose, ...services.map((service) => ({ value: service.id, label: service.name }))]}
            value={serviceId}
            onChange={(e) => setServiceId(e.currentTarget.value)}
          />
        )}
        <Button type="submit" size={large ? 'xl' : 'lg'} loading={busy} fullWidth mt="sm">
          {t('form.submit')}
        </Button>
      </Stack>
    </form>
  );
}

// "Koreksi data PKS": the operator fixes a recorded agreement's number, dates or document while no
// addendum builds on it; the service refuses (CONFLICT) once one exists, and the page says why.
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, localErrors, type MappedErrors, mapServerErrors, TextField } from '@simpul/ui';
import { foldFileErrors, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { MPP } from '../messages';
import { FileField } from '../files/file-field';
import { readUpload } from '../files/read-upload';
import {
  AGREEMENT_FIELDS,
  agreementValuesOf,
  correctionFieldId,
  toCorrectionInput,
  validateAgreement,
  type AgreementValues,
} from './agreement-form-values';
import { CORRECT_AGREEMENT, type Agreement } from './tenancy.operations';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** The action on a recorded agreement: a button opening the form, or the reason it is closed. */
export function AgreementCorrection({ agreement, onSaved }: { agreement: Agreement; onSaved: () => void }) {
  const t = useT(MPP);
  const [open, setOpen] = useState(false);
  if (agreement.addenda.length > 0)
    return (
      <Text size="sm" c="dimmed">
        {t('correction.blocked')}
      </Text>
    );
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('correction.action')}
        </Button>
      </Group>
    );
  }
  return (
    <CorrectionForm
      agreement={agreement}
      onCancel={() => setOpen(false)}
      onSaved={() => {
        setOpen(false);
        onSaved();
      }}
    />
  );
}

function CorrectionForm({ agreement, onCancel, onSaved }: { agreement: Agreement; onCancel: () => void; onSaved: () => void }) {
  const t = useT(MPP);
  const [values, setValues] = useState<AgreementValues>(() => agreementValuesOf(agreement));
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [correct, { loading }] = useMutation(CORRECT_AGREEMENT);
  const set = (key: keyof AgreementValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const field = (path: string) => ({ id: correctionFieldId(path), error: errors.fields[path] ?? null });
  const titleId = `pks-fix-title-${agreement.id}`;

  // Never rejects (an unreadable file and the server's errors both end on the form), so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validateAgreement(values, t);
    if (Object.keys(local).length) return setErrors(localErrors(local, correctionFieldId));
    const read = await readUpload(values.file, t);
    if (read.problem !== null) return setErrors(localErrors({ 'document.file': read.problem }, correctionFieldId));
    const result = await correct({ input: toCorrectionInput(agreement.id, values, t('pks.documentTitle'), read.upload) });
    // A refusal naming the agreement itself (an addendum was recorded meanwhile) goes to the summary.
    if (result.errors) return setErrors(mapServerErrors(foldFileErrors(result.errors), AGREEMENT_FIELDS, correctionFieldId));
    setErrors(NO_ERRORS);
    onSaved();
  }

  return (
    <Paper withBorder p="md" radius="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
        <Title order={3} size="h4" id={titleId} mb="xs">
          {t('correction.title', { number: agreement.number })}
        </Title>
        <Text size="sm" mb="md">
          {t('correction.hint')}
        </Text>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md" maw={760}>
          <TextField {...field('number')} label={t('pks.number')} required value={values.number} onChange={set('number')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextField
              {...field('signedOn')}
              type="date"
              label={t('pks.signedOn')}
              required
              value={values.signedOn}
              onChange={set('signedOn')}
            />
            <TextField
              {...field('startsOn')}
              type="date"
              label={t('pks.startsOn')}
              required
              value={values.startsOn}
              onChange={set('startsOn')}
            />
            <TextField
              {...field('expiresOn')}
              type="date"
              label={t('pks.expiresOn')}
              required
              value={values.expiresOn}
              onChange={set('expiresOn')}
            />
          </SimpleGrid>
          <Text size="sm">{t('correction.fileHint')}</Text>
          <FileField
            {...field('document.file')}
            label={t('pks.file')}
            value={values.file}
            onChange={(file) => setValues((v) => ({ ...v, file }))}
          />
          <TextField {...field('document.url')} type="url" label={t('pks.url')} value={values.url} onChange={set('url')} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('correction.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

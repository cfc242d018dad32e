// "Koreksi data PKS": the operator fixes a recorded agreement's number, dates or document while no
// addendum builds on it; the service refuses (CONFLICT) once one exists, and the page says why.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, localErrors, type MappedErrors, mapServerErrors } from '@simpul/ui';
import { foldFileErrors, useMutation, useT, readUpload } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { MPP } from '../messages';
import { AgreementFields } from './agreement-fields';
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
          <AgreementFields
            values={values}
            field={field}
            set={set}
            onFile={(file) => setValues((v) => ({ ...v, file }))}
            documentHint={t('correction.fileHint')}
          />
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

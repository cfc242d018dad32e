import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, TextAreaField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { formatDate, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import type { FieldVerification } from '../lokus/lokus.operations';
import { RECORD_VERIFICATION } from '../lokus/work.operations';

const FIELDS = ['visitedOn', 'team', 'findings'];
const fieldId = (field: string) => `verification-${field}`;

/** The field-verification record: when, who went, what they found. */
export function FieldVerificationSection({
  lokusId,
  records,
  editable,
  onSaved,
}: {
  lokusId: string;
  records: FieldVerification[];
  editable: boolean;
  onSaved: () => void;
}) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const [values, setValues] = useState({ visitedOn: '', team: '', findings: '' });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [record, state] = useMutation(RECORD_VERIFICATION);
  const [saved, setSaved] = useState('');

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const local: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.visitedOn)) local['visitedOn'] = t('verification.dateMissing');
    const team = values.team
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean);
    if (team.length === 0) local['team'] = t('verification.teamMissing');
    if (values.findings.trim() === '') local['findings'] = t('verification.findingsMissing');
    if (Object.keys(local).length > 0) return setErrors(localErrors(local, fieldId));
    const result = await record({ input: { lokusId, visitedOn: values.visitedOn, team, findings: values.findings.trim() } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors({ fields: {}, summary: [] });
    setValues({ visitedOn: '', team: '', findings: '' });
    setSaved(t('verification.savedNow'));
    onSaved();
  }

  return (
    <section aria-labelledby="verification-title">
      <Title order={2} size="h3" id="verification-title">
        {t('verification.title')}
      </Title>
      {records.length === 0 ? (
        <Text>{t('verification.none')}</Text>
      ) : (
        <List>
          {records.map((r) => (
            <List.Item key={r.id}>
              {formatDate(`${r.visitedOn}T00:00:00+07:00`, language)} · {r.team.join(', ')} · {r.findings}
            </List.Item>
          ))}
        </List>
      )}
      {editable && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={errors.summary} />
          <Stack gap="sm" mt="md" maw={640}>
            <TextField
              id={fieldId('visitedOn')}
              type="date"
              label={t('verification.date')}
              value={values.visitedOn}
              error={errors.fields['visitedOn']}
              onChange={(e) => setValues({ ...values, visitedOn: e.currentTarget.value })}
            />
            <TextField
              id={fieldId('team')}
              label={t('verification.team')}
              description={t('verification.teamHint')}
              value={values.team}
              error={errors.fields['team']}
              onChange={(e) => setValues({ ...values, team: e.currentTarget.value })}
            />
            <TextAreaField
              id={fieldId('findings')}
              label={t('verification.findings')}
              value={values.findings}
              error={errors.fields['findings']}
              onChange={(e) => setValues({ ...values, findings: e.currentTarget.value })}
            />
            <Group>
              <Button type="submit" variant="default" loading={state.loading}>
                {t('verification.save')}
              </Button>
              <Text size="sm" aria-live="polite">
                {saved}
              </Text>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}

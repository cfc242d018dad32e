import { Alert, Button, Paper, Text, Title } from '@mantine/core';
import { ErrorSummary, TextAreaField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import { FILE_OBJECTION, OBJECTION_WINDOW, type ObjectionWindow } from './objection.operations';
import { todayInIndonesia } from '../shared/today';

const FIELDS = ['body', 'contact'] as const;
const fieldId = (field: string) => `objection-${field}`;

/** The objection window of a competition when it is open today (not decided, within its dates), else null. */
export function openObjectionWindow(competition: ObjectionWindow | null, today = todayInIndonesia()): { closesOn: string } | null {
  const window = competition?.stages.find((stage) => stage.stage === 'OBJECTION_WINDOW');
  if (!window || window.decidedAt || today < window.opensOn || today > window.closesOn) return null;
  return { closesOn: window.closesOn };
}

/**
 * The public objection to a shortlisted innovation: anonymous (contact optional), only while the
 * window is open, and limited per connection per hour, which the form says before anyone hits it.
 */
export function ObjectionSection({ proposalId, year }: { proposalId: string; year: number }) {
  const query = useQuery(OBJECTION_WINDOW, { year });
  const competition = query.data?.competition ?? null;
  const window = openObjectionWindow(competition);
  if (!competition || !window) return null;
  return <ObjectionForm proposalId={proposalId} closesOn={window.closesOn} perHour={competition.rules.objectionsPerHour} />;
}

function ObjectionForm({ proposalId, closesOn, perHour }: { proposalId: string; closesOn: string; perHour: number }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [file, { loading }] = useMutation(FILE_OBJECTION);
  const [body, setBody] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [filed, setFiled] = useState(false);
  const [limited, setLimited] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFiled(false);
    if (body.trim().length < 10) return setErrors(localErrors({ body: t('objection.bodyTooShort') }, fieldId));
    const result = await file({ proposalId, body: body.trim(), contact: contact.trim() || null });
    if (result.errors) {
      // The service refuses with CONFLICT both outside the window and over the hourly limit; its message says which.
      setLimited(result.errors.some((error) => error.code === 'CONFLICT'));
      return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    }
    setErrors({ fields: {}, summary: [] });
    setLimited(false);
    setBody('');
    setContact('');
    setFiled(true);
  }

  return (
    <Paper withBorder p="lg" mt="xl" radius="sm" component="section" aria-labelledby="objection-title">
      <Title order={2} size="h3" id="objection-title" mb="xs">
        {t('objection.title')}
      </Title>
      <Text mb="xs">{t('objection.text', { date: format.date(closesOn) })}</Text>
      <Text size="sm" mb="md">
        {t('objection.limit', { count: perHour })}
      </Text>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={errors.summary} />
        {limited && (
          <Alert color="orange" variant="light" mb="sm">
            {t('objection.limitHit', { count: perHour })}
          </Alert>
        )}
        <TextAreaField
          id={fieldId('body')}
          label={t('objection.body')}
          description={t('objection.bodyHint')}
          required
          minRows={4}
          value={body}
          error={errors.fields['body']}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <TextField
          id={fieldId('contact')}
          label={t('objection.contact')}
          description={t('objection.contactHint')}
          mt="sm"
          value={contact}
          error={errors.fields['contact']}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <Button type="submit" mt="md" loading={loading}>
          {t('objection.send')}
        </Button>
        <div role="status" aria-live="polite">
          {filed && (
            <Alert color="green" variant="light" mt="md">
              ✓ {t('objection.filed')}
            </Alert>
          )}
        </div>
      </form>
    </Paper>
  );
}

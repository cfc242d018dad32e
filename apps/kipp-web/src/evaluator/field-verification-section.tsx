import { Alert, Button, List, Paper, Text, Title } from '@mantine/core';
import { ErrorSummary, TextAreaField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useFormat, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import { RECORD_FIELD_VERIFICATION, type ScoringProposal } from './evaluator.operations';

const FIELDS = ['visitedOn', 'notes'] as const;
const fieldId = (field: string) => `verification-${field}`;

/**
 * Field verification of a Top 99 innovation by a panel (TPI) or Tim Evaluasi member: the Top 45
 * needs at least one visit by each, so the visits so far are listed with their panel.
 */
export function FieldVerificationSection({ proposal, onRecorded }: { proposal: ScoringProposal; onRecorded: () => void }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [record, { loading }] = useMutation(RECORD_FIELD_VERIFICATION);
  const [visitedOn, setVisitedOn] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saved, setSaved] = useState(false);
  const window = proposal.competition.stages.find((s) => s.stage === 'FIELD_VERIFICATION');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const local: Record<string, string> = {};
    if (!visitedOn) local['visitedOn'] = t('verification.dateRequired');
    if (!notes.trim()) local['notes'] = t('verification.notesRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await record({ proposalId: proposal.id, visitedOn, notes: notes.trim() });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors({ fields: {}, summary: [] });
    setNotes('');
    setSaved(true);
    onRecorded();
  }

  return (
    <Paper withBorder p="lg" mt="lg" radius="sm" component="section" aria-labelledby="verification-heading">
      <Title order={2} size="h3" id="verification-heading" mb="xs">
        {t('verification.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('verification.text')}
      </Text>
      {proposal.fieldVerifications.length > 0 ? (
        <List mb="md">
          {proposal.fieldVerifications.map((v) => (
            <List.Item key={v.id}>
              {v.panel} · {format.date(v.visitedOn)}: {v.notes}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text mb="md">{t('verification.none')}</Text>
      )}
      {window?.decidedAt ? (
        <Alert color="gray">{t('verification.decided')}</Alert>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary errors={errors.summary} />
          <TextField
            id={fieldId('visitedOn')}
            type="date"
            label={t('verification.visitedOn')}
            required
            maw={240}
            value={visitedOn}
            error={errors.fields['visitedOn']}
            onChange={(e) => setVisitedOn(e.currentTarget.value)}
          />
          <TextAreaField
            id={fieldId('notes')}
            label={t('verification.notes')}
            description={t('verification.notesHint')}
            required
            mt="sm"
            value={notes}
            error={errors.fields['notes']}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          <Button type="submit" mt="md" loading={loading}>
            {t('verification.record')}
          </Button>
          <div role="status" aria-live="polite">
            {saved && (
              <Alert color="green" variant="light" mt="md">
                ✓ {t('verification.saved')}
              </Alert>
            )}
          </div>
        </form>
      )}
    </Paper>
  );
}

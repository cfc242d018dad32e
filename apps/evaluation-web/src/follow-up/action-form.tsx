import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { ErrorSummary, TextAreaField, TextField, mapServerErrors } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { FOLLOW_UP } from './messages';
import { SAVE_FOLLOW_UP_ACTION, type FollowUpActionView } from './follow-up.operations';

const FIELDS = ['title', 'indicatorCodes', 'ownerName', 'dueOn', 'expectedVersion'];

/** The desk's form for one action: new (no `action`) or an edit of a draft action. */
export function ActionForm({
  planId,
  action,
  number,
  onSaved,
  onCancel,
}: {
  planId: string;
  action: FollowUpActionView | null;
  number: number;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const t = useT(FOLLOW_UP);
  const [title, setTitle] = useState(action?.title ?? '');
  const [codes, setCodes] = useState(action?.indicatorCodes.join(', ') ?? '');
  const [owner, setOwner] = useState(action?.ownerName ?? '');
  const [due, setDue] = useState(action?.dueOn ?? '');
  const [save, state] = useMutation(SAVE_FOLLOW_UP_ACTION);
  const prefix = action ? `action-${action.id}` : 'action-new';
  const mapped = mapServerErrors(state.errors ?? [], FIELDS, (field) => `${prefix}-${field}`);
  // Never rejects: the mutation resolves to the errors the form shows.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save({
      input: {
        planId,
        actionId: action?.id ?? null,
        title,
        indicatorCodes: codes.split(/[,;\s]+/).filter(Boolean),
        ownerName: owner,
        dueOn: due || null,
        expectedVersion: action?.version ?? null,
      },
    });
    if (!result.data) return;
    if (!action) {
      setTitle('');
      setCodes('');
      setOwner('');
      setDue('');
    }
    onSaved(action ? t('saved', { number }) : t('added'));
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate>
      <Title order={3} size="h5" id={`${prefix}-heading`}>
        {action ? t('edit', { number }) : t('add.title')}
      </Title>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="sm" mt="sm" maw={720}>
        <TextAreaField
          id={`${prefix}-title`}
          label={t('field.title')}
          value={title}
          error={mapped.fields['title']}
          autosize
          minRows={2}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <TextField
          id={`${prefix}-indicatorCodes`}
          label={t('field.indicators')}
          description={t('field.indicatorsHint')}
          value={codes}
          error={mapped.fields['indicatorCodes']}
          onChange={(event) => setCodes(event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <TextField
            id={`${prefix}-ownerName`}
            label={t('field.owner')}
            description={t('field.ownerHint')}
            value={owner}
            error={mapped.fields['ownerName']}
            onChange={(event) => setOwner(event.currentTarget.value)}
          />
          <TextField
            id={`${prefix}-dueOn`}
            type="date"
            label={t('field.due')}
            value={due}
            error={mapped.fields['dueOn']}
            onChange={(event) => setDue(event.currentTarget.value)}
          />
        </Group>
        <Group>
          <Button type="submit" loading={state.loading}>
            {action ? t('save') : t('add')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

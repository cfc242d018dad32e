import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat, useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { ActionForm } from './action-form';
import { CloseActionForm, ProgressForm } from './action-progress-forms';
import { FOLLOW_UP } from './messages';
import { REMOVE_FOLLOW_UP_ACTION, type FollowUpActionView } from './follow-up.operations';

export type ActionMode = 'edit' | 'report' | 'close' | 'read';

/** One action of a plan, with what the viewer may do with it now. */
export function ActionCard({
  planId,
  action,
  mode,
  onChanged,
}: {
  planId: string;
  action: FollowUpActionView;
  mode: ActionMode;
  onChanged: (message: string) => void;
}) {
  const t = useT(FOLLOW_UP);
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [remove, removing] = useMutation(REMOVE_FOLLOW_UP_ACTION);
  const open = action.status === 'PLANNED' || action.status === 'IN_PROGRESS';
  if (editing)
    return (
      <ActionForm
        planId={planId}
        action={action}
        number={action.position}
        onSaved={(message) => {
          setEditing(false);
          onChanged(message);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`action-${action.id}-title`} data-testid="follow-up-action">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" id={`action-${action.id}-title`}>
            {action.position}. {action.title}
          </Title>
          <Text size="sm" fw={600}>
            {t(`action.status.${action.status}`)}
            {action.quickWin ? ` · ${t('quickWin')}` : ''}
          </Text>
        </Group>
        <Text size="sm">
          {t('col.indicators')}: {action.indicatorCodes.join(', ')}
        </Text>
        <Text size="sm">
          {t('col.owner')}: {action.ownerName ?? '—'} · {t('col.due')}: {action.dueOn ? format.date(action.dueOn) : '—'}
        </Text>
        {action.evidence && (
          <Text size="sm">
            {t('field.evidence')}: {action.evidence}
          </Text>
        )}
        {action.dropReason && (
          <Text size="sm">
            {t('field.reason')}: {action.dropReason}
          </Text>
        )}
        {action.closedByName && action.closedAt && (
          <Text size="xs" c="dimmed">
            {t('closedBy', { name: action.closedByName })} · {format.date(action.closedAt)}
          </Text>
        )}
        {mode === 'edit' && (
          <Group>
            <Button size="sm" variant="default" onClick={() => setEditing(true)}>
              {t('edit', { number: action.position })}
            </Button>
            <Button
              size="sm"
              variant="subtle"
              color="red"
              loading={removing.loading}
              onClick={() =>
                void remove({ actionId: action.id }).then((result) => {
                  if (result.data) onChanged(t('removed'));
                })
              }
            >
              {t('remove', { number: action.position })}
            </Button>
          </Group>
        )}
        {mode === 'report' && open && <ProgressForm action={action} onDone={onChanged} />}
        {mode === 'close' && open && <CloseActionForm action={action} onDone={onChanged} />}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, Stack } from '@mantine/core';
import { TextAreaField } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { F01 } from '../f01-messages';
import { REOPEN_F01 } from './f01-submission.operations';
import { readableAlert } from './readable-alert';

/** The national admin reopens a sent F-01 with a reason, which is recorded with their name and the time. */
export function ReopenF01Form({ lokusId, onReopened }: { lokusId: string; onReopened: () => void }) {
  const t = useT(F01);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [reopen, state] = useMutation(REOPEN_F01);

  async function confirm() {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await reopen({ lokusId, reason: reason.trim() });
    if (result.data) {
      setOpen(false);
      setReason('');
      onReopened();
    }
  }

  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('reopen.open')}
        </Button>
      </Group>
    );
  const serverReason = state.errors?.find((error) => error.field === 'reason')?.message ?? null;
  const other = state.errors?.filter((error) => error.field !== 'reason') ?? [];
  return (
    <Stack gap="sm">
      <TextAreaField
        id="f01-reopen-reason"
        label={t('reopen.reason')}
        description={t('reopen.reasonHint')}
        value={reason}
        required
        error={missing ? t('reopen.reasonMissing') : serverReason}
        onChange={(event) => setReason(event.currentTarget.value)}
        autosize
        minRows={2}
      />
      {other.length > 0 && (
        <Alert {...readableAlert('red')} role="alert" title={t('reopen.refusedTitle')}>
          {other.map((error) => error.message).join(' ')}
        </Alert>
      )}
      <Group>
        <Button color="orange" onClick={() => void confirm()} loading={state.loading}>
          {t('reopen.confirm')}
        </Button>
        <Button variant="default" onClick={() => setOpen(false)}>
          {t('reopen.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

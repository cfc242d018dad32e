import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useT, type QueryState } from '@simpul/web-kit';
import { useState } from 'react';
import { Indonesian } from '../../shared/indonesian';
import { F01 } from '../f01-messages';
import { SUBMIT_F01, type F01Status } from './f01-submission.operations';
import type { F01StatusQuery } from '../../__generated__/operations';
import { readableAlert } from './readable-alert';

function missingKey(row: { missingClaim: boolean; missingEvidence: boolean }): string {
  if (row.missingClaim && row.missingEvidence) return 'send.missingBoth';
  return row.missingClaim ? 'send.missingClaim' : 'send.missingEvidence';
}

function MissingList({ status, onGoTo }: { status: F01Status; onGoTo: (code: string) => void }) {
  const t = useT(F01);
  const count = status.aspects.reduce((sum, aspect) => sum + aspect.missing.length, 0);
  return (
    <Alert {...readableAlert('orange')} title={t('send.incompleteTitle')}>
      <Text size="sm">{t('send.incomplete', { count })}</Text>
      {status.aspects
        .filter((aspect) => aspect.missing.length > 0)
        .map((aspect) => (
          <Stack gap={2} mt="xs" key={aspect.aspectCode}>
            <Text size="sm" fw={600}>
              {t('send.aspect', { code: aspect.aspectCode.toUpperCase() })} <Indonesian>{aspect.aspectName}</Indonesian>
            </Text>
            <List size="sm">
              {aspect.missing.map((row) => (
                <List.Item key={row.indicatorCode}>
                  <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(row.indicatorCode)}>
                    {t(missingKey(row), { code: row.indicatorCode, text: row.text })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
    </Alert>
  );
}

/**
 * "Kirim F-01": first the completeness check from the service (each missing indicator a link to its
 * card), then sending once everything has a claim and evidence and nothing is waiting to be saved.
 */
export function SendF01Step({
  lokusId,
  status,
  unsavedCount,
  onGoTo,
  onSent,
}: {
  lokusId: string;
  status: QueryState<F01StatusQuery>;
  unsavedCount: number;
  onGoTo: (code: string) => void;
  onSent: () => void;
}) {
  const t = useT(F01);
  const [open, setOpen] = useState(false);
  const [submit, submitting] = useMutation(SUBMIT_F01);
  const current = status.data?.f01Completeness ?? null;

  async function send() {
    const result = await submit({ lokusId });
    // Refused or sent, the check is read again: what is missing now, or the lock and receipt.
    status.refetch();
    if (result.data) {
      setOpen(false);
      onSent();
    }
  }

  if (!open) {
    return (
      <Group>
        <Button
          onClick={() => {
            submitting.reset();
            status.refetch();
            setOpen(true);
          }}
        >
          {t('send.open')}
        </Button>
      </Group>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="f01-send-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="f01-send-title">
          {t('send.title')}
        </Title>
        <div aria-live="polite">
          {status.loading || !current ? (
            <Text size="sm">{t('send.checking')}</Text>
          ) : !current.complete ? (
            <MissingList status={current} onGoTo={onGoTo} />
          ) : (
            <Alert {...readableAlert('green')} title={t('send.completeTitle')}>
              {t('send.complete', { total: current.total })}
            </Alert>
          )}
        </div>
        {unsavedCount > 0 && (
          <Alert color="yellow" role="status">
            {t('send.unsaved')}
          </Alert>
        )}
        {current && !current.fillingOpen && <Alert color="gray">{t('send.closed')}</Alert>}
        {submitting.errors && (
          <Alert {...readableAlert('red')} role="alert" title={t('send.refusedTitle')}>
            {submitting.errors.map((error) => error.message).join(' ')}
          </Alert>
        )}
        <Group>
          <Button
            onClick={() => void send()}
            loading={submitting.loading}
            disabled={!current || status.loading || !current.complete || !current.fillingOpen || unsavedCount > 0}
          >
            {t('send.confirm')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('send.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

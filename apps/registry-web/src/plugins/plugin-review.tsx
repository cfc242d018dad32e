import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation, useSession, useT, type ClientError } from '@simpul/web-kit';
import { useId, useState } from 'react';
import { REGISTRY } from '../messages';
import { ConfirmAction } from '../shared/confirm-action';
import { REVIEW_DESK_PLUGIN, SUSPEND_DESK_PLUGIN, type DeskPluginDetail } from './plugin.operations';
import { ReasonAction } from './reason-action';

/**
 * Tinjauan, for the national admin: approve or reject what waits, suspend what is approved (the
 * registry's only transitions; a rejected or suspended plugin comes back as a new submission).
 * Every decision is asked once more; rejecting and suspending need a reason. On one's own
 * submission the buttons are there but disabled, with why (the registry refuses anyway).
 */
export function PluginReview({ plugin, onDecided }: { plugin: DeskPluginDetail; onDecided: (plugin: DeskPluginDetail) => void }) {
  const t = useT(REGISTRY);
  const { user } = useSession();
  const ownId = `own-${useId()}`;
  const [review, reviewing] = useMutation(REVIEW_DESK_PLUGIN);
  const [suspend] = useMutation(SUSPEND_DESK_PLUGIN);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const own = Boolean(user && plugin.submittedBy === user.id);
  const message = (errors: ClientError[]) => errors.map((e) => e.message).join(' ');

  function settle(result: { data: DeskPluginDetail; errors: null } | { data: null; errors: ClientError[] }): string | null {
    if (result.errors) return message(result.errors);
    setDone(t(`plugins.review.done.${result.data.status}`));
    onDecided(result.data);
    return null;
  }

  async function approve() {
    setProblem(null);
    const result = await review({ id: plugin.id, decision: 'APPROVE', reason: null });
    setProblem(settle(result.errors ? result : { data: result.data.reviewDeskPlugin, errors: null }));
  }

  async function reject(reason: string) {
    const result = await review({ id: plugin.id, decision: 'REJECT', reason });
    return settle(result.errors ? result : { data: result.data.reviewDeskPlugin, errors: null });
  }

  async function suspendIt(reason: string) {
    const result = await suspend({ id: plugin.id, reason });
    return settle(result.errors ? result : { data: result.data.suspendDeskPlugin, errors: null });
  }

  const approveButton = own ? (
    <ConfirmDisabled label={t('plugins.review.approve')} describedBy={ownId} />
  ) : (
    <ConfirmAction
      label={t('plugins.review.approve')}
      question={t('plugins.review.approveQuestion')}
      confirmLabel={t('plugins.review.approveConfirm')}
      cancelLabel={t('plugins.review.cancel')}
      color="green.9"
      loading={reviewing.loading}
      onConfirm={approve}
    />
  );
  const rejectButton = (
    <ReasonAction
      label={t('plugins.review.reject')}
      question={t('plugins.review.rejectQuestion')}
      confirmLabel={t('plugins.review.rejectConfirm')}
      onConfirm={reject}
      disabled={own}
      describedBy={own ? ownId : undefined}
    />
  );
  const suspendButton = (
    <ReasonAction
      label={t('plugins.review.suspend')}
      question={t('plugins.review.suspendQuestion')}
      confirmLabel={t('plugins.review.suspendConfirm')}
      onConfirm={suspendIt}
      disabled={own}
      describedBy={own ? ownId : undefined}
    />
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="plugin-review">
      <Title order={2} size="h3" id="plugin-review" mb="sm">
        {t('plugins.review.title')}
      </Title>
      {own && (
        <Text id={ownId} mb="sm">
          {t('plugins.review.ownSubmission')}
        </Text>
      )}
      {done && (
        <Alert color="green" role="status" mb="sm">
          <Text c="dark">{done}</Text>
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert" mb="sm">
          <Text c="dark">{problem}</Text>
        </Alert>
      )}
      {plugin.status === 'PENDING' ? (
        <Group align="flex-start">
          {approveButton}
          {rejectButton}
        </Group>
      ) : plugin.status === 'APPROVED' ? (
        suspendButton
      ) : (
        <Text>{t(`plugins.review.nothingToDo.${plugin.status}`)}</Text>
      )}
    </Paper>
  );
}

function ConfirmDisabled({ label, describedBy }: { label: string; describedBy: string }) {
  return (
    <Button variant="outline" disabled aria-describedby={describedBy}>
      {label}
    </Button>
  );
}

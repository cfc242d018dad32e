import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, TextAreaField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { MPP } from '../messages';
import { LEAVE_TENANCY, PAUSE_TENANCY, RESUME_TENANCY, type TenancyDetail } from './tenancy.operations';

const FIELDS = ['reason', 'note'] as const;
const fieldId = () => 'tenancy-reason';

/** Pause, resume or leave: rarer actions, kept apart from the onboarding's one primary button. */
export function TenancyActions({ tenancy, onDone }: { tenancy: TenancyDetail; onDone: (message: string) => void }) {
  const t = useT(MPP);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [pause, pauseState] = useMutation(PAUSE_TENANCY);
  const [resume, resumeState] = useMutation(RESUME_TENANCY);
  const [leave, leaveState] = useMutation(LEAVE_TENANCY);

  // Never rejects: the mutations resolve to the errors shown above the reason, so the buttons fire it without awaiting.
  async function run(kind: 'pause' | 'resume' | 'leave') {
    if (kind !== 'resume' && !reason.trim()) {
      setErrors(localErrors({ reason: t('actions.reasonRequired') }, fieldId));
      return;
    }
    const result =
      kind === 'pause'
        ? await pause({ id: tenancy.id, reason: reason.trim() })
        : kind === 'leave'
          ? await leave({ id: tenancy.id, reason: reason.trim() })
          : await resume({ id: tenancy.id, note: reason.trim() || null });
    if (result.errors) {
      setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
      return;
    }
    setErrors({ fields: {}, summary: [] });
    setReason('');
    onDone(t(`actions.${kind}Done`));
  }

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title" mb="xs">
        {t('actions.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('actions.hint')}
      </Text>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="sm" maw={640}>
        <TextAreaField
          id="tenancy-reason"
          label={tenancy.step === 'PAUSED' ? t('actions.reasonOrNote') : t('actions.reason')}
          value={reason}
          error={errors.fields['reason']}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group>
          {tenancy.step === 'PAUSED' ? (
            <Button variant="default" loading={resumeState.loading} onClick={() => void run('resume')}>
              {t('actions.resume')}
            </Button>
          ) : (
            <Button variant="default" loading={pauseState.loading} onClick={() => void run('pause')}>
              {t('actions.pause')}
            </Button>
          )}
          <Button variant="outline" color="red.9" loading={leaveState.loading} onClick={() => void run('leave')}>
            {t('actions.leave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

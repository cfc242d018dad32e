import { Button, Group, Paper, Text } from '@mantine/core';
import { TextAreaField } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { REGISTRY } from '../messages';

export interface ReasonActionProps {
  label: string;
  /** What will happen, said before it does. */
  question: string;
  confirmLabel: string;
  /** Resolves to an error message to show at the reason, or null once done; never rejects. */
  onConfirm: (reason: string) => Promise<string | null>;
  disabled?: boolean;
  describedBy?: string;
}

/**
 * A decision that needs a reason (Tolak, Tangguhkan): the button opens, in place, the reason and a
 * confirming button; an empty reason is refused here as the registry would refuse it. Batal puts
 * focus back on the button.
 */
export function ReasonAction({ label, question, confirmLabel, onConfirm, disabled, describedBy }: ReasonActionProps) {
  const t = useT(REGISTRY);
  const fieldId = `reason-${useId()}`;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open, fieldId]);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('plugins.review.reasonMissing'));
    setBusy(true);
    const problem = await onConfirm(reason.trim());
    setBusy(false);
    setError(problem);
    if (!problem) setOpen(false);
  }

  if (!open) {
    return (
      <Button
        ref={buttonRef}
        variant="outline"
        color="red.8"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <Paper
      component="form"
      withBorder
      p="md"
      role="group"
      aria-label={label}
      onSubmit={(e: FormEvent) => void confirm(e)}
      noValidate
      style={{ borderColor: 'var(--mantine-color-red-8)' }}
    >
      <Text mb="sm">{question}</Text>
      <TextAreaField
        id={fieldId}
        label={t('plugins.review.reason')}
        description={t('plugins.review.reasonHint')}
        required
        value={reason}
        error={error}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group mt="sm">
        <Button type="submit" color="red.8" loading={busy}>
          {confirmLabel}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            setOpen(false);
            setError(null);
          }}
        >
          {t('plugins.review.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}

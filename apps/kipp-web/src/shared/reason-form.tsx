import { Alert, Button, Group, Stack } from '@mantine/core';
import { ErrorSummary, TextAreaField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useT, type ClientError } from '@simpul/web-kit';
import { useState, type FormEvent, type ReactNode } from 'react';
import { KIPP } from '../messages';

/**
 * Every decision in KIPP records who and why: a reason box, the one button, the server's refusal
 * shown in the summary and on the reason when it is about the reason.
 */
export function ReasonForm({
  id,
  label,
  hint,
  submitLabel,
  onSubmit,
  children,
  done,
  danger,
}: {
  id: string;
  label: string;
  hint?: string;
  submitLabel: string;
  /** Resolves to null on success or the errors to show; never rejects (a mutation resolves to its errors), so the form starts it and does not wait. */
  onSubmit: (reason: string) => Promise<ClientError[] | null>;
  children?: ReactNode;
  /** Shown (and announced) after a success. */
  done?: string;
  danger?: boolean;
}) {
  const t = useT(KIPP);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [busy, setBusy] = useState(false);
  const [succeeded, setSucceeded] = useState(false);
  const fieldId = () => `${id}-reason`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSucceeded(false);
    if (!reason.trim()) return setErrors(localErrors({ reason: t('reason.required') }, fieldId));
    setBusy(true);
    const result = await onSubmit(reason.trim());
    setBusy(false);
    if (result) return setErrors(mapServerErrors(result, ['reason', 'note'], fieldId));
    setErrors({ fields: {}, summary: [] });
    setReason('');
    setSucceeded(true);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-button`}>
      <Stack gap="sm">
        <ErrorSummary errors={errors.summary} />
        {children}
        <TextAreaField
          id={fieldId()}
          label={label}
          description={hint}
          value={reason}
          error={errors.fields['reason'] ?? errors.fields['note']}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button id={`${id}-button`} type="submit" loading={busy} color={danger ? 'red.8' : undefined}>
            {submitLabel}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {succeeded && done && (
            <Alert color="green" variant="light">
              ✓ {done}
            </Alert>
          )}
        </div>
      </Stack>
    </form>
  );
}

import { Button, Group, Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface ConfirmActionProps {
  label: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Shows its own errors rather than rejecting; the question closes once it resolves. */
  onConfirm: () => Promise<void> | void;
  color?: string;
  loading?: boolean;
}

/**
 * A button whose action is asked once more in place: the question takes focus, Batal puts it back.
 * In the page rather than in a dialog, so nothing traps focus and the text is read where it appears.
 */
export function ConfirmAction({ label, question, confirmLabel, cancelLabel, onConfirm, color = 'red.8', loading }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function confirm() {
    await onConfirm();
    setAsking(false);
  }

  if (!asking) {
    return (
      <Button ref={buttonRef} variant="outline" color={color} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Paper
      ref={questionRef}
      tabIndex={-1}
      withBorder
      p="md"
      role="group"
      aria-label={label}
      style={{ borderColor: 'var(--mantine-color-red-8)' }}
    >
      <Text mb="sm">{question}</Text>
      <Group>
        <Button color={color} loading={loading} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
        <Button variant="default" onClick={() => setAsking(false)}>
          {cancelLabel}
        </Button>
      </Group>
    </Paper>
  );
}

import { Alert } from '@mantine/core';

/** The outcome of the last action, said in a live region so a screen reader hears it. */
export function Outcome({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert color="green" variant="light" mt="sm">
          ✓ {message}
        </Alert>
      )}
    </div>
  );
}

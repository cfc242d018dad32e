import { Text } from '@mantine/core';

/**
 * The result of the last action, in a live region that is always in the page (so screen readers
 * announce it) and takes no room while empty. Kept outside layout stacks so it adds no gap.
 */
export function Announcement({ message }: { message: string }) {
  return (
    // Dark text: green.9 on white is 4.4:1, under WCAG AA's 4.5 for text this size (axe found it).
    <Text role="status" aria-live="polite" fw={600} c="dark" mb={message ? 'md' : 0}>
      {message && (
        <>
          <span aria-hidden="true">✓ </span>
          {message}
        </>
      )}
    </Text>
  );
}

import { Alert, Button, Group, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { UI } from '../messages';

/** Something failed to load: say what, and offer to try again. Never a blank page. */
export function ErrorPanel({
  title,
  message,
  onRetry,
  retryLabel,
}: {
  title: string;
  message?: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  const t = useT(UI);
  return (
    <Alert role="alert" color="red" variant="light" title={title} my="md" styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}>
      {message && <Text mb={onRetry ? 'sm' : 0}>{message}</Text>}
      {onRetry && (
        <Group>
          <Button color="red.8" onClick={onRetry}>
            {retryLabel ?? t('retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}

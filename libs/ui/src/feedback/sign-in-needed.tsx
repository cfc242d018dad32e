import { Alert, Button, Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { Link, useLocation } from 'react-router';
import { UI } from '../messages';

/**
 * What a signed-out visitor sees on a page of their own or one that changes data: sign in first, not
 * "you may not". The button goes to the portal's sign-in page, which comes back here (`state.from`).
 */
export function SignInNeeded({ message }: { message: string }) {
  const t = useT(UI);
  const location = useLocation();
  return (
    <Alert color="blue">
      <Stack gap="sm" align="flex-start">
        <Text c="dark">{message}</Text>
        <Button component={Link} to="/sign-in" state={{ from: `${location.pathname}${location.search}` }}>
          {t('signIn')}
        </Button>
      </Stack>
    </Alert>
  );
}

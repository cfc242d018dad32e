import { Alert, Button, Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { Link, useLocation } from 'react-router';
import { REGISTRY } from '../messages';

/**
 * What a signed-out visitor sees on a page that changes data: sign in first, not "you may not". The
 * link goes to the portal's sign-in page, which comes back here (`state.from`) once signed in.
 */
export function SignInNeeded({ message }: { message: string }) {
  const t = useT(REGISTRY);
  const location = useLocation();
  return (
    <Alert color="blue">
      <Stack gap="sm" align="flex-start">
        <Text c="dark">{message}</Text>
        <Button component={Link} to="/sign-in" state={{ from: `${location.pathname}${location.search}` }}>
          {t('signIn.action')}
        </Button>
      </Stack>
    </Alert>
  );
}

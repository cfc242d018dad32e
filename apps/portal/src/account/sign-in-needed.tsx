import { Alert, Button, Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { Link, useLocation } from 'react-router';
import { PORTAL } from '../messages';

/** A page of one's own (notifications, settings) visited signed out: sign in first, then come back here. */
export function SignInNeeded({ message }: { message: string }) {
  const t = useT(PORTAL);
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

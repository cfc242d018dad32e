import { Text } from '@mantine/core';
import type { ClientError } from '@simpul/web-kit';

/** Why a later page of a list did not load; the page already shown stays. */
export function PageErrors({ errors }: { errors: ClientError[] | null }) {
  if (!errors) return null;
  return (
    <Text c="red.9" role="alert" mb="xs">
      {errors.map((e) => e.message).join(' ')}
    </Text>
  );
}

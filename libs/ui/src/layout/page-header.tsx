import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

/** The top of every page: where you are, the one h1, what the page is for, and its main action. */
export function PageHeader({
  title,
  description,
  actions,
  breadcrumbs,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  breadcrumbs?: Crumb[];
}) {
  return (
    <Stack gap="xs" mb="lg">
      {breadcrumbs && <Breadcrumbs items={breadcrumbs} />}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {title}
        </Title>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {description && (
        <Text component="div" size="lg" c="dimmed" maw={760}>
          {description}
        </Text>
      )}
    </Stack>
  );
}

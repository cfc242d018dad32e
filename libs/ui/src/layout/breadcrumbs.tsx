import { Anchor, Group, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { UI } from '../messages';

export interface Crumb {
  label: string;
  to?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useT(UI);
  if (items.length === 0) return null;
  return (
    <nav aria-label={t('breadcrumb')}>
      <Group component="ol" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }} wrap="wrap">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${item.label}-${index}`} style={{ display: 'inline-flex', gap: 6 }}>
              {item.to && !last ? (
                <Anchor component={Link} to={item.to} size="sm">
                  {item.label}
                </Anchor>
              ) : (
                <Text size="sm" aria-current={last ? 'page' : undefined}>
                  {item.label}
                </Text>
              )}
              {!last && (
                <Text size="sm" c="dimmed" aria-hidden="true">
                  ›
                </Text>
              )}
            </li>
          );
        })}
      </Group>
    </nav>
  );
}

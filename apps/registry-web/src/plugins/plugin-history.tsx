import { List, Paper, Text, Title } from '@mantine/core';
import { formatDateTime, useLanguage, useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';
import type { DeskPluginEvent } from './plugin.operations';

/** Riwayat: every decision on the plugin, oldest first, with who, when and why. */
export function PluginHistory({ events }: { events: readonly DeskPluginEvent[] }) {
  const t = useT(REGISTRY);
  const [language] = useLanguage();
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="plugin-history">
      <Title order={2} size="h3" id="plugin-history" mb="sm">
        {t('plugins.history.title')}
      </Title>
      {ordered.length === 0 ? (
        <Text c="dimmed">{t('plugins.history.empty')}</Text>
      ) : (
        <List type="ordered" spacing="sm" listStyleType="none" ml={0} pl={0}>
          {ordered.map((event) => (
            <List.Item
              key={event.id}
              style={{ borderLeft: '3px solid var(--mantine-color-gray-5)', paddingLeft: 'var(--mantine-spacing-sm)' }}
            >
              <Text fw={700}>{t(`plugins.event.${event.kind}`)}</Text>
              <Text size="sm">
                <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
                {' · '}
                {t('plugins.history.by', { name: event.actorName ?? t('plugins.detail.unknownPerson') })}
              </Text>
              {event.reason && <Text size="sm">{t('plugins.history.reason', { reason: event.reason })}</Text>}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

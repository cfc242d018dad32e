import { Badge, Button, Group, List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatDateTime, useLanguage, useT } from '@simpul/web-kit';
import { useId } from 'react';
import { UI } from '../messages';
import { defaultHistoryValue, fieldKey } from './history-values';

export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** One audit entry, whichever service recorded it. */
export interface ChangeHistoryEntry {
  id?: string;
  /** ISO date-time of the change. */
  at: string;
  /** Who acted; null when the system did (a migration, a seed). */
  actorName: string | null;
  action: ChangeAction;
  changes: FieldChange[];
}

export interface ChangeHistoryProps {
  entries: ChangeHistoryEntry[];
  /**
   * Words for the fields of this object, by the field name the service records (`address`,
   * `agency_id`, `standard.FEE`); camelCase and snake_case spellings of a name are the same field.
   */
  fieldLabels: Record<string, string>;
  /**
   * Words for a value (enum values, names behind ids). Return null to say only that the value
   * changed, without showing it (an id, a JSON blob); undefined falls back to the default.
   */
  formatValue?: (field: string, value: string) => string | null | undefined;
  title?: string;
  /** The heading level of the panel's title; the page decides. */
  headingLevel?: 2 | 3;
  totalCount?: number;
  hasMore?: boolean;
  onMore?: () => void;
  loading?: boolean;
  /** A sentence to show instead of the list when the history could not be loaded. */
  error?: string | null;
  onRetry?: () => void;
}

/**
 * "Riwayat perubahan": who changed what and when, each field before → after, newest first as the
 * service sends them, more on request. Knows nothing about the object: the caller names the fields.
 */
export function ChangeHistory(props: ChangeHistoryProps) {
  const { entries, fieldLabels, formatValue, title, headingLevel = 2, totalCount, hasMore, onMore, loading, error, onRetry } = props;
  const t = useT(UI);
  const [language] = useLanguage();
  const headingId = `history-${useId()}`;

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={headingLevel} id={headingId} size={headingLevel === 2 ? 'h3' : 'h4'}>
          {title ?? t('history.title')}
        </Title>
        {totalCount !== undefined && <Text c="dimmed">{t('history.count', { count: totalCount })}</Text>}
      </Group>
      {error ? (
        <Paper withBorder p="md" role="alert">
          <Text mb={onRetry ? 'sm' : 0}>{error}</Text>
          {onRetry && (
            <Button variant="default" onClick={onRetry}>
              {t('retry')}
            </Button>
          )}
        </Paper>
      ) : entries.length === 0 && !loading ? (
        <Text c="dimmed">{t('history.none')}</Text>
      ) : (
        <Stack gap="sm" component="ol" aria-busy={loading || undefined} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry, index) => (
            <Paper key={entry.id ?? `${entry.at}-${index}`} component="li" withBorder p="sm" radius="sm">
              <Group gap="xs" wrap="wrap">
                <Badge
                  variant="light"
                  color={entry.action === 'DELETE' ? 'red' : entry.action === 'CREATE' ? 'green' : 'blue'}
                  tt="none"
                  radius="sm"
                  styles={{ root: { color: 'var(--mantine-color-dark-9)' } }}
                >
                  {t(`history.action.${entry.action}`)}
                </Badge>
                <Text fw={600}>{entry.actorName ?? t('history.system')}</Text>
                <Text c="dimmed">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                </Text>
              </Group>
              <FieldChangeList action={entry.action} changes={entry.changes} fieldLabels={fieldLabels} formatValue={formatValue} />
            </Paper>
          ))}
        </Stack>
      )}
      {hasMore && onMore && !error && (
        <Button variant="default" mt="sm" onClick={onMore} loading={loading} loaderProps={{ 'aria-label': t('loading') }}>
          {t('history.more')}
        </Button>
      )}
    </section>
  );
}

export interface FieldChangeListProps {
  action: ChangeAction;
  changes: FieldChange[];
  fieldLabels: Record<string, string>;
  formatValue?: ChangeHistoryProps['formatValue'];
}

/** The fields of one change, each as "Label: before → after" (or only the value when created). */
export function FieldChangeList({ action, changes, fieldLabels, formatValue }: FieldChangeListProps) {
  const t = useT(UI);
  const [language] = useLanguage();
  if (changes.length === 0) return null;
  const labels = new Map(Object.entries(fieldLabels).map(([field, label]) => [fieldKey(field), label]));
  const label = (field: string) => labels.get(fieldKey(field)) ?? t('history.otherField');
  const show = (field: string, value: string | null): string | null => {
    if (value === null || value.trim() === '') return t('history.empty');
    const custom = formatValue?.(field, value);
    if (custom !== undefined) return custom;
    return defaultHistoryValue(value, language, { yes: t('history.yes'), no: t('history.no') });
  };
  // A new object lists what it was created with: its own id and empty fields say nothing.
  const shown = changes.filter(
    (change) =>
      fieldKey(change.field) !== 'id' &&
      (action !== 'CREATE' || (change.after !== null && change.after.trim() !== '' && show(change.field, change.after) !== null)),
  );
  if (shown.length === 0) return null;
  return (
    <List spacing={4} size="sm" mt={6}>
      {shown.map((change, position) => {
        const before = show(change.field, change.before);
        const after = show(change.field, change.after);
        return (
          <List.Item key={`${change.field}-${position}`}>
            <Text span fw={600} inherit>
              {label(change.field)}
            </Text>
            {': '}
            {before === null || after === null ? (
              change.before === change.after ? (
                t('history.same')
              ) : (
                t('history.changedHidden')
              )
            ) : action === 'CREATE' || before === after ? (
              // Created with, or a key that says which part changed (the day of an assignment).
              after
            ) : (
              <>
                <Text span inherit td="line-through" c="dark.4">
                  {before}
                </Text>
                <Text span aria-hidden="true">
                  {' '}
                  →{' '}
                </Text>
                <VisuallyHidden>{`${t('history.becomes')} `}</VisuallyHidden>
                <Text span inherit fw={600}>
                  {after}
                </Text>
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

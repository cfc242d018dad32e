import { List, Paper, Text } from '@mantine/core';
import { useFormat, useQuery, useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { FOLLOW_UP } from './messages';
import { FOLLOW_UP_DONE, type FollowUpDoneView } from './follow-up.operations';

/**
 * For the next F-01: the unit's follow-up actions done since its earlier results, per indicator
 * (one request for the whole form). Returns the note for an indicator, or null when it has none.
 */
export function useFollowUpDone(lokusId: string): (indicatorCode: string) => ReactNode {
  const query = useQuery(FOLLOW_UP_DONE, { id: lokusId });
  const actions = query.data?.lokusById.followUpDone ?? [];
  return (indicatorCode) => {
    const mine = actions.filter((action) => action.indicatorCodes.includes(indicatorCode));
    return mine.length ? <FollowUpDoneNote actions={mine} /> : null;
  };
}

function FollowUpDoneNote({ actions }: { actions: readonly FollowUpDoneView[] }) {
  const t = useT(FOLLOW_UP);
  const format = useFormat();
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-green-0)" data-testid="follow-up-done">
      <Text size="sm" fw={600}>
        {t('f01.title')}
      </Text>
      <List size="sm">
        {actions.map((action) => (
          <List.Item key={action.id}>
            {t('f01.item', { title: action.title, year: action.planYear, date: action.closedAt ? format.date(action.closedAt) : '—' })}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

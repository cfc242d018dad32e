import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorPanel, LoadingState, useMorePages } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { useEffect, useState } from 'react';
import { PORTAL } from '../../messages';
import { MY_TASKS } from './my-tasks-query';
import { TaskItem } from './task-item';

const PAGE_SIZE = 10;

const titleId = (index: number) => `my-task-${index}`;

/**
 * "Tugas saya" (GOV.UK task list): the signed-in person's open work across the modules, in the
 * server's order (overdue on top), ten at a time with "Muat lagi".
 */
export function MyTasks() {
  const t = useT(PORTAL);
  const format = useFormat();
  const { items, totalCount, hasMore, loadMore, loading, query } = useMorePages(MY_TASKS, { first: PAGE_SIZE }, (data) => data.myTasks);
  const failed = query.errors?.map((error) => error.message).join(' ');
  // After "Muat lagi" the button may vanish: focus goes to the first task it brought, not to the page's top.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null || items.length <= focusIndex) return;
    document.getElementById(titleId(focusIndex))?.focus();
    setFocusIndex(null);
  }, [focusIndex, items.length]);

  let body;
  if (failed && items.length === 0) {
    body = <ErrorPanel title={t('tasks.error')} message={failed} onRetry={query.refetch} retryLabel={t('glance.retry')} />;
  } else if (items.length === 0 && (loading || totalCount === undefined)) {
    body = <LoadingState label={t('tasks.loading')} />;
  } else if (items.length === 0) {
    body = (
      <Stack gap={4} role="status">
        <Text fw={700}>{t('tasks.empty')}</Text>
        <Text>{t('tasks.emptyHelp')}</Text>
      </Stack>
    );
  } else {
    body = (
      <>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((task, index) => (
            <TaskItem key={task.id} task={task} first={index === 0} titleId={titleId(index)} />
          ))}
        </ul>
        <Group gap="md">
          {hasMore && !failed && (
            <Button
              variant="default"
              loading={loading}
              onClick={() => {
                setFocusIndex(items.length);
                loadMore();
              }}
            >
              {t('tasks.more')}
            </Button>
          )}
          {totalCount !== undefined && totalCount > items.length && (
            <Text size="sm" role="status">
              {t('tasks.shown', { shown: format.number(items.length), total: format.number(totalCount) })}
            </Text>
          )}
        </Group>
        {failed && <ErrorPanel title={t('tasks.moreError')} message={failed} onRetry={query.refetch} retryLabel={t('glance.retry')} />}
      </>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-tasks-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-tasks-title">
          {t('tasks.title')}
          {totalCount !== undefined && totalCount > 0 ? ` (${format.number(totalCount)})` : ''}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}

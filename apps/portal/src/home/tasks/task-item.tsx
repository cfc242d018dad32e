import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Progress } from '@simpul/ui/mantine-inputs';
import { type NodeOf, useFormat, useLanguage, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import type { MyTasksQuery } from '../../__generated__/operations';
import { PORTAL } from '../../messages';
import { daysLeft } from './days-left';
import { TaskStatusTag } from './task-status-tag';

export type TaskNode = NodeOf<MyTasksQuery['myTasks']>;

/** "tenggat 5 Januari 2027 · 29 hari lagi", or how long ago it passed. */
function useDueText(): (due: string) => string {
  const t = useT(PORTAL);
  const format = useFormat();
  return (due) => {
    // From the moment of rendering (Date.now, which tests fix), in Jakarta calendar days.
    const days = daysLeft(due, new Date(Date.now()));
    const left =
      days > 1
        ? t('tasks.daysLeft', { count: format.number(days) })
        : days === 1
          ? t('tasks.tomorrow')
          : days === 0
            ? t('tasks.today')
            : days === -1
              ? t('tasks.dayLate')
              : t('tasks.daysLate', { count: format.number(-days) });
    return t('tasks.due', { date: format.date(due), left });
  };
}

/** One row of the task list: what the work is, where it stands, when it is due, and one link to go on with it. */
export function TaskItem({ task, first, titleId }: { task: TaskNode; first: boolean; titleId: string }) {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const format = useFormat();
  const dueText = useDueText();
  const title = task.title[language];
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="wrap"
      gap="sm"
      py="sm"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-gray-4)' }}
    >
      <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
        {/* Focusable from script only: "Muat lagi" moves focus to the first task it brought. */}
        <Text fw={700} size="lg" id={titleId} tabIndex={-1}>
          {title}
        </Text>
        {task.detail && <Text>{task.detail[language]}</Text>}
        <Text size="sm">
          {t(`tasks.module.${task.module}`)}
          {task.dueDate ? ` · ${dueText(task.dueDate)}` : ''}
        </Text>
        {task.progress && task.progress.total > 0 && (
          <Group gap="xs" wrap="nowrap" maw="20rem">
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('tasks.progress', { done: format.number(task.progress.done), total: format.number(task.progress.total) })}
            </Text>
            {/* The numbers say it; the bar is for the eye only. */}
            <Progress value={(100 * task.progress.done) / task.progress.total} aria-hidden="true" style={{ flex: 1 }} />
          </Group>
        )}
      </Stack>
      <Stack gap="xs" align="flex-end">
        <TaskStatusTag status={task.status} />
        {/* Named by its task, so a list of "Lanjutkan" links still says which is which. */}
        <Anchor component={Link} to={task.url} fw={700} aria-label={t('tasks.continueNamed', { title })}>
          {t('tasks.continue')}
        </Anchor>
      </Stack>
    </Group>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import { Progress } from '@simpul/ui/mantine-inputs';
import { formatDateTime, useLanguage, useT } from '@simpul/web-kit';
import { F01 } from '../f01-messages';
import { Indonesian } from '../../shared/indonesian';
import { timeLeft, type AspectProgress } from './f01-progress';

function DeadlineLine({ deadline }: { deadline: string }) {
  const t = useT(F01);
  const [language] = useLanguage();
  const left = timeLeft(new Date(deadline), new Date());
  const rest =
    left.kind === 'passed'
      ? t('deadline.passed')
      : left.kind === 'lastHour'
        ? t('deadline.lastHour')
        : left.kind === 'hours'
          ? t('deadline.hoursLeft', { hours: left.hours })
          : t('deadline.daysLeft', { days: left.days });
  return (
    <Text size="sm" fw={600} c={left.kind === 'passed' || left.kind === 'lastHour' ? 'red.8' : undefined} data-testid="f01-deadline">
      {t('deadline.label', { date: formatDateTime(deadline, language) })} · {rest}
    </Text>
  );
}

/** The F-01 deadline with the time left, and how many indicators are complete per aspect and overall. */
export function F01ProgressPanel({
  aspects,
  done,
  total,
  deadline,
}: {
  aspects: AspectProgress[];
  done: number;
  total: number;
  deadline: string | null;
}) {
  const t = useT(F01);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="f01-progress-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="f01-progress-title">
          {t('progress.title')}
        </Title>
        {deadline && <DeadlineLine deadline={deadline} />}
        <Text size="sm" data-testid="f01-progress-overall">
          {t('progress.overall', { done, total })}
        </Text>
        <Progress value={total ? (100 * done) / total : 0} aria-label={t('progress.overallLabel')} />
        {aspects.map((aspect) => (
          <Stack gap={2} key={aspect.code}>
            <Text size="xs">
              {aspect.code.toUpperCase()}. <Indonesian>{aspect.name}</Indonesian>:{' '}
              {t('progress.aspectCount', { done: aspect.done, total: aspect.total })}
            </Text>
            <Progress
              size="sm"
              value={aspect.total ? (100 * aspect.done) / aspect.total : 0}
              aria-label={t('progress.label', { code: aspect.code.toUpperCase() })}
            />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, QueryView, mapServerErrors } from '@simpul/ui';
import { useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { FOLLOW_UP } from './messages';
import { FOLLOW_UP_QUICK_WINS, SAVE_FOLLOW_UP_ACTION } from './follow-up.operations';

/** Quick wins from the gap analysis; the desk turns one into an action with a click (owner and due date follow). */
export function QuickWinsPanel({ planId, editable, onAdded }: { planId: string; editable: boolean; onAdded: (message: string) => void }) {
  const t = useT(FOLLOW_UP);
  const format = useFormat();
  const query = useQuery(FOLLOW_UP_QUICK_WINS, { planId });
  const [save, state] = useMutation(SAVE_FOLLOW_UP_ACTION);
  const mapped = mapServerErrors(state.errors ?? [], [], (field) => field);
  async function add(code: string, from: number, to: number) {
    const result = await save({
      input: { planId, title: t('quickWins.actionTitle', { code, from, to }), indicatorCodes: [code], quickWin: true },
    });
    if (result.data) {
      query.refetch();
      onAdded(t('added'));
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quick-wins-title">
      <Title order={2} size="h4" id="quick-wins-title">
        {t('quickWins.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('quickWins.description')}
      </Text>
      <ErrorSummary errors={mapped.summary} />
      <QueryView query={query}>
        {({ followUpQuickWins: wins }) =>
          wins.length === 0 ? (
            <Text mt="sm">{t('quickWins.none')}</Text>
          ) : (
            <List mt="sm" spacing="xs">
              {wins.map((win) => (
                <List.Item key={win.indicatorCode}>
                  <Stack gap={2}>
                    <Group gap="sm">
                      <Text size="sm">
                        {t('quickWins.item', { code: win.indicatorCode, from: win.from, to: win.to, gain: format.number(win.gain, 2) })}
                        {win.planned ? ` — ${t('quickWins.planned')}` : ''}
                      </Text>
                      {editable && !win.planned && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          loading={state.loading}
                          onClick={() => void add(win.indicatorCode, win.from, win.to)}
                        >
                          {t('quickWins.add', { code: win.indicatorCode })}
                        </Button>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {win.indicatorText}
                    </Text>
                  </Stack>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryView>
    </Paper>
  );
}

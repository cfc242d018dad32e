import { Box, Group, Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { useMppFormat } from '../shared/format';
import type { StepView } from './onboarding-flow';

const MARK = {
  done: { icon: '✓', color: '#1e5a2b', background: '#ebfbee', border: '#2f9e44' },
  next: { icon: '→', color: '#ffffff', background: '#0b57a8', border: '#0b57a8' },
  upcoming: { icon: '', color: '#495057', background: '#ffffff', border: '#868e96' },
};

/** The five onboarding steps as an ordered list: a mark, the step, and its state in words. */
export function StepList({ views }: { views: StepView[] }) {
  const t = useT(MPP);
  const f = useMppFormat();
  return (
    <Box component="ol" aria-label={t('onboarding.steps')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {views.map((view, index) => {
        const mark = MARK[view.state];
        return (
          <Group
            component="li"
            key={view.step}
            align="flex-start"
            gap="md"
            wrap="nowrap"
            aria-current={view.state === 'next' ? 'step' : undefined}
            mb="sm"
          >
            <Box
              aria-hidden="true"
              style={{
                width: 32,
                height: 32,
                flex: '0 0 32px',
                borderRadius: '50%',
                border: `2px solid ${mark.border}`,
                background: mark.background,
                color: mark.color,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontWeight: 700,
              }}
            >
              {mark.icon || index + 1}
            </Box>
            <Stack gap={0}>
              <Text fw={700}>
                {index + 1}. {t(`step.${view.step}`)}{' '}
                <Text span fw={500} c={view.state === 'next' ? 'simpul.8' : 'dimmed'}>
                  — {t(`stepState.${view.state}`)}
                </Text>
              </Text>
              {view.record && (
                <Text size="sm" c="dimmed">
                  {t('onboarding.completedBy', {
                    who: view.record.completedByName ?? t('onboarding.someone'),
                    when: f.dateTime(view.record.completedAt),
                  })}
                </Text>
              )}
            </Stack>
          </Group>
        );
      })}
    </Box>
  );
}

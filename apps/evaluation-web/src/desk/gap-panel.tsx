import { Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat, useLanguage, useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import type { LiveGap } from './live-gap';
import { GradeBadge } from '@simpul/ui';

/**
 * "Untuk naik ke kategori A (Pelayanan Prima), naikkan 2.a.P dari 2 ke 4 dan 29.f.B dari 3 ke 4."
 * With no claim yet it shows an empty state: an index of 0,00 and a failing grade would read as a verdict.
 */
export function GapPanel({ gap, title }: { gap: LiveGap; title?: string }) {
  const t = useT(EVALUATION);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gap-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="gap-title">
          {title ?? t('gap.title')}
        </Title>
        <div aria-live="polite" aria-atomic="true" data-testid="gap-live">
          {gap.claimed === 0 ? (
            <>
              <Title order={3} size="h5">
                {t('gap.emptyTitle')}
              </Title>
              <Text mt={4}>{t('gap.empty')}</Text>
            </>
          ) : (
            <Estimate gap={gap} />
          )}
        </div>
        <Text size="xs" c="dimmed">
          {t('gap.note')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The IPP the claims so far would give, said to be an estimate from N of M claims, and the way up. */
function Estimate({ gap }: { gap: LiveGap }) {
  const t = useT(EVALUATION);
  const format = useFormat();
  const [language] = useLanguage();
  const { path } = gap;
  const label = (category: { label: string; labelEn: string }) => (language === 'en' ? category.labelEn : category.label);
  const steps = path.steps.map((step) => t('gap.step', { code: step.code, from: step.from, to: step.to }));
  const list = steps.length <= 1 ? steps.join('') : `${steps.slice(0, -1).join(', ')} ${t('gap.and')} ${steps[steps.length - 1]}`;
  return (
    <>
      <Text size="sm">{t('gap.estimate', { claimed: gap.claimed, total: gap.total })}</Text>
      <Text fw={700} size="xl">
        {t('gap.current', { index: format.number(gap.index, 2) })}
      </Text>
      <GradeBadge grade={{ code: gap.category.code, label: gap.category.label, labelEn: gap.category.labelEn }} />
      <Text mt="sm">
        {!path.target
          ? t('gap.top')
          : path.reachable
            ? t('gap.sentence', { target: `${path.target.code} (${label(path.target)})`, steps: list })
            : t('gap.unreachable', { target: `${path.target.code} (${label(path.target)})` })}
      </Text>
      {path.reachable && path.resultingIndex !== null && (
        <Text size="sm" c="dimmed">
          {t('gap.resulting', { index: format.number(path.resultingIndex, 2), steps: path.levelSteps })}
        </Text>
      )}
      {gap.missing.length > 0 && (
        <Text size="sm" mt="xs">
          {t('gap.missing', { count: gap.missing.length })}
        </Text>
      )}
    </>
  );
}

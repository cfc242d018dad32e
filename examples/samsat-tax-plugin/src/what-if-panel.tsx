import { Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PluginLanguage } from '@simpul/plugin-sdk';
import { GradeBadge } from '@simpul/ui';
import { formatNumber } from '@simpul/web-kit';
import { useMemo, useState } from 'react';
import { aspectName, type Translate } from './messages';
import { raiseAspects, simulate, whatIfBaseline, whatIfInstrument } from './what-if';

const RAISES = [0, 1, 2] as const;

/** A live "what if" on the unit's IPP with @simpul/scoring: raise an aspect, see the index and category. */
export function WhatIfPanel({ unitIndex, language, t }: { unitIndex: number | null; language: PluginLanguage; t: Translate }) {
  const instrument = useMemo(whatIfInstrument, []);
  const baseline = useMemo(() => whatIfBaseline(instrument, unitIndex), [instrument, unitIndex]);
  const [raises, setRaises] = useState<Record<string, number>>({});
  const start = useMemo(() => simulate(instrument, baseline.f02), [instrument, baseline]);
  const result = useMemo(() => simulate(instrument, raiseAspects(instrument, baseline.f02, raises)), [instrument, baseline, raises]);
  const number = (value: number) => formatNumber(value, language, 2);
  const delta = result.index - start.index;

  return (
    <Stack gap="xs" component="section" aria-labelledby="samsat-plugin-what-if">
      <Title order={3} id="samsat-plugin-what-if">
        {t('whatIf.heading')}
      </Title>
      <Text>{t('whatIf.intro')}</Text>
      <Text size="sm" c="dimmed">
        {baseline.fromUnit ? t('whatIf.estimated', { index: number(start.index) }) : t('whatIf.neutral')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {instrument.aspects.map((aspect) => (
          <NativeSelect
            key={aspect.code}
            label={t('whatIf.aspect', { code: aspect.code, name: aspectName(aspect.code, aspect.name, language), weight: aspect.weight })}
            value={String(raises[aspect.code] ?? 0)}
            onChange={(event) => setRaises((current) => ({ ...current, [aspect.code]: Number(event.currentTarget.value) }))}
            data={RAISES.map((levels) => ({
              value: String(levels),
              label: levels === 0 ? t('whatIf.raise0') : t('whatIf.raise', { levels }),
            }))}
          />
        ))}
      </SimpleGrid>
      {/* Announced as it changes, so a screen-reader user hears the result of each choice. */}
      <Group gap="sm" role="status" aria-live="polite">
        <Text fw={700}>
          {t('whatIf.result', { index: number(result.index), delta: `${delta >= 0 ? '+' : '−'}${number(Math.abs(delta))}` })}
        </Text>
        <GradeBadge grade={result.category} />
      </Group>
    </Stack>
  );
}

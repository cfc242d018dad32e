import { Divider, Stack, Text } from '@mantine/core';
import type { PluginProps } from '@simpul/plugin-sdk';
import { lazy, Suspense, useMemo } from 'react';
import { translator } from './messages';
import { PkbEstimatePanel } from './pkb-estimate-panel';
import { UnitIpp, useUnitIpp } from './unit-ipp';
import { WhatIfPanel } from './what-if-panel';

// Only the MALL_DESK page needs it: its own chunk keeps the desk home's download as it was.
const DeskSchedule = lazy(() => import('./desk-schedule'));

/**
 * The Samsat desk's plugin: the unit's IPP, a "what if" on it, and a vehicle-tax estimate; at an MPP
 * desk (the portal gives it the mall), the desk's last seven days there too.
 */
export function SamsatTaxPlugin({ context }: PluginProps) {
  const t = useMemo(() => translator(context.language), [context.language]);
  const ipp = useUnitIpp(context);
  const unitIndex = ipp.state.status === 'done' ? (ipp.state.latest?.index ?? null) : null;

  return (
    <Stack gap="md" lang={context.language}>
      {/* The portal's slot heads the plugin with its registered name (h2); its sections are h3. */}
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <UnitIpp {...ipp} context={context} t={t} />
      {ipp.state.status !== 'loading' && <WhatIfPanel unitIndex={unitIndex} language={context.language} t={t} />}
      <Divider />
      <PkbEstimatePanel language={context.language} t={t} />
      {context.page === 'MALL_DESK' && context.mallId && (
        <>
          <Divider />
          {/* Its own texts come with its chunk; it says it is loading once it asks for the days. */}
          <Suspense fallback={null}>
            <DeskSchedule context={context} mallId={context.mallId} />
          </Suspense>
        </>
      )}
    </Stack>
  );
}

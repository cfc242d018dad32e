import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { PluginContext } from '@simpul/plugin-sdk';
import { ErrorPanel, GradeBadge, LoadingState } from '@simpul/ui';
import { formatNumber } from '@simpul/web-kit';
import { useCallback, useEffect, useState } from 'react';
import type { Translate } from './messages';
import { UNIT_IPP, latestIpp, type UnitIppResult } from './unit-ipp-query';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; latest: UnitIppResult | null };

/** Loads the unit's latest IPP through the plugin's GraphQL client; `onLoaded` gets its index (null without one). */
export function useUnitIpp(context: PluginContext) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    context.graphql(UNIT_IPP, { id: context.serviceUnitId }).then(
      (data) => current && setState({ status: 'done', latest: latestIpp(data) }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [context, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}

export function UnitIpp({ state, retry, context, t }: ReturnType<typeof useUnitIpp> & { context: PluginContext; t: Translate }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="samsat-plugin-ipp">
      <Title order={3} id="samsat-plugin-ipp">
        {t('ipp.heading')}
      </Title>
      {state.status === 'loading' && <LoadingState label={t('ipp.loading')} />}
      {state.status === 'error' && (
        <ErrorPanel title={t('ipp.error')} message={state.message} onRetry={retry} retryLabel={t('ipp.retry')} />
      )}
      {state.status === 'done' && state.latest === null && <Text>{t('ipp.none')}</Text>}
      {state.status === 'done' && state.latest !== null && (
        <Group gap="sm">
          <Text fw={700}>
            {t('ipp.latest', { cycle: state.latest.cycleName, index: formatNumber(state.latest.index, context.language, 2) })}
          </Text>
          <GradeBadge grade={state.latest.category} />
          {state.latest.origin === 'DEMO' && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t('ipp.demo')}
            </Badge>
          )}
        </Group>
      )}
    </Stack>
  );
}

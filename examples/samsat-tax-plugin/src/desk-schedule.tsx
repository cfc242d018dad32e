import { Stack, Text, Title } from '@mantine/core';
import type { PluginContext } from '@simpul/plugin-sdk';
import { DataTable, ErrorPanel, LoadingState } from '@simpul/ui';
import { formatDate, formatNumber } from '@simpul/web-kit';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DESK_DAYS, deskDaysVariables, type DeskDayRow } from './desk-days-query';
import { deskTranslator } from './desk-messages';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; rows: DeskDayRow[] };

/**
 * The desk's last seven days at the MPP (visitors and complaints per day), on the MALL_DESK page when
 * the portal gives the plugin its mall: read with the MPP_DESK_SCHEDULE_READ scope, which reaches
 * exactly that mall's desk days (of the desk the portal named, when it named one). Loaded as its own
 * chunk, so the desk home does not download it.
 */
export default function DeskSchedule({ context, mallId }: { context: PluginContext; mallId: string }) {
  const t = useMemo(() => deskTranslator(context.language), [context.language]);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    context.graphql(DESK_DAYS, deskDaysVariables(mallId, context.deskId, new Date())).then(
      (data) => current && setState({ status: 'done', rows: data.deskDays.edges.map((edge) => edge.node) }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [context, mallId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const deskName = (desk: DeskDayRow['desk']) => desk.label ?? t('desk.ofDesk', { number: desk.number });
  const firstDesk = state.status === 'done' ? state.rows[0]?.desk : undefined;
  const which = context.deskId && firstDesk ? deskName(firstDesk) : t('desk.ofMall');

  return (
    <Stack gap="xs" component="section" aria-labelledby="samsat-plugin-desk">
      <Title order={3} id="samsat-plugin-desk">
        {t('desk.heading')}
      </Title>
      <Text size="sm">{t('desk.intro', { desk: which })}</Text>
      {state.status === 'loading' && <LoadingState label={t('desk.loading')} />}
      {state.status === 'error' && <ErrorPanel title={t('desk.error')} message={state.message} onRetry={retry} retryLabel={t('retry')} />}
      {state.status === 'done' && (
        <DataTable
          caption={t('desk.caption')}
          rowKey={(row) => row.id}
          rows={state.rows}
          empty={<Text>{t('desk.none')}</Text>}
          columns={[
            { key: 'date', header: t('desk.date'), cell: (row) => formatDate(row.date, context.language) },
            { key: 'desk', header: t('desk.desk'), cell: (row) => deskName(row.desk) },
            { key: 'visitors', header: t('desk.visitors'), numeric: true, cell: (row) => formatNumber(row.visitors, context.language) },
            {
              key: 'complaints',
              header: t('desk.complaints'),
              numeric: true,
              cell: (row) => formatNumber(row.complaints, context.language),
            },
          ]}
        />
      )}
    </Stack>
  );
}

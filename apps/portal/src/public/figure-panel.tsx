import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorPanel, LoadingState, OriginWithSource, type FigureOrigin } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FRONT } from './front-door-messages';

export interface FigureTable {
  caption: string;
  head: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

/** What a panel's query gave: still loading, failed, nothing to show yet, or a figure. */
export type PanelState =
  { kind: 'loading' } | { kind: 'error'; message?: string; retry: () => void } | { kind: 'empty'; text: string } | { kind: 'ready' };

/**
 * One national figure: title, chart, where it came from, its table (the accessible form of the chart,
 * behind a native disclosure) and a link to its detail page in the module. Loading, failure and
 * "no data yet" each say so in words.
 */
export function FigurePanel({
  id,
  title,
  state,
  chart,
  table,
  origin,
  source,
  note,
  links,
}: {
  id: string;
  title: string;
  state: PanelState;
  chart?: ReactNode;
  table?: FigureTable;
  origin?: FigureOrigin;
  source?: string | null;
  note?: ReactNode;
  links: { to: string; label: string }[];
}) {
  const t = useT(FRONT);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        {state.kind === 'loading' && <LoadingState label={t('panel.loading', { title })} />}
        {state.kind === 'error' && (
          <ErrorPanel title={t('panel.error', { title })} message={state.message} onRetry={state.retry} retryLabel={t('panel.retry')} />
        )}
        {state.kind === 'empty' && <Text>{state.text}</Text>}
        {state.kind === 'ready' && (
          <>
            {chart}
            {origin && <OriginWithSource origin={origin} source={source} />}
            {note && <Text size="sm">{note}</Text>}
            {table && <TableDisclosure title={title} table={table} />}
          </>
        )}
        {links.map((link) => (
          <Anchor key={link.to} component={Link} to={link.to}>
            {link.label}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}

/** A figure's table behind a native disclosure (keyboard-usable as it is): the accessible form of its chart. */
export function TableDisclosure({ title, table }: { title: string; table: FigureTable }) {
  const t = useT(FRONT);
  return (
    <details>
      <summary style={{ cursor: 'pointer', padding: '0.25rem 0' }}>{t('panel.table', { title })}</summary>
      <Table.ScrollContainer minWidth={360}>
        <Table striped withTableBorder captionSide="top">
          <Table.Caption>{table.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {table.head.map((cell) => (
                <Table.Th key={cell} scope="col">
                  {cell}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <Table.Th key={index} scope="row" fw={400}>
                      {cell}
                    </Table.Th>
                  ) : (
                    <Table.Td key={index}>{cell}</Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </details>
  );
}

/**
 * A field the gateway may leave out although the schema says it is there (its subgraph failed and
 * the answer came back partial): typed as possibly missing, so a panel says "no data" and not crash.
 */
export function present<T>(value: T): T | undefined {
  return value;
}

/** A query's state as a panel's, with the empty test applied once the data is there. */
export function panelState<T>(
  query: { data: T | null; errors: readonly { message: string }[] | null; loading: boolean; refetch: () => void },
  isEmpty: (data: T) => boolean,
  emptyText: string,
): PanelState {
  if (query.errors) return { kind: 'error', message: query.errors[0]?.message, retry: query.refetch };
  if (query.loading && !query.data) return { kind: 'loading' };
  if (!query.data || isEmpty(query.data)) return { kind: 'empty', text: emptyText };
  return { kind: 'ready' };
}

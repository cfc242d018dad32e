import { Button, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { useMemo, useState, type ReactNode } from 'react';
import { UI } from '../messages';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  direction: SortDirection;
}

export interface DataTableColumn<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable; with `onSortChange` the sorting happens elsewhere (the server). */
  sortValue?: (row: T) => string | number;
  sortable?: boolean;
  numeric?: boolean;
}

/** Cursor pagination driven by the server: the table only shows the buttons. */
export interface ServerPagination {
  hasNext: boolean;
  hasPrevious: boolean;
  onNext: () => void;
  onPrevious: () => void;
  page: number;
  pageSize: number;
  totalCount: number;
}

export interface DataTableProps<T> {
  caption: string;
  /** Keep the caption for screen readers only when the page heading already says it. */
  captionHidden?: boolean;
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  /** Client-side pagination of `rows`. */
  pageSize?: number;
  pagination?: ServerPagination;
  loading?: boolean;
  empty?: ReactNode;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'id', { sensitivity: 'base', numeric: true });
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, captionHidden, columns, rows, rowKey, onSortChange, pageSize, pagination, loading, empty } = props;
  const t = useT(UI);
  const [localSort, setLocalSort] = useState<SortState | undefined>(props.sort);
  const [localPage, setLocalPage] = useState(1);
  const sort = onSortChange ? props.sort : localSort;

  const sorted = useMemo(() => {
    if (onSortChange || !sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => factor * compare(value(a), value(b)));
  }, [rows, columns, sort, onSortChange]);

  const pages = pageSize ? Math.max(1, Math.ceil(sorted.length / pageSize)) : 1;
  const page = Math.min(localPage, pages);
  const visible = pageSize ? sorted.slice((page - 1) * pageSize, page * pageSize) : sorted;

  function toggleSort(key: string) {
    const next: SortState = { key, direction: sort?.key === key && sort.direction === 'asc' ? 'desc' : 'asc' };
    if (onSortChange) onSortChange(next);
    else setLocalSort(next);
    setLocalPage(1);
  }

  const isSortable = (column: DataTableColumn<T>) => column.sortable ?? Boolean(column.sortValue);

  const nav = pagination
    ? {
        hasPrevious: pagination.hasPrevious,
        hasNext: pagination.hasNext,
        onPrevious: pagination.onPrevious,
        onNext: pagination.onNext,
        page: pagination.page,
        pages: Math.max(1, Math.ceil(pagination.totalCount / pagination.pageSize)),
        from: pagination.totalCount === 0 ? 0 : (pagination.page - 1) * pagination.pageSize + 1,
        to: (pagination.page - 1) * pagination.pageSize + rows.length,
        total: pagination.totalCount,
      }
    : pageSize && sorted.length > pageSize
      ? {
          hasPrevious: page > 1,
          hasNext: page < pages,
          onPrevious: () => setLocalPage(page - 1),
          onNext: () => setLocalPage(page + 1),
          page,
          pages,
          from: (page - 1) * pageSize + 1,
          to: (page - 1) * pageSize + visible.length,
          total: sorted.length,
        }
      : null;

  return (
    <div>
      {/* Narrow screens scroll wide tables sideways rather than crushing them; two columns fit a phone. */}
      <Table.ScrollContainer minWidth={Math.min(columns.length * 160, 640)}>
        <Table striped highlightOnHover aria-busy={loading || undefined} verticalSpacing="sm">
          {captionHidden ? (
            <caption>
              <VisuallyHidden>{caption}</VisuallyHidden>
            </caption>
          ) : (
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
          )}
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const active = sort?.key === column.key ? sort.direction : undefined;
                return (
                  <Table.Th
                    key={column.key}
                    scope="col"
                    aria-sort={isSortable(column) ? (active ? ARIA_SORT[active] : 'none') : undefined}
                    style={column.numeric ? { textAlign: 'right' } : undefined}
                  >
                    {isSortable(column) ? (
                      <UnstyledButton
                        onClick={() => toggleSort(column.key)}
                        fw={700}
                        fz="inherit"
                        style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
                      >
                        {column.header}
                        <span aria-hidden="true">{active === 'asc' ? '▲' : active === 'desc' ? '▼' : '↕'}</span>
                        {active && <VisuallyHidden>, {t(active === 'asc' ? 'sortAscending' : 'sortDescending')}</VisuallyHidden>}
                      </UnstyledButton>
                    ) : (
                      column.header
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key} style={column.numeric ? { textAlign: 'right' } : undefined}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {visible.length === 0 && !loading && empty}
      {nav && (
        <nav aria-label={t('pagination')}>
          <Group justify="space-between" mt="sm" wrap="wrap">
            {/* aria-disabled rather than disabled: the button keeps keyboard focus on the last page. */}
            <Button
              variant="default"
              aria-disabled={!nav.hasPrevious}
              data-disabled={!nav.hasPrevious || undefined}
              onClick={() => nav.hasPrevious && nav.onPrevious()}
            >
              <span aria-hidden="true">←&nbsp;</span>
              {t('previous')}
            </Button>
            <Text role="status" aria-live="polite" size="sm">
              {t('pageOf', { page: nav.page, pages: nav.pages })} · {t('rowsShown', { from: nav.from, to: nav.to, total: nav.total })}
            </Text>
            <Button
              variant="default"
              aria-disabled={!nav.hasNext}
              data-disabled={!nav.hasNext || undefined}
              onClick={() => nav.hasNext && nav.onNext()}
            >
              {t('next')}
              <span aria-hidden="true">&nbsp;→</span>
            </Button>
          </Group>
        </nav>
      )}
    </div>
  );
}

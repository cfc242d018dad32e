import type { SortState } from '@simpul/ui';
import type { AggregateOrder } from '../__generated__/operations';

const BY_COLUMN: Record<string, 'NAME' | 'VALUE' | 'COUNT'> = { name: 'NAME', mean: 'VALUE', count: 'COUNT' };

/** The instansi table's sorted column as the server's order (it sorts across pages, not just the one shown). */
export function aggregateOrder(sort: SortState): AggregateOrder {
  return `${BY_COLUMN[sort.key] ?? 'NAME'}_${sort.direction === 'asc' ? 'ASC' : 'DESC'}` as AggregateOrder;
}

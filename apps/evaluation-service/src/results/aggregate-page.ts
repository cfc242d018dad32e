import { badUserInput, decodeCursor, encodeCursor, sliceConnection, type Connection } from '@simpul/service-kit';
import type { AggregateFigure } from './results.model';

/**
 * One page of a cycle's instansi figures (already computed for the whole cycle in one statement and
 * put in the asked order), after the figure the cursor names. A cursor of another list is BAD_USER_INPUT.
 */
export function pageOfFigures(
  figures: readonly AggregateFigure[],
  first: number,
  after: string | null | undefined,
): Connection<AggregateFigure> {
  let start = 0;
  if (after) {
    const [, group] = decodeCursor(after);
    const at = figures.findIndex((figure) => figure.group === group);
    if (at < 0) throw badUserInput('after', 'The cursor is not valid for this list.', 'Kursor tidak valid untuk daftar ini.');
    start = at + 1;
  }
  return sliceConnection(figures, start, first, (node) => encodeCursor(node.name ?? '', node.group));
}

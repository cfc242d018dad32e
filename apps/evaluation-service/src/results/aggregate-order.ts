import { registerEnumType } from '@nestjs/graphql';
import type { AggregateFigure } from './results.model';

/** How a cycle's instansi figures are ordered before they are paged: by name, mean IPP or lokus count. */
export enum AggregateOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  VALUE_ASC = 'VALUE_ASC',
  VALUE_DESC = 'VALUE_DESC',
  COUNT_ASC = 'COUNT_ASC',
  COUNT_DESC = 'COUNT_DESC',
}
registerEnumType(AggregateOrder, {
  name: 'AggregateOrder',
  description: 'Urutan agregat instansi: nama, rerata IPP, atau jumlah lokus, naik (ASC) atau turun (DESC)',
});

const byName = (a: AggregateFigure, b: AggregateFigure) =>
  (a.name ?? '').localeCompare(b.name ?? '', 'id') || a.group.localeCompare(b.group);

/**
 * The figures in `order`; ties and figures without a value (no result yet) keep name order, the
 * latter always last, so every order pages the whole list once.
 */
export function orderFigures(figures: readonly AggregateFigure[], order: AggregateOrder | null | undefined): AggregateFigure[] {
  const named = [...figures].sort(byName);
  if (!order || order === AggregateOrder.NAME_ASC) return named;
  if (order === AggregateOrder.NAME_DESC) return named.reverse();
  const factor = order.endsWith('_ASC') ? 1 : -1;
  const value = (figure: AggregateFigure) => (order.startsWith('VALUE') ? figure.value : figure.count);
  return named.sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    return factor * (left - right);
  });
}

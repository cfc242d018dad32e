import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How many fields an operation selects, counted as written with every fragment spread expanded
 * each time it is spread. Unlike the cost (query-measure.ts), nothing is merged and scalars count:
 * `{ a1: provinces { code } … a1000: provinces { code } }` costs little per alias but selects 2,000
 * fields and makes the subgraph build 1,000 lists, so these counts are capped on their own.
 */
export interface SelectionCount {
  /** Every field selection, fragments expanded (introspection fields included: they are work too). */
  fields: number;
  /** Field selections renamed with an alias (`a1: provinces`); an alias equal to the name is no alias. */
  aliases: number;
  /** Field selections directly on the root type (fragments on the root expanded). */
  rootFields: number;
}

interface Totals {
  fields: number;
  aliases: number;
}

/**
 * Counts once per fragment and reuses it for every spread, so fragments spreading fragments cannot
 * make the counting itself explode. Validation already refused fragment cycles; `visiting` guards
 * anyway.
 */
export function countSelections(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): SelectionCount {
  const known = new Map<string, Totals>();
  const rootKnown = new Map<string, number>();
  const visiting = new Set<string>();

  const setTotals = (selectionSet: SelectionSetNode): Totals => {
    const totals: Totals = { fields: 0, aliases: 0 };
    const add = (inner: Totals): void => {
      totals.fields += inner.fields;
      totals.aliases += inner.aliases;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        totals.fields += 1;
        if (selection.alias && selection.alias.value !== selection.name.value) totals.aliases += 1;
        if (selection.selectionSet) add(setTotals(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(setTotals(selection.selectionSet));
      } else {
        add(fragmentTotals(selection.name.value));
      }
    }
    return totals;
  };

  const fragmentTotals = (name: string): Totals => {
    const cached = known.get(name);
    if (cached) return cached;
    const fragment = fragments[name];
    if (!fragment || visiting.has(name)) return { fields: 0, aliases: 0 };
    visiting.add(name);
    const totals = setTotals(fragment.selectionSet);
    visiting.delete(name);
    known.set(name, totals);
    return totals;
  };

  const rootFieldCount = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + 1;
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + rootFieldCount(selection.selectionSet);
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) return sum;
      if (!rootKnown.has(name)) {
        visiting.add(name);
        rootKnown.set(name, rootFieldCount(fragment.selectionSet));
        visiting.delete(name);
      }
      return sum + (rootKnown.get(name) ?? 0);
    }, 0);

  return { ...setTotals(operation.selectionSet), rootFields: rootFieldCount(operation.selectionSet) };
}

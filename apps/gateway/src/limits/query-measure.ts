import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How deep and how costly an operation is, measured on the document before anything runs.
 *
 * - depth: the deepest chain of nested fields (`{ provinces { code } }` is 2).
 * - cost: how many objects the operation may resolve. Each field returning an object costs 1 for
 *   every time it can occur, which is the product of the sizes of the lists around it. A list's size
 *   is its `first` (or `last`) argument, or that argument's default; a list without one takes the
 *   size given to the field just above it (the `edges` of a connection asked with `first: 50` hold
 *   50), or else `defaultListSize`. Scalars cost nothing: they come with the object that holds them.
 *   So a page of 100 units with 20 services each costs about 4,300 and passes the default 5,000.
 *
 * Introspection fields (`__typename`, `__schema`, `__type`) are neither counted nor descended into.
 * Fields with the same response key are merged first, as execution merges them, so spreading the
 * same fragment twice does not double the estimate.
 */
export interface QueryMeasure {
  depth: number;
  cost: number;
}

export interface MeasureInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values (operation defaults applied). */
  variables: Record<string, unknown>;
  defaultListSize: number;
}

interface Occurrence {
  node: FieldNode;
  parentType: GraphQLCompositeType;
}

type Scope = { selectionSet: SelectionSetNode; type: GraphQLCompositeType };

/** The arguments that give a list's size. */
export const SIZE_ARGUMENTS = ['first', 'last'];

function collectFields(input: MeasureInput, scopes: Scope[]): Map<string, Occurrence[]> {
  const fields = new Map<string, Occurrence[]>();
  const spread = new Set<string>();
  const visit = ({ selectionSet, type }: Scope): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key) ?? [];
        list.push({ node: selection, parentType: type });
        fields.set(key, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit({ selectionSet: selection.selectionSet, type: conditionType(input, selection.typeCondition?.name.value) ?? type });
      } else {
        const name = selection.name.value;
        const fragment = input.fragments[name];
        if (!fragment || spread.has(name)) continue;
        spread.add(name);
        visit({ selectionSet: fragment.selectionSet, type: conditionType(input, fragment.typeCondition.name.value) ?? type });
      }
    }
  };
  scopes.forEach(visit);
  return fields;
}

function conditionType(input: MeasureInput, name: string | undefined): GraphQLCompositeType | undefined {
  if (!name) return undefined;
  const type = input.schema.getType(name);
  return type && isCompositeType(type) ? type : undefined;
}

function fieldDefinition(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  return undefined;
}

/** The value of the field's `first`/`last` argument (given, or its default), if it has one. */
function sizeArgument(input: MeasureInput, definition: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  const argument = definition.args.find((candidate) => SIZE_ARGUMENTS.includes(candidate.name));
  if (!argument) return undefined;
  const given = node.arguments?.find((candidate) => candidate.name.value === argument.name);
  const value = given ? valueFromAST(given.value, argument.type, input.variables) : argument.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined;
}

function measureFields(
  input: MeasureInput,
  fields: Map<string, Occurrence[]>,
  multiplier: number,
  sizeFromAbove: number | undefined,
): QueryMeasure {
  let depth = 0;
  let cost = 0;
  for (const occurrences of fields.values()) {
    const [{ node, parentType }] = occurrences;
    if (node.name.value.startsWith('__')) continue;
    const definition = fieldDefinition(parentType, node.name.value);
    if (!definition) continue;
    const namedType = getNamedType(definition.type);
    if (!isCompositeType(namedType)) {
      depth = Math.max(depth, 1);
      continue;
    }
    const size = sizeArgument(input, definition, node);
    const isList = isListType(getNullableType(definition.type));
    // A list multiplies what it holds; a connection hands its size down to its edges list.
    const childMultiplier = isList ? multiplier * (size ?? sizeFromAbove ?? input.defaultListSize) : multiplier;
    const childSize = isList ? undefined : size;
    const scopes = occurrences.flatMap((o) => (o.node.selectionSet ? [{ selectionSet: o.node.selectionSet, type: namedType }] : []));
    const child = measureFields(input, collectFields(input, scopes), childMultiplier, childSize);
    depth = Math.max(depth, 1 + child.depth);
    cost += multiplier + child.cost;
  }
  return { depth, cost };
}

export function measureOperation(input: MeasureInput): QueryMeasure {
  const rootType = input.schema.getRootType(input.operation.operation);
  if (!rootType) return { depth: 0, cost: 0 };
  return measureFields(input, collectFields(input, [{ selectionSet: input.operation.selectionSet, type: rootType }]), 1, undefined);
}

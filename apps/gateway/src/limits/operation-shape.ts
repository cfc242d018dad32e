import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { SIZE_ARGUMENTS, measureOperation, type QueryMeasure } from './query-measure';
import { countSelections, type SelectionCount } from './selection-count';

/**
 * What the query limits read off one operation of a parsed document. Apollo Server keeps each
 * parsed and validated document in its document store and hands the same DocumentNode to every
 * request with that query text, so this is worked out once per operation, not once per request.
 */
export interface OperationShape {
  fragments: Record<string, FragmentDefinitionNode>;
  counts: SelectionCount;
  /**
   * Depth and cost, when no `first`/`last` takes a variable (the common case: they cannot change
   * from one request to the next); null when they do, and each request's variables are measured.
   */
  measure: QueryMeasure | null;
}

const containsVariable = (value: ValueNode): boolean =>
  value.kind === Kind.VARIABLE ||
  (value.kind === Kind.LIST && value.values.some(containsVariable)) ||
  (value.kind === Kind.OBJECT && value.fields.some((field) => containsVariable(field.value)));

/** Whether a `first`/`last` argument anywhere in the document (its fragments too) is given a variable. */
function sizedByVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (SIZE_ARGUMENTS.includes(node.name.value) && containsVariable(node.value)) found = true;
    },
  });
  return found;
}

/**
 * One cache per query-limits plugin (its default list size is part of the cost). Keyed by the
 * operation node, which belongs to one document; the schema is checked too, since a new supergraph
 * gives new types (and Apollo a new document store).
 */
export function operationShapes(defaultListSize: number) {
  const shapes = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; shape: OperationShape }>();
  return (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationShape => {
    const known = shapes.get(operation);
    if (known?.schema === schema) return known.shape;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const shape: OperationShape = {
      fragments,
      counts: countSelections(operation, fragments),
      measure: sizedByVariables(document) ? null : measureOperation({ schema, operation, fragments, variables: {}, defaultListSize }),
    };
    shapes.set(operation, { schema, shape });
    return shape;
  };
}

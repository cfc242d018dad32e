import { GraphQLError, Kind, OperationTypeNode, Source, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { OperationSource } from './operation-sources';

/** One reason an operation would be refused by the gateway, located in the remote's source. */
export interface OperationProblem {
  file: string;
  line: number;
  operation: string;
  message: string;
}

export function operationName(document: DocumentNode): string {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
  );
  return names.join(', ') || '(no operation)';
}

/** Parses `operation` and validates it against `schema` with the rules the gateway applies. */
export function problemsOf(schema: GraphQLSchema, operation: OperationSource): OperationProblem[] {
  let document: DocumentNode;
  try {
    document = parse(new Source(operation.source, operation.file));
  } catch (error) {
    const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(operation.source)?.[1] ?? operation.constant ?? '(unnamed)';
    return [
      {
        file: operation.file,
        line: operation.line,
        operation: name,
        message: error instanceof GraphQLError ? error.message : String(error),
      },
    ];
  }
  const operationNames = operationName(document);
  const problems: OperationProblem[] = validate(schema, document).map((error) => ({
    file: operation.file,
    line: operation.line,
    operation: operationNames,
    message: error.message,
  }));
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  // The fake network of the remote tests, the request log and generated types all go by the name.
  if (operations.length !== 1 || !operations[0]?.name) {
    problems.push({
      file: operation.file,
      line: operation.line,
      operation: operationNames,
      message: 'A `gql` template holds exactly one named operation.',
    });
  }
  return problems;
}

export function describeProblem(problem: OperationProblem): string {
  return `${problem.file}:${problem.line} ${problem.operation}: ${problem.message}`;
}

/**
 * In a remote with generated types, a template is typed `gql<NameQuery, NameQueryVariables>` (or
 * `Mutation`): its types are those generated from this very operation, never written by hand.
 */
export function typingProblem(operation: OperationSource): string | null {
  let document: DocumentNode;
  try {
    document = parse(operation.source);
  } catch {
    return null; // reported by the validity check
  }
  const definition = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!definition?.name) return null;
  const kind =
    definition.operation === OperationTypeNode.QUERY
      ? 'Query'
      : definition.operation === OperationTypeNode.MUTATION
        ? 'Mutation'
        : 'Subscription';
  const expected = [`${definition.name.value}${kind}`, `${definition.name.value}${kind}Variables`];
  if (operation.typeArguments.join(', ') === expected.join(', ')) return null;
  return `${operation.file}:${operation.line} ${definition.name.value}: typed gql<${operation.typeArguments.join(', ')}>, expected gql<${expected.join(', ')}> from __generated__/operations`;
}

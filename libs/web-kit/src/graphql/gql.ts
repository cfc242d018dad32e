/**
 * A GraphQL operation that carries its result and variable types, so `client.request(doc, vars)`
 * is checked at compile time without a code generator.
 */
export interface TypedDocument<TData, TVariables> {
  readonly source: string;
  /** Never set: only carries the types. */
  readonly __types?: { data: TData; variables: TVariables };
}

export type EmptyVariables = Record<string, never>;

/** `const UNITS = gql<UnitsData, UnitsVars>\`query Units { ... }\`` */
export function gql<TData, TVariables = EmptyVariables>(
  strings: TemplateStringsArray,
  ...fragments: string[]
): TypedDocument<TData, TVariables> {
  const source = strings.reduce((text, part, index) => text + part + (fragments[index] ?? ''), '');
  return { source: source.replace(/\s+/g, ' ').trim() };
}

/** What GraphQL Code Generator emits as `Operations`: each operation's name with its result type. */
export type OperationResults<Ops> = { [K in keyof Ops]: { result: unknown } };

/**
 * A remote's `reply(operation, data)` for its tests' fake network: the response body for an
 * operation, its data checked against the types generated from the supergraph (`npm run codegen`),
 * so a renamed or removed field fails typecheck instead of leaving the test green.
 * `export const reply = typedReply<Operations>();` in the remote's testing folder.
 */
export function typedReply<Ops extends OperationResults<Ops>>() {
  return <K extends keyof Ops>(_operation: K, data: Ops[K]['result']): { data: Ops[K]['result'] } => ({ data });
}

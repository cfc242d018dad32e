import type { Operations } from '../__generated__/operations';

/**
 * A response body for `operation` in a test's fake network, its data checked against the type
 * generated from the supergraph (npm run codegen): a renamed or removed field fails typecheck
 * instead of leaving the test green.
 */
export function reply<K extends keyof Operations>(_operation: K, data: Operations[K]['result']): { data: Operations[K]['result'] } {
  return { data };
}

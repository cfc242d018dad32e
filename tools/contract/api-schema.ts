// The schema the browser talks to: the supergraph's API schema (federation's join/link machinery
// removed, @inaccessible elements hidden), exactly as the gateway serves it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

export const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';

export function apiSchema(root: string): GraphQLSchema {
  const supergraphSdl = readFileSync(path.join(root, SUPERGRAPH_FILE), 'utf8');
  // The supergraph is validated by its own drift test (apps/gateway/src/supergraph.spec.ts).
  return Supergraph.build(supergraphSdl, { validateSupergraph: false }).apiSchema().toGraphQLJSSchema();
}

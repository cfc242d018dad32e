import { randomUUID } from 'node:crypto';
import type { Caller } from '@simpul/contracts';
import type { SubgraphRequest } from '../auth/internal-auth.middleware';
import { LoaderRegistry } from './loader-registry';

/** The GraphQL context of every subgraph request. */
export interface SubgraphContext {
  caller: Caller;
  requestId: string;
  loaders: LoaderRegistry;
}

export function buildSubgraphContext(req: SubgraphRequest | undefined): SubgraphContext {
  return {
    caller: req?.simpul?.caller ?? null,
    requestId: req?.simpul?.requestId ?? randomUUID(),
    loaders: new LoaderRegistry(),
  };
}

import { randomUUID } from 'node:crypto';
import type { Caller } from '@simpul/contracts';
import type { SubgraphRequest } from '../auth/internal-auth.middleware';
import { clientAddressOf } from '../http/client-address';
import { LoaderRegistry } from './loader-registry';

/** The GraphQL context of every subgraph request. */
export interface SubgraphContext {
  caller: Caller;
  requestId: string;
  loaders: LoaderRegistry;
  /**
   * The client's address: the gateway and the portal send it as the one value of X-Forwarded-For
   * (a request without the internal token never gets here); otherwise the socket's.
   */
  clientAddress?: string;
}

export function buildSubgraphContext(req: SubgraphRequest | undefined): SubgraphContext {
  return {
    caller: req?.simpul?.caller ?? null,
    requestId: req?.simpul?.requestId ?? randomUUID(),
    loaders: new LoaderRegistry(),
    clientAddress: req ? clientAddressOf(req) : 'unknown',
  };
}

import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '@simpul/service-kit';
import { GraphQLError } from 'graphql';
import { subgraphFetcher } from './subgraph-fetcher';
import { subgraphTooLargeError } from '../limits/subgraph-too-large';
import { REQUEST_ID_HEADER } from '../request/request-state';
import type { LogLine } from '../config/gateway-config';
import type { GatewayContext } from './gateway-context';

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

interface GraphQLErrorBody {
  errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }>;
}

/**
 * Sends the gateway's subgraph operations. Each one carries a freshly minted internal token with the
 * caller (the subgraph's proof that the call came through the gateway) and the request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraphName: string;
  private readonly internalSecret: string;
  private readonly log: (line: LogLine) => void;

  constructor(options: { name: string; url: string; internalSecret: string; log: (line: LogLine) => void }) {
    super({ url: options.url, fetcher: subgraphFetcher() });
    this.subgraphName = options.name;
    this.internalSecret = options.internalSecret;
    this.log = options.log;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // The gateway's own operations (none with a static supergraph, but possible) act as the public.
    // Apollo types the context loosely; the gateway's own context factory builds every one of them.
    const gateway = context as Partial<GatewayContext> | undefined;
    const caller = gateway?.caller ?? null;
    const requestId = gateway?.requestId ?? randomUUID();
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, issueInternalToken(caller, this.internalSecret, requestId));
    request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    // One address, not the incoming chain: subgraphs key rate limits on it and must not see a
    // client-written X-Forwarded-For.
    if (gateway?.clientAddress) request.http?.headers.set('x-forwarded-for', gateway.clientAddress);
  }

  /**
   * A subgraph that answers with a non-2xx status usually still sends GraphQL errors: keep the first
   * one's message and extensions (code, field, messages) instead of Apollo's `400: Bad Request`,
   * and never echo the subgraph's URL or raw body to the client.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    let body: unknown;
    try {
      body = await this.parseBody(response);
    } catch {
      body = undefined;
    }
    const first = typeof body === 'object' && body !== null ? (body as GraphQLErrorBody).errors?.[0] : undefined;
    if (first && typeof first.message === 'string') {
      return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: this.subgraphName } });
    }
    if (response.status === 413) return subgraphTooLargeError(this.subgraphName);
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR';
    return new GraphQLError(`The ${this.subgraphName} service answered HTTP ${response.status}.`, {
      extensions: { code, serviceName: this.subgraphName },
    });
  }

  /** A subgraph that cannot be reached becomes one clear error, without its internal address. */
  override didEncounterError(error: Error, _request?: unknown, _response?: unknown, context?: GatewayContext): void {
    if (error instanceof GraphQLError) throw error;
    this.log({
      level: 'warn',
      msg: 'subgraph unreachable',
      requestId: context?.requestId,
      subgraph: this.subgraphName,
      url: this.url,
      error: error.message,
    });
    throw new GraphQLError(`The ${this.subgraphName} service is unavailable; try again shortly.`, {
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: this.subgraphName,
        messages: {
          id: `Layanan ${this.subgraphName} sedang tidak tersedia; coba lagi sebentar lagi.`,
          en: `The ${this.subgraphName} service is unavailable; try again shortly.`,
        },
      },
    });
  }
}

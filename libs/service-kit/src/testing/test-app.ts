import { randomUUID } from 'node:crypto';
import type { AddressInfo, Server } from 'node:net';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import type { Caller, ErrorExtensions } from '@simpul/contracts';
import { createSubgraphApp, type SubgraphAppOptions } from '../app/create-subgraph-app';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions: ErrorExtensions & Record<string, unknown> }[];
}

export interface SendOptions {
  /** Who calls (minted into an internal token); `null` is the public. Default: the public. */
  caller?: Caller;
  /** Send no internal token at all, as a direct call that bypasses the gateway would. */
  withoutInternalToken?: boolean;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: SendOptions,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Boots the subgraph on a free loopback port and sends real GraphQL over HTTP to it. */
export async function startTestApp(module: Type<unknown> | DynamicModule, options: SubgraphAppOptions = {}): Promise<TestApp> {
  const app = await createSubgraphApp(module, { logLevels: ['error'], ...options });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const secret = readSecret('INTERNAL_SECRET');
  return {
    app,
    url,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, options: SendOptions = {}): Promise<GraphQLResponse<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (!options.withoutInternalToken) headers[INTERNAL_TOKEN_HEADER] = issueInternalToken(options.caller ?? null, secret, randomUUID());
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    close: () => app.close(),
  };
}

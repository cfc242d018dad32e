import { randomUUID } from 'node:crypto';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret } from '@simpul/service-kit';
import type { GraphQLResponse, TestApp } from '@simpul/service-kit/testing';

export interface InternalRequest {
  method?: 'GET' | 'POST';
  body?: unknown;
  caller?: Caller;
  /** The client address the gateway or portal would pass on. */
  forwardedFor?: string;
  withoutInternalToken?: boolean;
}

/** A request to the registry as the gateway or the portal's server sends it (internal token, X-Forwarded-For). */
export async function internalRequest<T = unknown>(
  app: TestApp,
  path: string,
  request: InternalRequest = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (!request.withoutInternalToken)
    headers[INTERNAL_TOKEN_HEADER] = issueInternalToken(request.caller ?? null, readSecret('INTERNAL_SECRET'), randomUUID());
  if (request.forwardedFor) headers['x-forwarded-for'] = request.forwardedFor;
  const response = await fetch(`${app.url}${path}`, {
    method: request.method ?? 'POST',
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

/** GraphQL from a given client address (sign-in throttling counts per address). */
export async function graphqlFrom<T = Record<string, unknown>>(
  app: TestApp,
  forwardedFor: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const { status, body } = await internalRequest<Omit<GraphQLResponse<T>, 'status'>>(app, '/graphql', {
    body: { query, variables },
    forwardedFor,
  });
  return { status, ...body };
}

/** The token in a set-password link of an e-mail's plain text. */
export function linkIn(text: string): { url: string; token: string; reset: boolean } {
  const match = /(http\S+\/atur-kata-sandi\?token=([A-Za-z0-9_-]+)(&reset=1)?)/.exec(text);
  if (!match) throw new Error(`No set-password link in: ${text}`);
  return { url: match[1], token: match[2], reset: Boolean(match[3]) };
}

import { GraphQLRequestError, networkError, parseGraphQLErrors } from '../graphql/client-error';
import type { Language } from '../i18n/language';
import type { StoredSession } from './session-user';

/** Where the portal serves the gateway's session routes (same origin: the cookie is the portal's). */
export const DEFAULT_AUTH_BASE = '/auth';

export type RefreshOutcome = { kind: 'session'; session: StoredSession } | { kind: 'ended' } | { kind: 'failed' };

function isSession(body: unknown): body is StoredSession {
  const value = body as Partial<StoredSession> | null | undefined;
  return (
    typeof value?.accessToken === 'string' && typeof value.expiresAt === 'string' && typeof value.user === 'object' && value.user !== null
  );
}

async function post(fetchImpl: typeof fetch, url: string, body: unknown, language: Language): Promise<Response> {
  return fetchImpl(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language },
    body: JSON.stringify(body),
  });
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** POST /auth/sign-in: the session, or a GraphQLRequestError (UNAUTHENTICATED, RATE_LIMITED…) as the server said it. */
export async function requestSignIn(
  fetchImpl: typeof fetch,
  base: string,
  email: string,
  password: string,
  language: Language,
): Promise<StoredSession> {
  let response: Response;
  try {
    response = await post(fetchImpl, `${base}/sign-in`, { email, password }, language);
  } catch {
    throw new GraphQLRequestError([networkError(language)]);
  }
  if (!response) throw new GraphQLRequestError([networkError(language)]);
  const body = await jsonOf(response);
  if (response.ok && isSession(body)) return { accessToken: body.accessToken, expiresAt: body.expiresAt, user: body.user };
  throw new GraphQLRequestError(parseGraphQLErrors((body as { errors?: unknown } | undefined)?.errors, language));
}

/** POST /auth/refresh: a new access token from the cookie; `ended` when the server says there is no session. */
export async function requestRefresh(fetchImpl: typeof fetch, base: string, language: Language): Promise<RefreshOutcome> {
  try {
    const response = await post(fetchImpl, `${base}/refresh`, {}, language);
    if (!response) return { kind: 'failed' };
    const body = await jsonOf(response);
    if (response.ok && isSession(body))
      return { kind: 'session', session: { accessToken: body.accessToken, expiresAt: body.expiresAt, user: body.user } };
    return response.status === 401 || response.status === 403 ? { kind: 'ended' } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

/** POST /auth/sign-out: ends the session on the server and clears the cookie. Best effort: the tab signs out anyway. */
export async function requestSignOut(fetchImpl: typeof fetch, base: string, language: Language): Promise<void> {
  try {
    await post(fetchImpl, `${base}/sign-out`, {}, language);
  } catch {
    // Offline: this tab and the others still drop their tokens; the cookie outlives them until it expires.
  }
}

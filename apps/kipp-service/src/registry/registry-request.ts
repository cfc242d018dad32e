import { INTERNAL_TOKEN_HEADER, issueInternalToken, SimpulError } from '@simpul/service-kit';
import type { DirectoryCallScope } from './unit-directory';

const unreachable = (detail: string) =>
  new SimpulError('INTERNAL_SERVER_ERROR', {
    en: `The registry could not be reached (${detail}); try again shortly.`,
    id: `Registri tidak dapat dihubungi (${detail}); coba lagi sebentar lagi.`,
  });

/** One GraphQL request to the registry subgraph, with an internal token carrying the original caller. */
export async function askRegistry<T>(url: string, secret: string, scope: DirectoryCallScope, query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: issueInternalToken(scope.caller, secret, scope.requestId) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw unreachable((error as Error).message);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) throw unreachable(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';
import { SimpulError } from '../errors/simpul-error';

/** Who a service-to-service call is made for: the original caller and request id. */
export interface SubgraphCallScope {
  caller: Caller;
  requestId: string;
}

/**
 * Calls another subgraph directly over HTTP with an internal token that carries the original
 * caller, so the other service applies its own visibility rules. Any failure (unreachable, HTTP
 * error, GraphQL error) becomes one INTERNAL_SERVER_ERROR naming the service.
 */
export class SubgraphClient {
  constructor(
    /** Shown in messages: `registry`, `MPP`. */
    private readonly serviceName: { en: string; id: string },
    private readonly url: string,
    private readonly secret = readSecret('INTERNAL_SECRET'),
  ) {}

  private unreachable(detail: string): SimpulError {
    return new SimpulError('INTERNAL_SERVER_ERROR', {
      en: `The ${this.serviceName.en} could not be reached (${detail}); try again shortly.`,
      id: `${this.serviceName.id} tidak dapat dihubungi (${detail}); coba lagi sebentar lagi.`,
    });
  }

  async request<T>(query: string, variables: Record<string, unknown>, scope: SubgraphCallScope): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: issueInternalToken(scope.caller, this.secret, scope.requestId),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw this.unreachable((error as Error).message);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) throw this.unreachable(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return body.data;
  }
}

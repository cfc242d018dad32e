import { randomUUID } from 'node:crypto';
import type { Fetcher } from '@apollo/utils.fetcher';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '@simpul/service-kit';
import type { TokenState } from '../auth/token-state-cache';
import type { PluginState } from '../plugins/plugin-state-check';
import { subgraphFetcher } from '../graphql/subgraph-fetcher';
import { REQUEST_ID_HEADER } from '../request/request-state';

/** An answer of the registry's internal REST API: its status and parsed JSON body (undefined when empty). */
export interface InternalAnswer {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

export interface InternalCallContext {
  requestId?: string;
  /** The client's address as the gateway computed it, for the registry's sign-in throttling. */
  clientAddress?: string;
}

/**
 * The registry's internal endpoints beside its /graphql (sessions, token state). Like a subgraph
 * operation, each call carries a freshly minted internal token — for the public caller: these
 * calls act for whoever holds the password or the refresh token, not for a signed-in person.
 */
export class RegistryInternalClient {
  private readonly fetcher: Fetcher;

  constructor(
    private readonly registryUrl: string,
    private readonly internalSecret: string,
    fetcher?: Fetcher,
  ) {
    this.fetcher = fetcher ?? subgraphFetcher({ maxSockets: 16 });
  }

  async call(method: 'GET' | 'POST', path: string, body: unknown, context: InternalCallContext = {}): Promise<InternalAnswer> {
    const requestId = context.requestId ?? randomUUID();
    const headers: Record<string, string> = {
      accept: 'application/json',
      [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, this.internalSecret, requestId),
      [REQUEST_ID_HEADER]: requestId,
    };
    if (context.clientAddress) headers['x-forwarded-for'] = context.clientAddress;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await this.fetcher(new URL(path, this.registryUrl).toString(), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, retryAfter: response.headers.get('retry-after') };
  }

  /** The user's token version and whether they may sign in; `null` for a user the registry does not know. */
  async tokenState(userId: string, context: InternalCallContext = {}): Promise<TokenState | null> {
    const answer = await this.call('GET', `/internal/users/${encodeURIComponent(userId)}/token-state`, undefined, context);
    if (answer.status === 404) return null;
    const body = answer.body as Partial<TokenState> | undefined;
    if (answer.status !== 200 || typeof body?.tokenVersion !== 'number' || typeof body.active !== 'boolean') {
      throw new Error(`the registry answered the token state with HTTP ${answer.status}`);
    }
    return { tokenVersion: body.tokenVersion, active: body.active };
  }

  /** A desk plugin's review status (`APPROVED`, `SUSPENDED`, …); `null` for a plugin the registry does not know. */
  async pluginState(pluginId: string, context: InternalCallContext = {}): Promise<PluginState | null> {
    const answer = await this.call('GET', `/internal/plugins/${encodeURIComponent(pluginId)}/state`, undefined, context);
    if (answer.status === 404) return null;
    const body = answer.body as Partial<PluginState> | undefined;
    if (answer.status !== 200 || typeof body?.status !== 'string') {
      throw new Error(`the registry answered the plugin state with HTTP ${answer.status}`);
    }
    return { status: body.status };
  }
}

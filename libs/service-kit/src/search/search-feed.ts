import http from 'node:http';
import https from 'node:https';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';
import { badUserInput } from '../errors/simpul-error';
import { requireUuid } from '../require-uuid';
import { SEARCH_FEED_MAX_LIMIT, SEARCH_FEED_PATH, type SearchFeedPage } from './search-document';

/** What a feed is asked: rows changed since (all when null), a page after the id `after`. */
export interface SearchFeedQuery {
  since: Date | null;
  after: string | null;
  limit: number;
}

/** Reads `?since=<iso>&after=<id>&limit=` of GET /internal/search-documents; BAD_USER_INPUT on the field otherwise. */
export function searchFeedQuery(query: Record<string, unknown>): SearchFeedQuery {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? query[name] : null);
  const sinceText = text('since');
  const since = sinceText === null ? null : new Date(sinceText);
  if (since && Number.isNaN(since.getTime())) {
    throw badUserInput('since', 'since must be an ISO 8601 time.', 'since harus waktu ISO 8601.');
  }
  const limitText = text('limit');
  const limit = limitText === null ? SEARCH_FEED_MAX_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_FEED_MAX_LIMIT) {
    throw badUserInput(
      'limit',
      `limit must be between 1 and ${SEARCH_FEED_MAX_LIMIT}.`,
      `limit harus antara 1 dan ${SEARCH_FEED_MAX_LIMIT}.`,
    );
  }
  const after = text('after');
  if (after !== null) requireUuid(after, 'after');
  return { since, after, limit };
}

/** The cursor of the next page: the last id when the page is full. */
export function nextFeedCursor(ids: readonly string[], limit: number): string | null {
  return ids.length === limit ? (ids.at(-1) ?? null) : null;
}

/** One service the registry pulls public search documents from. */
export interface SearchFeedSource {
  /** `kipp`, `mpp`, `evaluation`: also the `source` of its rows in the index. */
  readonly name: string;
  page(query: SearchFeedQuery): Promise<SearchFeedPage>;
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 4 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 4 }),
};

/** Asks one service `GET /internal/search-documents` with an internal token (no caller: only public rows). */
export class HttpSearchFeedSource implements SearchFeedSource {
  private readonly endpoint: URL;

  constructor(
    readonly name: string,
    graphqlUrl: string,
    private readonly secret?: string,
    private readonly timeoutMs = 30_000,
  ) {
    this.endpoint = new URL(SEARCH_FEED_PATH, graphqlUrl);
  }

  page(query: SearchFeedQuery): Promise<SearchFeedPage> {
    const url = new URL(this.endpoint);
    url.searchParams.set('limit', String(query.limit));
    if (query.since) url.searchParams.set('since', query.since.toISOString());
    if (query.after) url.searchParams.set('after', query.after);
    const token = issueInternalToken(null, this.secret ?? readSecret('INTERNAL_SECRET'), `search-sync-${Date.now()}`);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<SearchFeedPage>((resolve, reject) => {
      const request = client.get(
        url,
        { agent: agents[url.protocol as keyof typeof agents], headers: { [INTERNAL_TOKEN_HEADER]: token, accept: 'application/json' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<SearchFeedPage> & {
                errors?: { message?: string }[];
              };
              if (response.statusCode !== 200 || !Array.isArray(body.documents)) {
                reject(new Error(body.errors?.[0]?.message ?? `HTTP ${response.statusCode}`));
              } else {
                resolve({ documents: body.documents, next: body.next ?? null });
              }
            } catch {
              reject(new Error(`HTTP ${response.statusCode}, not JSON`));
            }
          });
        },
      );
      request.setTimeout(this.timeoutMs, () => request.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      request.on('error', reject);
    });
  }
}

/** The services whose public rows are searched, at KIPP_URL, MPP_URL and EVALUATION_URL (default: the local ports). */
export const SEARCH_FEED_SERVICES = [
  { name: 'evaluation', urlVariable: 'EVALUATION_URL', defaultUrl: 'http://127.0.0.1:4102/graphql' },
  { name: 'kipp', urlVariable: 'KIPP_URL', defaultUrl: 'http://127.0.0.1:4103/graphql' },
  { name: 'mpp', urlVariable: 'MPP_URL', defaultUrl: 'http://127.0.0.1:4104/graphql' },
] as const;

export function searchFeedSourcesFromEnv(env: NodeJS.ProcessEnv = process.env): SearchFeedSource[] {
  return SEARCH_FEED_SERVICES.map((service) => new HttpSearchFeedSource(service.name, env[service.urlVariable] || service.defaultUrl));
}

import http from 'node:http';
import https from 'node:https';
import type { Identity } from '@simpul/contracts';
import { SUBGRAPH_SOCKET_IDLE_MS } from '../app/create-subgraph-app';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import { readSecret } from '../auth/secrets';
import type { RawTask } from './task-feed';

/** The path beside each service's /graphql where it answers the caller's tasks: `{ tasks: Task[] }`. */
export const TASKS_PATH = '/internal/tasks';

/** One service that owns work: it decides, for the caller, which of its tasks there are. */
export interface TaskSource {
  /** Named in warnings: `evaluation`, `kipp`, … */
  readonly name: string;
  tasksFor(caller: Identity, requestId: string): Promise<RawTask[]>;
}

/** The services with work, their URL variable and the local port they listen on by default. */
export const TASK_SOURCE_SERVICES = [
  { name: 'evaluation', urlVariable: 'EVALUATION_URL', defaultUrl: 'http://127.0.0.1:4102/graphql' },
  { name: 'kipp', urlVariable: 'KIPP_URL', defaultUrl: 'http://127.0.0.1:4103/graphql' },
  { name: 'mpp', urlVariable: 'MPP_URL', defaultUrl: 'http://127.0.0.1:4104/graphql' },
  { name: 'skm', urlVariable: 'SKM_URL', defaultUrl: 'http://127.0.0.1:4105/graphql' },
] as const;

// Connections stay open between requests: "Tugas saya" asks four services on every home page. An idle
// socket is closed here before the service would close it (as the gateway's are), so a request is
// never written onto a socket the service is closing.
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 64, timeout: SUBGRAPH_SOCKET_IDLE_MS };
const agents = { 'http:': new http.Agent(AGENT_OPTIONS), 'https:': new https.Agent(AGENT_OPTIONS) };

/** Asks one service `GET /internal/tasks` with an internal token that carries the caller. */
export class HttpTaskSource implements TaskSource {
  private readonly endpoint: URL;

  constructor(
    readonly name: string,
    graphqlUrl: string,
    private readonly secret?: string,
    private readonly timeoutMs = 5_000,
  ) {
    // Beside the service's GraphQL address, as NotificationClient finds /internal/notifications.
    this.endpoint = new URL(TASKS_PATH, graphqlUrl);
  }

  tasksFor(caller: Identity, requestId: string): Promise<RawTask[]> {
    const token = issueInternalToken(caller, this.secret ?? readSecret('INTERNAL_SECRET'), requestId);
    const client = this.endpoint.protocol === 'https:' ? https : http;
    return new Promise<RawTask[]>((resolve, reject) => {
      const request = client.get(
        this.endpoint,
        {
          agent: agents[this.endpoint.protocol as keyof typeof agents],
          headers: { [INTERNAL_TOKEN_HEADER]: token, accept: 'application/json' },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { tasks?: unknown; errors?: { message?: string }[] };
              if (response.statusCode !== 200 || !Array.isArray(body.tasks)) {
                reject(new Error(body.errors?.[0]?.message ?? `HTTP ${response.statusCode}`));
              } else {
                resolve(body.tasks as RawTask[]);
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

/** The four services at EVALUATION_URL, KIPP_URL, MPP_URL and SKM_URL (default: the local ports). */
export function taskSourcesFromEnv(env: NodeJS.ProcessEnv = process.env): TaskSource[] {
  return TASK_SOURCE_SERVICES.map((service) => new HttpTaskSource(service.name, env[service.urlVariable] || service.defaultUrl));
}

/**
 * Asks every source at once. A source that cannot be reached or answers an error is left out with a
 * warning: a person's home must not fail because one module is down.
 */
export async function gatherTasks(
  sources: readonly TaskSource[],
  caller: Identity,
  requestId: string,
  warn: (message: string) => void,
): Promise<RawTask[][]> {
  const answers = await Promise.allSettled(sources.map((source) => source.tasksFor(caller, requestId)));
  return answers.map((answer, index) => {
    if (answer.status === 'fulfilled') return answer.value;
    const reason = answer.reason instanceof Error ? answer.reason.message : String(answer.reason);
    warn(`"Tugas saya" leaves out the ${sources[index].name} service's tasks (request ${requestId}): ${reason}`);
    return [];
  });
}

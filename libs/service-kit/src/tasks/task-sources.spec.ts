import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Identity } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from '../auth/internal-token';
import { gatherTasks, HttpTaskSource, taskSourcesFromEnv } from './task-sources';

const SECRET = 'task-sources-test-secret-that-is-long-enough';
const desk: Identity = {
  userId: 'u1',
  email: 'desk@simpul.test',
  displayName: 'Desk',
  role: 'UNIT_DESK',
  serviceUnitId: 's1',
  mallId: null,
};
const task = {
  id: 'skm:1',
  title: { id: 'Kumpulkan', en: 'Collect' },
  detail: null,
  module: 'SKM',
  dueDate: '2027-01-03T00:00:00.000Z',
  status: 'TODO',
  progress: null,
  url: '/skm',
};

describe("asking the services for the caller's tasks", () => {
  let server: http.Server;
  let broken: http.Server;
  let base: string;
  let brokenBase: string;
  const seen: { path?: string; caller?: unknown; requestId?: string }[] = [];

  const listen = async (handler: http.RequestListener): Promise<[http.Server, string]> => {
    const listening = http.createServer(handler);
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    return [listening, `http://127.0.0.1:${(listening.address() as AddressInfo).port}`];
  };

  beforeAll(async () => {
    [server, base] = await listen((req, res) => {
      const check = readInternalToken(req.headers[INTERNAL_TOKEN_HEADER] as string | undefined, SECRET);
      seen.push({ path: req.url, caller: check.ok ? check.caller : undefined, requestId: check.ok ? check.requestId : undefined });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ tasks: [task] }));
    });
    [broken, brokenBase] = await listen((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'database is down' }] }));
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await new Promise<void>((resolve) => broken.close(() => resolve()));
  });

  it('calls GET /internal/tasks beside /graphql with an internal token carrying the caller and request id', async () => {
    const tasks = await new HttpTaskSource('skm', `${base}/graphql`, SECRET).tasksFor(desk, 'req-1');
    expect(tasks).toEqual([task]);
    expect(seen.at(-1)).toEqual({ path: '/internal/tasks', caller: desk, requestId: 'req-1' });
  });

  it('leaves out, with a warning, a service that answers an error or cannot be reached, and keeps the others', async () => {
    const warnings: string[] = [];
    const lists = await gatherTasks(
      [
        new HttpTaskSource('evaluation', `${base}/graphql`, SECRET),
        new HttpTaskSource('kipp', `${brokenBase}/graphql`, SECRET),
        new HttpTaskSource('mpp', 'http://127.0.0.1:9/graphql', SECRET),
      ],
      desk,
      'req-2',
      (message) => warnings.push(message),
    );
    expect(lists).toEqual([[task], [], []]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/kipp.*req-2.*database is down/);
    expect(warnings[1]).toMatch(/mpp.*req-2/);
  });

  it('asks the four services with work', () => {
    expect(taskSourcesFromEnv({ SKM_URL: 'http://skm:4105/graphql' }).map((source) => source.name)).toEqual([
      'evaluation',
      'kipp',
      'mpp',
      'skm',
    ]);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

describe('subgraphFetcher', () => {
  let server: http.Server;
  let url: string;
  const seen: { body: string; headers: http.IncomingHttpHeaders; socketPort: number | undefined }[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers, socketPort: request.socket.remotePort });
        const status = request.url === '/refuse' ? 401 : 200;
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': ['a=1', 'b=2'] });
        response.end(JSON.stringify({ data: { echo: seen.at(-1)?.body } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body with its headers and reads the JSON answer', async () => {
    const fetcher = subgraphFetcher();
    const response = await fetcher(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-simpul-internal': 'token' },
      body: '{"query":"{ a }"}',
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
    expect(seen.at(-1)?.headers['x-simpul-internal']).toBe('token');
    expect(seen.at(-1)?.headers['content-length']).toBe('17');
  });

  it('keeps every header value a subgraph repeats', async () => {
    const response = await subgraphFetcher()(`${url}/graphql`, { method: 'POST', body: '{}' });
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
  });

  it('reuses one connection for consecutive calls (keep-alive)', async () => {
    const fetcher = subgraphFetcher();
    await (await fetcher(`${url}/graphql`, { method: 'POST', body: '{}' })).text();
    await (await fetcher(`${url}/graphql`, { method: 'POST', body: '{}' })).text();
    const [first, second] = seen.slice(-2);
    expect(second?.socketPort).toBe(first?.socketPort);
  });

  it('reports a refusal as a response that is not ok, with the body still readable', async () => {
    const response = await subgraphFetcher()(`${url}/refuse`, { method: 'POST', body: 'x' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(401);
    expect(await response.clone().text()).toContain('echo');
  });

  it('rejects when nothing listens at the address', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(subgraphFetcher()(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});

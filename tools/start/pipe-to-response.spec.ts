import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

// A file or an upstream answer streamed to a browser that has already gone must neither throw
// (Node's pipeline refuses a destroyed destination) nor leave the source open.
const load = () => import('./pipe-to-response.mjs');

describe('streaming to a response', () => {
  it('sends the body to a browser that is still there', async () => {
    const { pipeToResponse } = await load();
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      pipeToResponse(Readable.from(['Mal ', 'Pelayanan ', 'Publik']), res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await response.text()).toBe('Mal Pelayanan Publik');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('does nothing, and closes the source, when the browser closed the response before the body was ready', async () => {
    const { pipeToResponse } = await load();
    const outcome = new Promise<{ threw: unknown; sourceDestroyed: boolean }>((resolve) => {
      const server = http.createServer((_req, res) => {
        res.destroy();
        const source = Readable.from(['never sent']);
        let threw: unknown = null;
        try {
          pipeToResponse(source, res);
        } catch (error) {
          threw = error;
        }
        resolve({ threw, sourceDestroyed: source.destroyed });
        server.close();
      });
      server.listen(0, '127.0.0.1', () => {
        fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).catch(() => undefined);
      });
    });
    expect(await outcome).toEqual({ threw: null, sourceDestroyed: true });
  });
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from '@simpul/service-kit';
import express from 'express';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { closedPort, TEST_SUBGRAPH_SDL } from '../testing/test-subgraph';

const jwtSecret = 'files-spec-access-secret-0123456789';
const internalSecret = 'files-spec-internal-secret-0123456789';
const DOCUMENT = '0b6f3c8e-1c0e-4a51-9c39-1f1b1f5d2a11';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJraW5kIjoiZXZpZGVuY2UtZG93bmxvYWQifQ.c2lnbmF0dXJl';
// Larger than any socket buffer: it arrives in many chunks, as a real scan would.
const BYTES = Buffer.alloc(3 * 1024 * 1024 + 7, 0x25);

interface Seen {
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** The evaluation subgraph's file route as the gateway meets it: refuses calls without an internal token, records what it got. */
async function startFileOrigin(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const app = express();
  app.get(['/files/evidence/:documentId', '/files/evidence/:documentId/:fileName'], (req, res) => {
    seen.push({ path: req.path, query: { ...req.query }, headers: { ...req.headers } });
    const header = req.headers[INTERNAL_TOKEN_HEADER];
    if (!readInternalToken(typeof header === 'string' ? header : undefined, internalSecret).ok) {
      res.status(401).json({ errors: [{ message: 'gateway only', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (req.query.token === 'expired') {
      res
        .status(410)
        .set('cache-control', 'no-store')
        .json({
          errors: [
            {
              message: 'expired',
              extensions: { code: 'FORBIDDEN', messages: { en: 'This link has expired.', id: 'Tautan ini sudah kedaluwarsa.' } },
            },
          ],
        });
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(BYTES.length),
      'content-disposition': `inline; filename="bukti.pdf"; filename*=UTF-8''bukti.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': 'sandbox',
      'referrer-policy': 'no-referrer',
      // Neither may reach the browser.
      'set-cookie': 'tracking=1',
      'x-internal-detail': 'evaluation-replica-2',
    });
    res.end(req.method === 'HEAD' ? undefined : BYTES);
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const supergraphWithEvaluationAt = (url: string) => composeTestSupergraph([{ name: 'evaluation', url, sdl: TEST_SUBGRAPH_SDL }]);

describe('GET /files/evidence/:documentId through the gateway', () => {
  let origin: Awaited<ReturnType<typeof startFileOrigin>>;
  let gateway: TestGateway;

  beforeAll(async () => {
    origin = await startFileOrigin();
    gateway = await startTestGateway({ supergraphSdl: supergraphWithEvaluationAt(origin.url), jwtSecret, internalSecret });
  });
  afterAll(async () => {
    await gateway?.close();
    await origin?.close();
  });

  it('streams the bytes with only the file headers, asking the evaluation service as the public with the link token alone', async () => {
    const response = await fetch(`${gateway.url}/files/evidence/${DOCUMENT}?token=${TOKEN}&download=1`, {
      headers: { authorization: 'Bearer not-even-checked', cookie: 'simpul_session=secret', 'x-request-id': 'files-spec-1' },
    });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(BYTES)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(BYTES.length));
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="bukti.pdf"; filename*=UTF-8''bukti.pdf`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-internal-detail')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('files-spec-1');

    const [request] = origin.seen.slice(-1);
    expect(request.path).toBe(`/files/evidence/${DOCUMENT}`);
    expect(request.query).toEqual({ token: TOKEN });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers['x-request-id']).toBe('files-spec-1');
    const internal = readInternalToken(request.headers[INTERNAL_TOKEN_HEADER] as string, internalSecret);
    expect(internal).toEqual({ ok: true, caller: null, requestId: 'files-spec-1' });
  });

  it("passes a link's file name on as the last segment of the path, as the evaluation service issued it", async () => {
    const response = await fetch(`${gateway.url}/files/evidence/${DOCUMENT}/SK%20Standar%20Pelayanan.pdf?token=${TOKEN}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(BYTES)).toBe(true);
    const [request] = origin.seen.slice(-1);
    expect(request.path).toBe(`/files/evidence/${DOCUMENT}/SK%20Standar%20Pelayanan.pdf`);
    expect(request.query).toEqual({ token: TOKEN });
  });

  it("passes the service's refusal on with its status and body, never cached", async () => {
    const response = await fetch(`${gateway.url}/files/evidence/${DOCUMENT}?token=expired`);
    expect(response.status).toBe(410);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'expired',
          extensions: { code: 'FORBIDDEN', messages: { en: 'This link has expired.', id: 'Tautan ini sudah kedaluwarsa.' } },
        },
      ],
    });
  });

  it('logs one line per file without the token', async () => {
    await fetch(`${gateway.url}/files/evidence/${DOCUMENT}?token=${TOKEN}`, { headers: { 'x-request-id': 'files-spec-log' } }).then((r) =>
      r.arrayBuffer(),
    );
    const line = gateway.logs.find((entry) => entry.requestId === 'files-spec-log');
    expect(line).toMatchObject({ msg: 'file request', path: '/files/evidence/:documentId', status: 200 });
    expect(JSON.stringify(gateway.logs)).not.toContain(TOKEN);
  });

  it('answers 503 in both languages when the evaluation service cannot be reached', async () => {
    const down = await startTestGateway({
      supergraphSdl: supergraphWithEvaluationAt(`http://127.0.0.1:${await closedPort()}/graphql`),
      jwtSecret,
      internalSecret,
    });
    try {
      const response = await fetch(`${down.url}/files/evidence/${DOCUMENT}?token=${TOKEN}`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'The file service is unavailable; try again shortly.',
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              messages: {
                en: 'The file service is unavailable; try again shortly.',
                id: 'Layanan berkas sedang tidak tersedia; coba lagi sebentar lagi.',
              },
            },
          },
        ],
      });
    } finally {
      await down.close();
    }
  });

  it('finds the evaluation service through EVALUATION_URL, beside its /graphql', async () => {
    const moved = await startTestGateway({
      supergraphSdl: supergraphWithEvaluationAt(`http://127.0.0.1:${await closedPort()}/graphql`),
      jwtSecret,
      internalSecret,
      env: { EVALUATION_URL: origin.url },
    });
    try {
      const response = await fetch(`${moved.url}/files/evidence/${DOCUMENT}?token=${TOKEN}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBe(BYTES.length);
    } finally {
      await moved.close();
    }
  });
});

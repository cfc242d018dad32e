import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { Identity } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from './internal-token';
import { internalAuthMiddleware, type SubgraphRequest } from './internal-auth.middleware';

const secret = 'internal-secret-for-this-test-0123456789';
const admin: Identity = { userId: 'u1', email: 'a@x', displayName: 'A', role: 'NATIONAL_ADMIN', serviceUnitId: null, mallId: null };

describe('internalAuthMiddleware (real HTTP)', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.use(internalAuthMiddleware(secret));
    app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
    app.post('/graphql', (req: SubgraphRequest, res) => void res.json(req.simpul ?? null));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a request without a token with 401 and a GraphQL-shaped error', async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'Requests must come through the Simpul gateway', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('refuses an expired token', async () => {
    const token = issueInternalToken(admin, secret, 'r', Date.now() - 120_000);
    expect((await fetch(`${url}/graphql`, { method: 'POST', headers: { [INTERNAL_TOKEN_HEADER]: token } })).status).toBe(401);
  });

  it('passes the caller and request id on', async () => {
    const token = issueInternalToken(admin, secret, 'req-7');
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { [INTERNAL_TOKEN_HEADER]: token } });
    expect(await response.json()).toEqual({ caller: admin, requestId: 'req-7' });
  });

  it('leaves GET /health open', async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});

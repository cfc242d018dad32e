import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { sendRestError } from './rest-error';
import { badUserInput, rateLimited } from './simpul-error';

// A real express server whose routes answer with sendRestError, asked over HTTP.
describe('a REST error in the GraphQL error shape', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    app.get('/limited', (_req, res) => sendRestError(res, rateLimited(12.4, 'Too many calls.', 'Terlalu banyak panggilan.')));
    app.get('/bad', (_req, res) => sendRestError(res, badUserInput('ticket', 'Give the ticket.', 'Isi nomor tiket.')));
    server = await new Promise<Server>((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('RATE_LIMITED is 429 and says when to try again', async () => {
    const response = await fetch(`${base}/limited`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('13');
    expect(await response.json()).toEqual({
      errors: [{ message: 'Too many calls.', extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: 12.4 }) }],
    });
  });

  it('BAD_USER_INPUT is 400 with the field and both languages, and no Retry-After', async () => {
    const response = await fetch(`${base}/bad`);
    expect(response.status).toBe(400);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Give the ticket.',
          extensions: expect.objectContaining({ field: 'ticket', messages: { en: 'Give the ticket.', id: 'Isi nomor tiket.' } }),
        },
      ],
    });
  });
});

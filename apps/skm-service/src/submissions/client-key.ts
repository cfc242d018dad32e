import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * The client a public request comes from, for rate limits and burst detection. Requests reach the
 * service only through the gateway or the portal's proxy (internal token), which pass the client's
 * address in X-Forwarded-For; without one, the socket address is the client.
 */
export function clientAddress(req: Request): string {
  const forwarded = req.header('x-forwarded-for');
  const first = forwarded?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}

const store = new AsyncLocalStorage<string>();

/** Express middleware keeping the client address for resolvers (the GraphQL context carries no request). */
export function clientAddressMiddleware(req: Request, _res: Response, next: NextFunction): void {
  store.run(clientAddress(req), next);
}

export function currentClientAddress(): string {
  return store.getStore() ?? 'unknown';
}

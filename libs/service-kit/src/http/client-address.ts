import type { Request } from 'express';

/**
 * The client a request comes from, for throttling and rate limits. Requests reach a subgraph only
 * through the gateway or the portal's proxy (internal token), which pass the client's address as the
 * first value of X-Forwarded-For; without one, the socket address is the client.
 */
export function clientAddressOf(req: Pick<Request, 'header' | 'socket'>): string {
  return req.header('x-forwarded-for')?.split(',')[0]?.trim() || req.socket.remoteAddress || 'unknown';
}

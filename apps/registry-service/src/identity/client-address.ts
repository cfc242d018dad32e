import type { Request } from 'express';

/**
 * The client a sign-in comes from, for throttling. Requests reach the registry only through the
 * gateway or the portal (internal token), which send the client's address as the one value of
 * X-Forwarded-For; without one, the socket address is the client. (GraphQL resolvers read the same
 * value from the context's `clientAddress`.)
 */
export function clientAddressOf(req: Request): string {
  return req.header('x-forwarded-for')?.split(',')[0]?.trim() || req.socket.remoteAddress || 'unknown';
}

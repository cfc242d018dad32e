import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from './internal-token';

/** What the middleware attaches to each accepted request. */
export interface RequestCaller {
  caller: Caller;
  requestId: string;
}

export type SubgraphRequest = Request & { simpul?: RequestCaller };

export const GATEWAY_ONLY_MESSAGE = 'Requests must come through the Simpul gateway';

/**
 * Refuses every request that does not carry a valid internal token from the gateway (HTTP 401 with a
 * GraphQL-shaped body), except the open paths (GET /health). Accepted requests carry their Caller.
 */
export function internalAuthMiddleware(secret: string, openPaths: readonly string[] = ['/health']) {
  return (req: SubgraphRequest, res: Response, next: NextFunction): void => {
    if ((req.method === 'GET' || req.method === 'HEAD') && openPaths.includes(req.path)) {
      next();
      return;
    }
    const check = readInternalToken(req.header(INTERNAL_TOKEN_HEADER), secret);
    if (!check.ok) {
      res.status(401).json({
        errors: [
          {
            message: GATEWAY_ONLY_MESSAGE,
            extensions: {
              code: 'UNAUTHENTICATED',
              messages: { en: GATEWAY_ONLY_MESSAGE, id: 'Permintaan harus melalui gateway Simpul' },
            },
          },
        ],
      });
      return;
    }
    req.simpul = { caller: check.caller, requestId: check.requestId || randomUUID() };
    next();
  };
}

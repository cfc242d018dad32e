import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogLine } from '../config/gateway-config';
import { REQUEST_ID_HEADER, requestStateOf } from './request-state';

type Next = (error?: unknown) => void;

/**
 * Gives every request its id (echoed in `x-request-id`) and writes one JSON line per GraphQL request
 * when the response is done; the GraphQL layer fills in the operation, role and error codes.
 */
export function requestLogMiddleware(log: (line: LogLine) => void, graphqlPath = '/graphql') {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const state = requestStateOf(req);
    res.setHeader(REQUEST_ID_HEADER, state.requestId);
    const path = (req.url ?? '').split('?')[0];
    if (path === graphqlPath && req.method !== 'OPTIONS') {
      // 'close' also fires when the client goes away before the answer, which is worth a line too.
      res.once('close', () => {
        log({
          level: 'info',
          msg: 'graphql request',
          requestId: state.requestId,
          operationName: state.operationName,
          durationMs: Math.round(Number(process.hrtime.bigint() - state.startedAt) / 1e4) / 100,
          status: res.statusCode,
          errorCodes: state.errorCodes,
          role: state.role ?? 'PUBLIC',
          ...(res.writableFinished ? {} : { aborted: true }),
        });
      });
    }
    next();
  };
}

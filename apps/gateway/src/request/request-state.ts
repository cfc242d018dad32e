import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Role } from '@simpul/contracts';

/** What the gateway learns about one HTTP request while serving it; logged as one line at the end. */
export interface RequestState {
  requestId: string;
  startedAt: bigint;
  role: Role | null;
  operationName: string | null;
  errorCodes: string[];
}

export const REQUEST_ID_HEADER = 'x-request-id';

const states = new WeakMap<IncomingMessage, RequestState>();

/** An incoming id is kept so one id follows a request across the portal, gateway and subgraphs. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  // Only short, log-safe ids are trusted; anything else could forge or break log lines.
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

export function requestStateOf(req: IncomingMessage): RequestState {
  let state = states.get(req);
  if (!state) {
    state = {
      requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]),
      startedAt: process.hrtime.bigint(),
      role: null,
      operationName: null,
      errorCodes: [],
    };
    states.set(req, state);
  }
  return state;
}

export function recordErrorCode(state: RequestState, code: string): void {
  if (!state.errorCodes.includes(code)) state.errorCodes.push(code);
}

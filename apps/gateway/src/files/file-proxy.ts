import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import type { Request, Response } from 'express';
import type { LocalizedMessage } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, SUBGRAPH_SOCKET_IDLE_MS } from '@simpul/service-kit';
import type { LogLine } from '../config/gateway-config';
import { REQUEST_ID_HEADER, requestStateOf } from '../request/request-state';
import { errorBody } from '../session/session-errors';

/**
 * What of a subgraph's file response reaches the browser: the bytes' description and the headers
 * that keep the file in its place. Nothing else (no Set-Cookie, no server details).
 */
const PASSED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-security-policy',
  'x-content-type-options',
  'cache-control',
  'referrer-policy',
] as const;

export const FILES_UNAVAILABLE: LocalizedMessage = {
  id: 'Layanan berkas sedang tidak tersedia; coba lagi sebentar lagi.',
  en: 'The file service is unavailable; try again shortly.',
};

export interface FileProxyOptions {
  internalSecret: string;
  log: (line: LogLine) => void;
}

/** Pooled keep-alive connections to the subgraphs, closed idle before the subgraph would (as subgraphFetcher does). */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 32, timeout: SUBGRAPH_SOCKET_IDLE_MS };
const agents = { 'http:': new http.Agent(AGENT_OPTIONS), 'https:': new https.Agent(AGENT_OPTIONS) };

function passedHeaders(upstream: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PASSED_RESPONSE_HEADERS) {
    const value = upstream[name];
    if (typeof value === 'string') out[name] = value;
  }
  // A file or a refusal of one is never stored on the way, whatever the subgraph said.
  out['cache-control'] ??= 'no-store';
  return out;
}

/**
 * Streams a subgraph's REST file route to the browser. The request goes as the public (an internal
 * token with no caller): the route's own signed token in `target` is the authorisation, and the
 * browser's headers — cookies, Authorization — are not forwarded. `logPath` names the route in the
 * log line without the token.
 */
export function proxyFile(req: Request, res: Response, target: URL, logPath: string, options: FileProxyOptions): void {
  const state = requestStateOf(req);
  const finish = (status: number, extra: LogLine = {}) =>
    options.log({
      level: 'info',
      msg: 'file request',
      requestId: state.requestId,
      path: logPath,
      status,
      durationMs: Math.round(Number(process.hrtime.bigint() - state.startedAt) / 1e4) / 100,
      ...extra,
    });
  const headers: Record<string, string> = {
    [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, options.internalSecret, state.requestId),
    [REQUEST_ID_HEADER]: state.requestId,
  };
  const client = req.ip ?? req.socket.remoteAddress;
  if (client) headers['x-forwarded-for'] = client;
  const transport = target.protocol === 'https:' ? https : http;
  const upstream = transport.request(
    target,
    { method: req.method === 'HEAD' ? 'HEAD' : 'GET', headers, agent: target.protocol === 'https:' ? agents['https:'] : agents['http:'] },
    (answer) => {
      // The browser may have gone before the subgraph answered.
      if (res.destroyed) return answer.destroy();
      const status = answer.statusCode ?? 502;
      res.writeHead(status, passedHeaders(answer.headers));
      pipeline(answer, res, (error) => finish(status, error ? { aborted: true } : {}));
    },
  );
  // A browser that goes away cancels the transfer instead of leaving the subgraph sending.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.on('error', (error) => {
    if (res.destroyed) return;
    if (res.headersSent) return void res.destroy();
    options.log({ level: 'warn', msg: 'file service unreachable', requestId: state.requestId, path: logPath, error: error.message });
    res.status(503).set('cache-control', 'no-store').json(errorBody('INTERNAL_SERVER_ERROR', FILES_UNAVAILABLE));
    finish(503);
  });
  upstream.end();
}

import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GATEWAY_CONFIG } from '../app/gateway-config.token';
import type { GatewayConfig } from '../config/gateway-config';
import { RegistryInternalClient, type InternalAnswer } from '../registry/registry-internal-client';
import { requestStateOf } from '../request/request-state';
import { cameOverHttps, isJsonRequest, refusedAsCrossSite } from './cross-site';
import { clearedSessionCookie, sessionCookie, sessionTokenFrom } from './session-cookie';
import {
  CROSS_SITE,
  errorBody,
  MISSING_CREDENTIALS,
  NO_SESSION,
  NOT_JSON,
  REGISTRY_UNAVAILABLE,
  registryErrorBody,
  type ErrorBody,
} from './session-errors';

interface SessionAnswer {
  accessToken: string;
  expiresAt: string;
  refreshToken?: string;
  refreshExpiresAt?: string;
  user: unknown;
}

function isSessionAnswer(body: unknown): body is SessionAnswer {
  const value = body as Partial<SessionAnswer> | undefined;
  return (
    typeof value?.accessToken === 'string' && typeof value.expiresAt === 'string' && typeof value.user === 'object' && value.user !== null
  );
}

/**
 * Portal sessions, reached through the portal's same-origin proxy: the refresh token lives only in
 * an httpOnly, SameSite=Strict cookie on /auth; the page gets a short-lived access token.
 *   POST /auth/sign-in  {email,password} → 200 {accessToken,expiresAt,user} + Set-Cookie
 *   POST /auth/refresh                   → 200 {accessToken,expiresAt,user} | 401 (cookie cleared)
 *   POST /auth/sign-out                  → 204 (session revoked, cookie cleared)
 */
@Controller('auth')
export class SessionController {
  private readonly registry: RegistryInternalClient;

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.registry = new RegistryInternalClient(config.registryUrl, config.internalSecret);
  }

  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.acceptable(req, res)) return;
    const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string' || email.trim() === '' || password === '') {
      return this.send(
        req,
        res,
        400,
        errorBody('BAD_USER_INPUT', MISSING_CREDENTIALS, {
          field: typeof email === 'string' && email.trim() !== '' ? 'password' : 'email',
        }),
      );
    }
    const answer = await this.ask(req, res, '/internal/sessions', { email, password });
    if (!answer) return;
    if (answer.status === 200 && isSessionAnswer(answer.body) && answer.body.refreshToken && answer.body.refreshExpiresAt) {
      res.setHeader('set-cookie', sessionCookie(answer.body.refreshToken, answer.body.refreshExpiresAt, cameOverHttps(req)));
      return this.send(req, res, 200, this.accessOnly(answer.body));
    }
    this.passRefusal(req, res, answer, false);
  }

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.acceptable(req, res)) return;
    const refreshToken = sessionTokenFrom(req.headers.cookie);
    if (!refreshToken) return this.send(req, res, 401, errorBody('UNAUTHENTICATED', NO_SESSION));
    const answer = await this.ask(req, res, '/internal/sessions/refresh', { refreshToken });
    if (!answer) return;
    if (answer.status === 200 && isSessionAnswer(answer.body)) {
      // The registry slides the session's expiry; the cookie follows when it says until when.
      if (answer.body.refreshExpiresAt)
        res.setHeader('set-cookie', sessionCookie(refreshToken, answer.body.refreshExpiresAt, cameOverHttps(req)));
      return this.send(req, res, 200, this.accessOnly(answer.body));
    }
    this.passRefusal(req, res, answer, answer.status === 401);
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.acceptable(req, res)) return;
    const refreshToken = sessionTokenFrom(req.headers.cookie);
    // Forget the cookie whatever the registry says: this browser has signed out.
    res.setHeader('set-cookie', clearedSessionCookie(cameOverHttps(req)));
    if (!refreshToken) return this.send(req, res, 204, undefined);
    const answer = await this.ask(req, res, '/internal/sessions/revoke', { refreshToken });
    if (!answer) return;
    if (answer.status >= 200 && answer.status < 300) return this.send(req, res, 204, undefined);
    this.passRefusal(req, res, answer, false);
  }

  /** Refuses cross-site use and anything but JSON before the registry is asked anything. */
  private acceptable(req: Request, res: Response): boolean {
    res.setHeader('cache-control', 'no-store');
    if (refusedAsCrossSite(req, this.config.portalOrigins)) {
      this.send(req, res, 403, errorBody('FORBIDDEN', CROSS_SITE));
      return false;
    }
    if (!isJsonRequest(req)) {
      this.send(req, res, 415, errorBody('BAD_USER_INPUT', NOT_JSON));
      return false;
    }
    return true;
  }

  /** One call to the registry; an unreachable registry answers 503 here and returns null. */
  private async ask(req: Request, res: Response, path: string, body: unknown): Promise<InternalAnswer | null> {
    const requestId = requestStateOf(req).requestId;
    try {
      return await this.registry.call('POST', path, body, { requestId, clientAddress: req.ip ?? req.socket.remoteAddress });
    } catch (error) {
      this.config.log({
        level: 'warn',
        msg: 'registry unreachable',
        requestId,
        path,
        error: error instanceof Error ? error.message : String(error),
      });
      this.send(req, res, 503, errorBody('INTERNAL_SERVER_ERROR', REGISTRY_UNAVAILABLE));
      return null;
    }
  }

  /** The registry's refusal (UNAUTHENTICATED, RATE_LIMITED with retryAfterSeconds, BAD_USER_INPUT) as it said it. */
  private passRefusal(req: Request, res: Response, answer: InternalAnswer, clearCookie: boolean): void {
    if (clearCookie) res.setHeader('set-cookie', clearedSessionCookie(cameOverHttps(req)));
    const refusal = answer.status >= 400 && answer.status < 500 ? registryErrorBody(answer.body) : null;
    if (!refusal) {
      this.config.log({
        level: 'warn',
        msg: 'registry session answer not understood',
        requestId: requestStateOf(req).requestId,
        status: answer.status,
      });
      return this.send(req, res, 503, errorBody('INTERNAL_SERVER_ERROR', REGISTRY_UNAVAILABLE));
    }
    const retryAfter = refusal.errors[0].extensions.retryAfterSeconds;
    if (answer.status === 429 && typeof retryAfter === 'number') res.setHeader('retry-after', String(Math.ceil(retryAfter)));
    this.send(req, res, answer.status, refusal);
  }

  private accessOnly(body: SessionAnswer): { accessToken: string; expiresAt: string; user: unknown } {
    return { accessToken: body.accessToken, expiresAt: body.expiresAt, user: body.user };
  }

  private send(req: Request, res: Response, status: number, body: ErrorBody | object | undefined): void {
    const codes = body && 'errors' in body ? body.errors.map((error) => error.extensions.code) : [];
    this.config.log({
      level: 'info',
      msg: 'auth request',
      requestId: requestStateOf(req).requestId,
      path: req.path,
      status,
      errorCodes: codes,
    });
    res.status(status);
    if (body === undefined) res.end();
    else res.json(body);
  }
}

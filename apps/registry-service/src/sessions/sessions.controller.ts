import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access, SimpulError, clientAddressOf } from '@simpul/service-kit';
import { SessionsService } from './sessions.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429, BAD_USER_INPUT: 400, NOT_FOUND: 404, FORBIDDEN: 403 };

/** Answers a SimpulError as the GraphQL-shaped error body the portal reads; anything else is a 500. */
function sendError(res: Response, error: unknown): void {
  if (error instanceof SimpulError) {
    if (error.code === 'RATE_LIMITED' && error.extensions.retryAfterSeconds)
      res.setHeader('retry-after', String(error.extensions.retryAfterSeconds));
    res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.messages.en, extensions: error.extensions }] });
    return;
  }
  console.error(`sessions: ${(error as Error)?.stack ?? String(error)}`);
  const messages = {
    en: 'Something went wrong on our side. Please try again.',
    id: 'Terjadi kesalahan di sistem kami. Silakan coba lagi.',
  };
  res.status(500).json({ errors: [{ message: messages.en, extensions: { code: 'INTERNAL_SERVER_ERROR', messages } }] });
}

/**
 * The portal's session endpoints. Not part of the GraphQL schema; like /graphql they sit behind the
 * internal-token middleware, so only the portal's server (through the gateway's secret) reaches them.
 */
@Controller('internal')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Access('public')
  @Post('sessions')
  async create(
    @Req() req: Request,
    @Body() body: { email?: unknown; password?: unknown } | undefined,
    @Res() res: Response,
  ): Promise<void> {
    try {
      res.status(200).json(await this.sessions.create(body?.email, body?.password, clientAddressOf(req)));
    } catch (error) {
      sendError(res, error);
    }
  }

  @Access('public')
  @Post('sessions/refresh')
  async refresh(@Body() body: { refreshToken?: unknown } | undefined, @Res() res: Response): Promise<void> {
    try {
      res.status(200).json(await this.sessions.refresh(body?.refreshToken));
    } catch (error) {
      sendError(res, error);
    }
  }

  @Access('public')
  @Post('sessions/revoke')
  @HttpCode(204)
  async revoke(@Body() body: { refreshToken?: unknown } | undefined): Promise<void> {
    await this.sessions.revoke(body?.refreshToken);
  }

  @Access('public')
  @Get('users/:id/token-state')
  async tokenState(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const state = await this.sessions.tokenState(id);
    if (state) {
      res.status(200).json(state);
      return;
    }
    const messages = { en: 'There is no such user.', id: 'Pengguna tidak ditemukan.' };
    res.status(404).json({ errors: [{ message: messages.en, extensions: { code: 'NOT_FOUND', messages } }] });
  }
}

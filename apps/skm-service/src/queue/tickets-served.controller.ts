import { Body, Controller, HttpStatus, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access, SimpulError, SimpulHttpFilter, sendRestError } from '@simpul/service-kit';
import { RATE_LIMITER, type RateLimiter } from '../submissions/rate-limiter';
import { QUEUE_KEY_HEADER, QueueKeyService } from './queue-key.service';
import { readTicketServed } from './ticket-input';
import { TicketService } from './ticket.service';

/**
 * POST /queue/tickets-served: a mall's queue system, authenticated by the mall's key in
 * X-Simpul-Queue-Key, says a ticket was served at a desk for a service and gets a one-time survey
 * link and its QR back (201; 200 with the same link when the call is resent). Plain JSON for queue
 * vendors (docs/queue-survey-invitations.md); the portal's web server proxies /skm-api/queue/tickets-served
 * here with the internal token, like the public answers. Each call takes one token from the key's
 * bucket in skm.rate_buckets (the public form's limiter), so every replica shares one limit per key.
 */
@UseFilters(SimpulHttpFilter)
@Controller('queue')
export class TicketsServedController {
  constructor(
    private readonly keys: QueueKeyService,
    private readonly tickets: TicketService,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  @Access('public')
  @Post('tickets-served')
  async served(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const key = await this.keys.authenticate(req.header(QUEUE_KEY_HEADER));
      const taken = await this.limiter.take(`queue-key:${key.id}`, 1);
      // sendRestError below answers it as 429 with Retry-After.
      if (!taken.ok) throw keyRateLimited(taken.retryAfterSeconds);
      const invitation = await this.tickets.served(key, readTicketServed(body));
      res.status(invitation.replayed ? HttpStatus.OK : HttpStatus.CREATED).json({ invitation });
    } catch (error) {
      // The MPP service being unreachable is worth a retry: 503 rather than 500.
      if (error instanceof SimpulError && error.code === 'INTERNAL_SERVER_ERROR') {
        res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ errors: [{ message: error.messages.en, extensions: error.extensions }] });
        return;
      }
      sendRestError(res, error);
    }
  }
}

/** The refusal names the queue key that spent its bucket, not a device as the public form's does. */
function keyRateLimited(retryAfterSeconds: number): SimpulError {
  return new SimpulError(
    'RATE_LIMITED',
    {
      en: `Too many calls with this queue key; try again in ${retryAfterSeconds} s.`,
      id: `Terlalu banyak panggilan dengan kunci antrean ini; coba lagi dalam ${retryAfterSeconds} detik.`,
    },
    'rateLimit',
    { retryAfterSeconds },
  );
}

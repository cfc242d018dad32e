import { Body, Controller, HttpStatus, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access, type SubgraphRequest, sendRestError, SimpulHttpFilter } from '@simpul/service-kit';
import { clientAddress } from './client-key';
import { RATE_LIMITER, type TokenBucketLimiter } from './rate-limiter';
import { SubmissionService } from './submission.service';

/**
 * POST /public/responses: the same write path as `submitSkmResponses`, as plain JSON for kiosks and
 * cheap phones ({ "submissions": [...] } → { "receipts": [...] }). Like every route it needs the
 * internal token, so the portal's web server (or the gateway) proxies /skm-api/public/responses to it,
 * adding the token and X-Forwarded-For. Errors have the GraphQL error shape; rate limits answer 429.
 */
@UseFilters(SimpulHttpFilter)
@Controller('public')
export class PublicResponsesController {
  constructor(
    private readonly submissions: SubmissionService,
    @Inject(RATE_LIMITER) private readonly limiter: TokenBucketLimiter,
  ) {}

  @Access('public')
  @Post('responses')
  async submit(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const address = clientAddress(req);
    const taken = this.limiter.take(address);
    if (!taken.ok) {
      res.setHeader('Retry-After', String(taken.retryAfterSeconds));
      res.status(HttpStatus.TOO_MANY_REQUESTS).json({
        errors: [
          {
            message: 'Too many submissions from this device.',
            extensions: {
              code: 'FORBIDDEN',
              field: 'rateLimit',
              messages: {
                en: `Too many submissions from this device; try again in ${taken.retryAfterSeconds} s.`,
                id: `Terlalu banyak kiriman dari perangkat ini; coba lagi dalam ${taken.retryAfterSeconds} detik.`,
              },
            },
          },
        ],
      });
      return;
    }
    const submissions =
      body && typeof body === 'object' && !Array.isArray(body) ? (body as { submissions?: unknown }).submissions : undefined;
    try {
      const receipts = await this.submissions.submit(submissions, (req as SubgraphRequest).simpul?.caller ?? null, address);
      res.status(HttpStatus.OK).json({ receipts });
    } catch (error) {
      sendRestError(res, error);
    }
  }
}

import { Body, Controller, HttpStatus, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access, type SubgraphRequest, sendRestError, SimpulHttpFilter } from '@simpul/service-kit';
import { clientAddress } from './client-key';
import { questionnairesIn, refusalMessages } from './rate-limit';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter';
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
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  @Access('public')
  @Post('responses')
  async submit(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const address = clientAddress(req);
    const submissions =
      body && typeof body === 'object' && !Array.isArray(body) ? (body as { submissions?: unknown }).submissions : undefined;
    // One token per questionnaire in the body: a body over the limit is refused whole.
    const taken = await this.limiter.take(address, questionnairesIn(submissions));
    if (!taken.ok) {
      if (taken.maxPerRequest === undefined) res.setHeader('Retry-After', String(taken.retryAfterSeconds));
      const messages = refusalMessages(taken);
      res.status(HttpStatus.TOO_MANY_REQUESTS).json({
        errors: [{ message: messages.en, extensions: { code: 'FORBIDDEN', field: 'rateLimit', messages } }],
      });
      return;
    }
    try {
      const receipts = await this.submissions.submit(submissions, (req as SubgraphRequest).simpul?.caller ?? null, address);
      res.status(HttpStatus.OK).json({ receipts });
    } catch (error) {
      sendRestError(res, error);
    }
  }
}

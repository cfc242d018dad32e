import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode } from '@simpul/contracts';
import { isTextEncodingError } from './format-error';
import { SimpulError } from './simpul-error';
import { unstorableText } from './text-input';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Answers a REST request with the GraphQL error shape (status by code, RATE_LIMITED as 429 with
 * Retry-After); PostgreSQL refusing text (22021, 22P05) is BAD_USER_INPUT as in GraphQL; rethrows
 * anything else that is not a SimpulError.
 */
export function sendRestError(res: Response, error: unknown): void {
  const simpul = error instanceof SimpulError ? error : isTextEncodingError(error) ? unstorableText() : undefined;
  if (!simpul) throw error;
  const retryAfter = simpul.extensions['retryAfterSeconds'];
  if (simpul.code === 'RATE_LIMITED' && typeof retryAfter === 'number') res.setHeader('Retry-After', String(Math.ceil(retryAfter)));
  res
    .status(STATUS[simpul.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
    .json({ errors: [{ message: simpul.messages.en, extensions: simpul.extensions }] });
}

/** For REST controllers: the access guard's SimpulErrors become 401/403 with the GraphQL error shape, not a 500. */
@Catch(SimpulError)
export class SimpulHttpFilter implements ExceptionFilter {
  catch(error: SimpulError, host: ArgumentsHost): void {
    sendRestError(host.switchToHttp().getResponse<Response>(), error);
  }
}

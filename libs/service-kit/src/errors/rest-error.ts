import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode } from '@simpul/contracts';
import { SimpulError } from './simpul-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
};

/** Answers a REST request with the GraphQL error shape (status by code); rethrows anything that is not a SimpulError. */
export function sendRestError(res: Response, error: unknown): void {
  if (!(error instanceof SimpulError)) throw error;
  res
    .status(STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
    .json({ errors: [{ message: error.messages.en, extensions: error.extensions }] });
}

/** For REST controllers: the access guard's SimpulErrors become 401/403 with the GraphQL error shape, not a 500. */
@Catch(SimpulError)
export class SimpulHttpFilter implements ExceptionFilter {
  catch(error: SimpulError, host: ArgumentsHost): void {
    sendRestError(host.switchToHttp().getResponse<Response>(), error);
  }
}

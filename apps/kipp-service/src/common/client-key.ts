import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { clientAddressOf } from '@simpul/service-kit';

/** Header the gateway may set with an opaque client key (e.g. a hash of the client's address). */
export const CLIENT_KEY_HEADER = 'x-simpul-client';

const store = new AsyncLocalStorage<{ clientKey: string }>();

function firstValue(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(',')[0]?.trim() || undefined;
}

/**
 * Keeps a hashed client key for the request, so anonymous objections can be rate-limited without
 * storing anyone's address: the gateway's client key, else the client address (service-kit's clientAddressOf).
 */
@Injectable()
export class ClientKeyMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const raw = firstValue(req.headers[CLIENT_KEY_HEADER]) ?? clientAddressOf(req);
    const clientKey = createHash('sha256').update(`kipp-client:${raw}`).digest('hex');
    store.run({ clientKey }, next);
  }
}

/** The hashed client key of the current request. */
export function currentClientKey(): string {
  return store.getStore()?.clientKey ?? 'unknown';
}

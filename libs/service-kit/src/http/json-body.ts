import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ErrorRequestHandler } from 'express';
import type { ErrorExtensions } from '@simpul/contracts';
import { formatBytes } from './body-limits';

/** Extensions of a refused over-size body: BAD_USER_INPUT with the limit in both messages and in `maxBytes`. */
export function bodyTooLargeExtensions(maxBytes: number, service?: string): ErrorExtensions & { maxBytes: number } {
  const who = service ? `the ${service} service` : 'this service';
  const siapa = service ? `layanan ${service}` : 'layanan ini';
  return {
    code: 'BAD_USER_INPUT',
    maxBytes,
    messages: {
      en: `The request is larger than the ${formatBytes(maxBytes)} ${who} accepts; send a smaller file.`,
      id: `Permintaan lebih besar dari batas ${formatBytes(maxBytes, 'id')} yang diterima ${siapa}; kirim berkas yang lebih kecil.`,
    },
  };
}

/**
 * Answers body-parser's 413 ("request entity too large") as a typed GraphQL error instead of
 * express' HTML page (which names the parser and, outside production, shows a stack trace).
 */
export function bodyTooLargeHandler(maxBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if ((error as { type?: string } | null)?.type !== 'entity.too.large') return next(error);
    const extensions = bodyTooLargeExtensions(maxBytes);
    res.status(413).json({ errors: [{ message: extensions.messages?.en, extensions }] });
  };
}

/** The JSON body parser with `maxBytes`, registered before any route (so Nest skips its 100 kB default), and its 413 answer. */
export function useJsonBody(app: INestApplication, maxBytes: number): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: maxBytes });
  app.use(bodyTooLargeHandler(maxBytes));
}

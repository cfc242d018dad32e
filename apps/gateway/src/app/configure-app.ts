import type { NestExpressApplication } from '@nestjs/platform-express';
import { compressResponses, PLUGIN_TOKEN_HEADER, securityHeaders, useJsonBody } from '@simpul/service-kit';
import type { GatewayConfig } from '../config/gateway-config';
import { REQUEST_ID_HEADER } from '../request/request-state';
import { requestLogMiddleware } from '../request/request-log.middleware';

/** What main.ts and the tests both apply before `init()`: security headers, compression, body limit, CORS, the request id + log line. */
export function configureGatewayApp(app: NestExpressApplication, config: GatewayConfig): void {
  app.disable('x-powered-by');
  // First, so every answer (a refusal, a 404, a file) has them; GraphiQL, open outside production, loads its own scripts.
  app.use(securityHeaders({ htmlPagePath: config.introspection ? '/graphql' : undefined }));
  app.set('trust proxy', config.trustProxy);
  // Large GraphQL results and open-data downloads, for a client that accepts brotli or gzip; the
  // portal passes them on as they are. Not /auth/* (small, and carrying a token) nor files (PDFs, images).
  app.use(['/graphql', '/data'], compressResponses());
  // Before any route, so Nest skips its default 100 kB JSON parser; an over-size body is BAD_USER_INPUT with the limit.
  useJsonBody(app, config.maxBodyBytes);
  app.enableCors({
    origin: config.portalOrigins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      REQUEST_ID_HEADER,
      'apollo-require-preflight',
      'accept-language',
      PLUGIN_TOKEN_HEADER,
    ],
    exposedHeaders: [REQUEST_ID_HEADER],
    maxAge: 600,
  });
  app.use(requestLogMiddleware(config.log));
}

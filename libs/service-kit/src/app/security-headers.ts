import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface SecurityHeaderOptions {
  /**
   * A GET path that serves an HTML page needing scripts from elsewhere (the gateway's GraphiQL
   * outside production): it gets every header but the Content-Security-Policy.
   */
  htmlPagePath?: string;
}

/**
 * The security headers of the gateway and every service (helmet). They answer JSON and files, never
 * a page to run, so the policy allows nothing to load and nobody to frame them; resources may be
 * read by the same site only (the portal and the gateway share it in development and production).
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): Middleware {
  const common = {
    crossOriginResourcePolicy: { policy: 'same-site' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
    frameguard: { action: 'deny' as const },
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
      },
    },
  });
  const page = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    const isPage = options.htmlPagePath !== undefined && req.method === 'GET' && path === options.htmlPagePath;
    (isPage ? page : strict)(req, res, next);
  };
}

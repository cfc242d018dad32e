// The portal's Content-Security-Policy: scripts and connections only from the portal itself and
// from the origins of approved agency desk plugins (issue #15), which the registry publishes as the
// public query `approvedPluginOrigins`. A suspended plugin's origin drops out within the cache time.

const APPROVED_ORIGINS = JSON.stringify({ query: 'query ApprovedPluginOrigins { approvedPluginOrigins }' });

/**
 * An origin exactly as CSP writes it (`https://pajak.example.go.id`, `http://127.0.0.1:4300`), or
 * null for anything else, so a value from the network can never add a directive or a keyword.
 * @param {unknown} value
 */
export function cspOrigin(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The policy for the portal's HTML. Styles allow 'unsafe-inline' because Mantine writes its CSS
 * variables in a <style> element and components set style attributes; plugin origins may also
 * serve a plugin's styles, images and fonts.
 * @param {readonly string[]} pluginOrigins
 */
export function contentSecurityPolicy(pluginOrigins) {
  const plugins = [...new Set(pluginOrigins)].map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${plugins}`,
    `connect-src 'self'${plugins}`,
    `img-src 'self' data: blob:${plugins}`,
    `style-src 'self' 'unsafe-inline'${plugins}`,
    `font-src 'self'${plugins}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The approved plugin origins, asked from the gateway at most once per `ttlMs` (concurrent pages
 * share one request). When the gateway does not answer, or answers something else, no plugin origin
 * is allowed (the portal itself still is) until the next try, `retryMs` later — soon, because a
 * gateway that is still starting should not keep plugins out for long.
 * @param {{ gatewayUrl: string, ttlMs?: number, retryMs?: number, timeoutMs?: number, fetchImpl?: typeof fetch, now?: () => number }} options
 * @returns {() => Promise<string[]>}
 */
export function approvedPluginOrigins({
  gatewayUrl,
  ttlMs = 30_000,
  retryMs = 5_000,
  timeoutMs = 2_000,
  fetchImpl = fetch,
  now = Date.now,
}) {
  /** @type {{ origins: string[], until: number } | null} */
  let cached = null;
  /** @type {Promise<string[]> | null} */
  let pending = null;

  /** @returns {Promise<{ origins: string[], answered: boolean }>} */
  async function ask() {
    try {
      const response = await fetchImpl(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: APPROVED_ORIGINS,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = /** @type {{ data?: { approvedPluginOrigins?: unknown } }} */ (await response.json());
      const list = body.data?.approvedPluginOrigins;
      if (!response.ok || !Array.isArray(list)) return { origins: [], answered: false };
      return { origins: list.map(cspOrigin).filter((origin) => origin !== null), answered: true };
    } catch {
      return { origins: [], answered: false };
    }
  }

  return () => {
    if (cached && cached.until > now()) return Promise.resolve(cached.origins);
    pending ??= ask().then(({ origins, answered }) => {
      cached = { origins, until: now() + (answered ? ttlMs : retryMs) };
      pending = null;
      return origins;
    });
    return pending;
  };
}

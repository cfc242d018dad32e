// The kiosk's service worker: a tablet at the desk must start the kiosk again with no network (a
// reload, a restart of the browser). Served by the portal as /remotes/skm-web/kiosk.sw.js and
// registered for the scope /skm/kiosk/ only, so the rest of the portal never goes through it.
// Built on its own (tools/build/build-web.mjs `workers`): no imports, plain browser APIs.

const CACHE = 'simpul-skm-kiosk-v1';
/** The app shell (the portal's index.html) under one key: every kiosk URL is the same page. */
const SHELL = '/skm/kiosk/__shell__';
/** Kept in step with kiosk-worker.ts (which must not import this file: it would run the worker in the page). */
export const PRECACHE_MESSAGE = 'simpul.skm.kiosk.precache';

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  data: unknown;
}
interface KioskWorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

const worker = self as unknown as KioskWorkerScope;

/** Answers and queries always go to the network: the page keeps its own queue of answers. */
function cacheable(url: URL): boolean {
  return url.origin === worker.location.origin && url.pathname !== '/graphql' && !url.pathname.startsWith('/skm-api/');
}

/** Content-hashed bundles never change under their name. */
function immutable(url: URL): boolean {
  return /\.[0-9a-f]{8,}\.(js|css)$/.test(url.pathname);
}

async function store(key: string | Request, response: Response): Promise<void> {
  if (!response.ok || response.type === 'opaque') return;
  await (await caches.open(CACHE)).put(key, response);
}

/** Network first (a new deployment shows at once), the cached copy when the network is gone. */
async function respond(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    try {
      const response = await fetch(request);
      await store(SHELL, response.clone());
      return response;
    } catch {
      return (await cache.match(SHELL)) ?? Response.error();
    }
  }
  if (immutable(url)) {
    const hit = await cache.match(request);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    await store(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

/** What the page had loaded before this worker controlled it (the bundles of the first visit). */
async function precache(shell: string, urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  const jobs = urls.map(async (href) => {
    const url = new URL(href, worker.location.href);
    if (!cacheable(url) || (immutable(url) && (await cache.match(url.href)))) return;
    await store(url.href, await fetch(url.href));
  });
  jobs.push((async () => store(SHELL, await fetch(shell, { headers: { accept: 'text/html' } })))());
  await Promise.allSettled(jobs);
}

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !cacheable(new URL(event.request.url))) return;
  event.respondWith(respond(event.request));
});
worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string; shell?: string; urls?: unknown } | null;
  if (data?.type !== PRECACHE_MESSAGE || typeof data.shell !== 'string' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    precache(
      data.shell,
      data.urls.filter((url): url is string => typeof url === 'string'),
    ),
  );
});

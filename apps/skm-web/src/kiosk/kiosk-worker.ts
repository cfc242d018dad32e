/** Where the portal serves the remote's files (tools/start/web-server.mjs: /remotes/<app>/). */
export const KIOSK_WORKER_URL = '/remotes/skm-web/kiosk.sw.js';
export const KIOSK_SCOPE = '/skm/kiosk/';
const PRECACHE_MESSAGE = 'simpul.skm.kiosk.precache';

/**
 * Registers the kiosk's service worker (kiosk.sw.ts) and hands it every file this page has loaded,
 * so the next start works with no network. A browser without service workers (or a page not served
 * over https/localhost) still runs the kiosk online and keeps its queue; only the cold start offline
 * is lost.
 */
export async function registerKioskWorker(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return false;
  try {
    await navigator.serviceWorker.register(KIOSK_WORKER_URL, { scope: KIOSK_SCOPE });
    const registration = await navigator.serviceWorker.ready;
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    registration.active?.postMessage({ type: PRECACHE_MESSAGE, shell: window.location.href, urls });
    return true;
  } catch {
    return false;
  }
}

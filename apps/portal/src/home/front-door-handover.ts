/**
 * The signed-out home is a page of its own, served at `/` by the portal's web server to a visitor who
 * is not signed in (src/front-page/, tools/start/front-door-page.mjs). Someone who arrives at the
 * portal's home inside the app signed out — signed out here, or followed a link to `/` — is handed
 * to that page by loading `/` from the server. Not when this very document was loaded at `/`: then
 * the server chose the portal (the page is not built, `?portal`, or a session that just ended), and
 * asking again would only load the portal again.
 */
export function shouldHandOverToFrontDoor(navigation: readonly PerformanceEntry[] = navigationEntries()): boolean {
  const entry = navigation[0];
  if (!entry) return false;
  return new URL(entry.name).pathname !== '/';
}

function navigationEntries(): readonly PerformanceEntry[] {
  return typeof performance.getEntriesByType === 'function' ? performance.getEntriesByType('navigation') : [];
}

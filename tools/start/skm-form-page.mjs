// The public SKM questionnaire's own page (issue #17): the URLs QR codes and one-time links carry,
// /skm/s/<code> and /skm/t/<token>, get the small page built by tools/build/rspack-skm-form.mjs
// (dist/apps/skm-web/form/index.html) instead of the portal's app shell, so a citizen's phone loads
// a few kilobytes instead of the portal. A build without it falls back to the portal's own form, and
// so does `?portal`: the page sends someone signed in there, whose answers the SKM service flags as
// entered by staff (the public REST path carries no session).
import fs from 'node:fs';
import path from 'node:path';

export const SKM_FORM_PATH = /^\/skm\/(s|t)\/[^/]+\/?$/;

/**
 * The page's HTML file for a URL of the public form, or null (another path, `?portal`, or not built).
 * @param {string} distRoot
 * @param {string} url the request's path and query
 */
export function skmFormPage(distRoot, url) {
  const { pathname, searchParams } = new URL(url, 'http://portal');
  if (!SKM_FORM_PATH.test(pathname) || searchParams.has('portal')) return null;
  const file = path.join(distRoot, 'skm-web', 'form', 'index.html');
  return fs.existsSync(file) ? file : null;
}

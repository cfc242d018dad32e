// One Lighthouse mobile run, performance only: `node bench/web/lighthouse-run.mjs <url> <port>` drives
// the Chromium listening on <port> and prints the figures as one line of JSON. A plain Node process,
// never under tsx: Lighthouse sends functions to the page as source text, and tsx's transform adds
// `__name(...)` calls to them that do not exist in a browser ("__name is not defined").
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';

/** @typedef {{ score: number, lcpMs: number, cls: number, tbtMs: number, requests: number, transferred: number }} LighthouseRun */
/** @typedef {Record<string, { numericValue?: number, details?: { items?: unknown[] } } | undefined>} Audits */

/**
 * @param {Audits} audits
 * @param {string} id
 */
function numberOf(audits, id) {
  const value = audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id}`);
  return value;
}

/**
 * @param {string} url
 * @param {number} port
 * @returns {Promise<LighthouseRun>}
 */
async function run(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const audits = /** @type {Audits} */ (lhr.audits);
  const score = lhr.categories.performance?.score;
  if (typeof score !== 'number') {
    // A metric it could not compute (its audit's errorMessage) leaves the category without a score.
    const failed = Object.entries(lhr.audits)
      .filter(([, audit]) => audit.errorMessage)
      .map(([id, audit]) => `${id}: ${audit.errorMessage}`);
    throw new Error(`Lighthouse gave no performance score for ${url} (${failed.join('; ') || 'no audit says why'})`);
  }
  return {
    score: Math.round(score * 100),
    lcpMs: numberOf(audits, 'largest-contentful-paint'),
    cls: numberOf(audits, 'cumulative-layout-shift'),
    tbtMs: numberOf(audits, 'total-blocking-time'),
    requests: audits['network-requests']?.details?.items?.length ?? 0,
    transferred: numberOf(audits, 'total-byte-weight'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url, port] = process.argv.slice(2);
  run(url, Number(port)).then(
    (figures) => console.log(JSON.stringify(figures)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

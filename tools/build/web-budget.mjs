// The first-load JavaScript budget of issue #17: what a browser with an empty cache, signed out,
// downloads as JavaScript to show a page of the built portal (its HTML, entry scripts and their chunks,
// the remote entry of the remote that serves the route and every chunk the route asks for), up to
// network idle. Measured in real Chromium rather than by walking the chunk graph, so whatever the
// federation runtime decides to fetch (shared modules, a second runtime, lazy routes) is counted.
// Every script body is gzipped here at level 9, whether or not the server compressed it, so the
// figure does not depend on the web server's Content-Encoding. Used by the e2e budget test
// (apps/e2e/src/web-budget.spec.ts) and `npm run bench -- web` (bench/web).
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';

/** @typedef {{ url: string, raw: number, gzipped: number }} Script */
/** @typedef {{ surveyCode: string, lokusId: string }} PageData */
/** @typedef {{ key: string, name: string, path: (data: PageData) => string, firstScreen: boolean }} BudgetPage */
/** @typedef {{ firstScreen: number, other: number }} BudgetKb */
/** @typedef {{ page: BudgetPage, path: string, scripts: Script[] }} Measured */
/** @typedef {{ key: string, name: string, path: string, gzipped: number, budgetKb: number, over: boolean, scripts: Script[] }} Verdict */

export const KB = 1024;

/**
 * The pages measured. `firstScreen`: the signed-out home and the citizen's SKM form opened from a QR
 * code, which must show on a cheap phone before anything else loads (the smaller budget).
 * @type {BudgetPage[]}
 */
export const PAGES = [
  { key: 'home', name: 'Beranda (signed out)', path: () => '/', firstScreen: true },
  { key: 'skm-form', name: 'Formulir SKM publik (QR)', path: ({ surveyCode }) => `/skm/s/${surveyCode}`, firstScreen: true },
  { key: 'sign-in', name: 'Masuk', path: () => '/sign-in', firstScreen: false },
  { key: 'registry', name: 'Registri', path: () => '/registry', firstScreen: false },
  { key: 'kipp', name: 'KIPP', path: () => '/kipp', firstScreen: false },
  { key: 'evaluasi', name: 'Evaluasi', path: () => '/evaluasi', firstScreen: false },
  { key: 'rapor', name: 'Rapor PEKPPP', path: ({ lokusId }) => `/evaluasi/lokus/${lokusId}/rapor`, firstScreen: false },
  { key: 'mpp', name: 'MPP', path: () => '/mpp', firstScreen: false },
];

/**
 * The budgets and whether they fail the run: `enforce` in the file, or WEB_BUDGET=enforce for one run.
 * @param {string} file tools/build/web-budget.json
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ enforce: boolean, budgetKb: BudgetKb }}
 */
export function readWebBudget(file, env = process.env) {
  /** @type {unknown} */
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  const json = /** @type {{ enforce?: unknown, budgetKb?: Partial<BudgetKb> }} */ (parsed);
  const { firstScreen, other } = json.budgetKb ?? {};
  if (typeof firstScreen !== 'number' || typeof other !== 'number')
    throw new Error(`${file}: budgetKb.firstScreen and budgetKb.other must be numbers`);
  return { enforce: env.WEB_BUDGET === 'enforce' || json.enforce === true, budgetKb: { firstScreen, other } };
}

/**
 * @template T
 * @param {string} gatewayUrl
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @param {string} [token]
 * @returns {Promise<T>}
 */
async function graphql(gatewayUrl, query, variables = {}, token) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = /** @type {{ data?: T, errors?: unknown }} */ (await response.json());
  if (json.errors || !json.data) throw new Error(`${query}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/**
 * What the pages with an id in their path need, from the demo data (`seed` with SEED_DEMO): an SKM
 * survey's public code and the lokus of SAMSAT Kalimantan Selatan's latest PEKPPP result.
 * @param {string} gatewayUrl
 * @param {string} [password] the demo accounts' password
 * @returns {Promise<PageData>}
 */
export async function pageData(gatewayUrl, password = 'simpul-demo') {
  /** @type {{ signIn: { accessToken: string } }} */
  const { signIn } = await graphql(
    gatewayUrl,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email: 'admin@simpul.test', password },
  );
  /** @type {{ skmSurveys: { edges: { node: { publicCode: string } }[] } }} */
  const { skmSurveys } = await graphql(gatewayUrl, '{ skmSurveys(first: 1) { edges { node { publicCode } } } }', {}, signIn.accessToken);
  /** @type {{ serviceUnits: { edges: { node: { id: string, name: string } }[] } }} */
  const { serviceUnits } = await graphql(
    gatewayUrl,
    '{ serviceUnits(first: 10, filter: { search: "samsat kalimantan selatan" }) { edges { node { id name } } } }',
  );
  const samsat = serviceUnits.edges.find((edge) => edge.node.name === 'SAMSAT Kalimantan Selatan');
  /** @type {{ serviceUnit: { ippResults: { lokusId: string | null }[] } | null }} */
  const { serviceUnit } = await graphql(
    gatewayUrl,
    'query($id: ID!) { serviceUnit(id: $id) { ippResults { lokusId } } }',
    { id: samsat?.node.id },
    signIn.accessToken,
  );
  const surveyCode = skmSurveys.edges[0]?.node.publicCode;
  const lokusId = [...(serviceUnit?.ippResults ?? [])].reverse().find((result) => result.lokusId)?.lokusId;
  if (!surveyCode || !lokusId) throw new Error('The demo data has no SKM survey or no PEKPPP result for SAMSAT Kalimantan Selatan');
  return { surveyCode, lokusId };
}

/**
 * Every script a browser with an empty cache and no session downloads to show `url`: a fresh
 * context, the page's first heading in <main>, then network idle (the chunks a route asks for once
 * its data arrives included). Closes the context.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ scripts: Script[], heading: string }>}
 */
export async function firstLoadScripts(browser, url, { timeoutMs = 90_000 } = {}) {
  // A phone's viewport: what is below the fold may load later, and that is allowed.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    /** @type {Promise<Script | null>[]} */
    const pending = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() !== 'script' && !/javascript/.test(type)) return;
      pending.push(
        response.body().then(
          (body) => ({ url: response.url(), raw: body.length, gzipped: gzipSync(body, { level: 9 }).length }),
          // A response without a body (a redirect, a 304): nothing was downloaded.
          () => null,
        ),
      );
    });
    const response = await page.goto(url, { timeout: timeoutMs });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    const heading = page.locator('main h1').first();
    await heading.waitFor({ timeout: timeoutMs });
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    const text = ((await heading.textContent()) ?? '').trim();
    return { scripts: (await Promise.all(pending)).filter((script) => script !== null), heading: text };
  } finally {
    await context.close();
  }
}

/** @param {Script[]} scripts */
export const gzippedTotal = (scripts) => scripts.reduce((sum, script) => sum + script.gzipped, 0);

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/**
 * Each measured page against its budget.
 * @param {Measured[]} measured
 * @param {BudgetKb} budgetKb
 * @returns {Verdict[]}
 */
export function verdicts(measured, budgetKb) {
  return measured.map(({ page, path, scripts }) => {
    const gzipped = gzippedTotal(scripts);
    const budget = page.firstScreen ? budgetKb.firstScreen : budgetKb.other;
    return { key: page.key, name: page.name, path, gzipped, budgetKb: budget, over: gzipped > budget * KB, scripts };
  });
}

/**
 * Why a page fails its budget: its name and path, its kB, the budget, and the biggest scripts.
 * @param {Verdict} verdict
 * @param {number} [biggest]
 */
export function overBudgetMessage(verdict, biggest = 5) {
  const top = [...verdict.scripts]
    .sort((a, b) => b.gzipped - a.gzipped)
    .slice(0, biggest)
    .map((script) => `${kb(script.gzipped)} ${new URL(script.url).pathname}`);
  return (
    `${verdict.name} (${verdict.path}) loads ${kb(verdict.gzipped)} of JavaScript gzipped before its first screen, ` +
    `over its budget of ${verdict.budgetKb} kB; biggest scripts: ${top.join(', ')}`
  );
}

/**
 * The figures as a Markdown table, every page, over budget or not.
 * @param {Verdict[]} rows
 */
export function budgetTable(rows) {
  const lines = ['| page | path | scripts | JS gzipped | budget | |', '|---|---|---|---|---|---|'];
  for (const row of rows)
    lines.push(
      `| ${row.name} | \`${row.path}\` | ${row.scripts.length} | ${kb(row.gzipped)} | ${row.budgetKb} kB | ${row.over ? 'OVER' : 'ok'} |`,
    );
  return lines.join('\n');
}

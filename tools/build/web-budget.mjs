// The first-load JavaScript budget of issue #17: what a browser with an empty cache, signed out,
// downloads as JavaScript to show a page of the built portal (its HTML, entry scripts and their chunks,
// the remote entry of the remote that serves the route and every chunk the route asks for), up to
// network idle. Measured in real Chromium rather than by walking the chunk graph, so whatever the
// page's bundler runtime decides to fetch (shared modules, remote entries, lazy routes) is counted.
// Every script body is gzipped here at level 9, whether or not the server compressed it, so the
// figure does not depend on the web server's Content-Encoding. Used by the e2e budget test
// (apps/e2e/src/web-budget.spec.ts) and `npm run bench -- web` (bench/web).
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';

/** `contents`: what the script is mostly made of, from its source map (scriptContents). */
/** @typedef {{ url: string, raw: number, gzipped: number, contents?: string }} Script */
/** @typedef {{ surveyCode: string, lokusId: string }} PageData */
/** @typedef {{ key: string, name: string, path: (data: PageData) => string, firstScreen: boolean }} BudgetPage */
/** @typedef {{ firstScreen: number, other: number }} BudgetKb */
/** @typedef {{ page: BudgetPage, path: string, scripts: Script[] }} Measured */
/** @typedef {{ key: string, name: string, path: string, gzipped: number, budgetKb: number, over: boolean, scripts: Script[] }} Verdict */

export const KB = 1024;
/** How long nothing may be in flight before the page counts as loaded. */
const QUIET_MS = 2000;

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
 * context, the page's first heading in <main>, then no request for QUIET_MS (the chunks a route
 * asks for once its data arrives included). Closes the context.
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
    // Requests in flight and when the last one started or ended: Playwright's network idle is 500 ms
    // of quiet, which a busy machine can leave between a remote's entry and the chunks it then asks for.
    let inFlight = 0;
    let lastActivity = Date.now();
    page.on('request', () => {
      inFlight += 1;
      lastActivity = Date.now();
    });
    const ended = () => {
      inFlight -= 1;
      lastActivity = Date.now();
    };
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
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
    const deadline = Date.now() + timeoutMs;
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`${url} never went quiet for ${QUIET_MS} ms (${inFlight} requests in flight)`);
      await page.waitForTimeout(100);
    }
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
 * Who wrote a source of a source map: an npm package, a workspace library, or an app's own code.
 * @param {string} source e.g. webpack://portal/../../node_modules/@mantine/core/esm/…, webpack://registry/./src/…
 */
export function ownerOf(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const library = /\/libs\/([^/]+)\//.exec(source);
  if (library) return `@simpul/${library[1]}`;
  const app = /^webpack:\/\/([^/]+)\/\.\/src\//.exec(source);
  return app ? `${app[1]}'s own code` : 'other';
}

/**
 * What a script is mostly made of, from its source map (`<url>.map`): the owners of the largest
 * shares of its sources, e.g. "@mantine/core 81%, @floating-ui/dom 6%"; empty without a map.
 * @param {string} url
 */
export async function scriptContents(url) {
  try {
    const response = await fetch(`${url}.map`);
    if (!response.ok) return '';
    const map = /** @type {{ sources?: string[], sourcesContent?: (string | null)[] }} */ (await response.json());
    /** @type {Map<string, number>} */
    const sizes = new Map();
    (map.sources ?? []).forEach((source, index) => {
      const owner = ownerOf(source);
      sizes.set(owner, (sizes.get(owner) ?? 0) + (map.sourcesContent?.[index]?.length ?? 0));
    });
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    if (!total) return '';
    return [...sizes.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([owner, size]) => [owner, Math.round((size / total) * 100)])
      .filter(([, percent]) => Number(percent) >= 1)
      .map(([owner, percent]) => `${owner} ${percent}%`)
      .join(', ');
  } catch {
    // No map, or not JSON: the script is still named by its path.
    return '';
  }
}

/**
 * The verdict with what its biggest scripts are made of, for the failure message.
 * @param {Verdict} verdict
 * @param {number} [biggest]
 * @returns {Promise<Verdict>}
 */
export async function withContents(verdict, biggest = 5) {
  const top = new Set([...verdict.scripts].sort((a, b) => b.gzipped - a.gzipped).slice(0, biggest));
  const scripts = await Promise.all(
    verdict.scripts.map(async (script) => (top.has(script) ? { ...script, contents: await scriptContents(script.url) } : script)),
  );
  return { ...verdict, scripts };
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
    .map((script) => `${kb(script.gzipped)} ${new URL(script.url).pathname}${script.contents ? ` (${script.contents})` : ''}`);
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

// Agency desk plugins (issue #15): the JavaScript a browser downloads for the Samsat Kalimantan
// Selatan desk's home with two approved plugins, over the same home without them (budget: 40 kB
// gzipped). The example plugin (examples/samsat-tax-plugin) is built twice with the SDK's
// pluginRemoteConfig, as two agencies' plugins would be (own container name, own origin and port),
// served by tools/start/plugin-server.mjs, registered (one by the registry's register-demo-plugin as
// `npm start` does, one submitted by the desk and approved by the national admin through GraphQL),
// and measured in headless Chromium with its HTTP cache off: every script response's body, gzipped
// here (level 9) whether or not the server compressed it, so both figures are counted alike.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from 'playwright-core';
import { build, freePort, runCommand, startApp, startPostgres, stopAll, SUBGRAPHS } from '../lib/stack.mjs';
import { buildExamplePlugin, portalOrigins, remotes, startPluginServer, startWebServer } from './plugin-build.mjs';

const BUDGET_BYTES = 40 * 1024;
const INTERNAL_SECRET = 'bench-internal-secret-that-is-long-enough';
const JWT_SECRET = 'bench-access-secret-that-is-long-enough-too';
const PASSWORD = 'simpul-demo';
const DESK = 'desk.samsat-kalsel@simpul.test';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PLUGIN_NAME = 'Estimasi Pajak Kendaraan SAMSAT';

async function gateway<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

async function signIn(url: string, email: string): Promise<string> {
  const data = await gateway<{ signIn: { accessToken: string } }>(
    url,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password: PASSWORD },
  );
  return data.signIn.accessToken;
}

type Download = { url: string; raw: number; gzipped: number };

/**
 * The desk's home as a browser with an empty cache loads it once signed in: every script response
 * of loading `/` (the session comes back from its cookie), until `ready` plugins render and the
 * network is quiet.
 */
async function homeScripts(browser: Browser, portalUrl: string, ready: number): Promise<Download[]> {
  // Signed in through the sign-in page in one context; its cookie and storage, not its cache, are
  // carried into the context that loads the home, so every file of the home is downloaded.
  const signing = await browser.newContext();
  let storageState: Awaited<ReturnType<typeof signing.storageState>>;
  try {
    const page = await signing.newPage();
    await page.goto(`${portalUrl}/sign-in`);
    await page.getByLabel('Alamat email').fill(DESK);
    await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Selamat datang, / }).waitFor({ timeout: 60_000 });
    storageState = await signing.storageState();
  } finally {
    await signing.close();
  }
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    const pending: Promise<Download | null>[] = [];
    const onResponse = (response: Response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() !== 'script' && !/javascript/.test(type)) return;
      pending.push(
        response.body().then(
          (body) => ({ url: response.url(), raw: body.length, gzipped: gzipSync(body, { level: 9 }).length }),
          () => null,
        ),
      );
    };
    page.on('response', onResponse);
    await page.goto(`${portalUrl}/`);
    await page.getByRole('heading', { level: 1, name: /^Selamat datang, / }).waitFor({ timeout: 60_000 });
    // Each plugin has rendered its own sections (its lazy chunks are in), or there is none.
    const rendered = page
      .locator('section[data-plugin-id]')
      .getByRole('heading', { level: 3, name: 'Perkiraan Pajak Kendaraan Bermotor (PKB)' });
    for (let index = 0; index < ready; index++) await rendered.nth(index).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    if ((await page.locator('section[data-plugin-id]').count()) !== ready) throw new Error(`expected ${ready} plugins on the home`);
    if ((await page.locator('section[data-plugin-id] [role="alert"]').count()) !== 0) throw new Error('a plugin shows its error panel');
    page.off('response', onResponse);
    return (await Promise.all(pending)).filter((download): download is Download => download !== null);
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const total = (downloads: Download[], key: 'raw' | 'gzipped') => downloads.reduce((sum, download) => sum + download[key], 0);

async function main() {
  console.log('plugins: building, starting PostgreSQL, five services with demo data, the gateway and the portal…');
  build([...SUBGRAPHS.map((subgraph) => subgraph.app), 'gateway', 'portal', ...remotes.map((remote) => remote.app)]);
  const folders: string[] = [];
  const servers: { close(): Promise<void> }[] = [];
  let browser: Browser | undefined;
  try {
    const db = await startPostgres();
    const env = { DATABASE_URL: db.url, INTERNAL_SECRET, JWT_SECRET, SEED_DEMO: 'true' };
    const urls: Record<string, string> = {};
    for (const subgraph of SUBGRAPHS) {
      runCommand(subgraph.app, 'migrate', env);
      runCommand(subgraph.app, 'seed', env);
    }
    for (const subgraph of SUBGRAPHS) {
      const app = await startApp(subgraph.app, { ...env, ...urls, MPP_URL: urls.MPP_URL ?? 'http://127.0.0.1:9/graphql' });
      urls[`${subgraph.name.toUpperCase()}_URL`] = app.url;
    }
    const gw = await startApp('gateway', { ...env, ...urls });
    // The approved plugin origins for the CSP are asked for on every page (no 30 s cache), so the
    // home right after the plugins' approval may load them.
    const portal = await startWebServer({
      port: 0,
      gatewayUrl: gw.url,
      skmUrl: urls.SKM_URL,
      internalSecret: INTERNAL_SECRET,
      remotes,
      pluginOriginsTtlMs: 0,
    });
    servers.push(portal);
    const portalUrl = `http://127.0.0.1:${portal.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });

    const without = await homeScripts(browser, portalUrl, 0);

    // Two plugins, each from its own origin.
    const plugins: { entryUrl: string; sha256: string }[] = [];
    for (const n of [1, 2]) {
      const port = await freePort();
      const root = fs.mkdtempSync(path.join(os.tmpdir(), `simpul-bench-plugin-${n}-`));
      folders.push(root);
      const publicPath = `http://127.0.0.1:${port}/`;
      const sha256 = buildExamplePlugin(`samsat_tax_plugin_${n}`, publicPath, root);
      servers.push(await startPluginServer({ root, port, allowedOrigins: portalOrigins(portal.port) }));
      plugins.push({ entryUrl: `${publicPath}remoteEntry.js`, sha256 });
    }
    runCommand('registry-service', 'register-demo-plugin', env, ['--entry', plugins[0].entryUrl, '--sha256', plugins[0].sha256]);
    const desk = await signIn(gw.url, DESK);
    const admin = await signIn(gw.url, 'admin@simpul.test');
    const { me } = await gateway<{ me: { serviceUnit: { agency: { id: string } } } }>(
      gw.url,
      '{ me { serviceUnit { agency { id } } } }',
      {},
      desk,
    );
    const { registerDeskPlugin } = await gateway<{ registerDeskPlugin: { id: string } }>(
      gw.url,
      'mutation($input: RegisterDeskPluginInput!) { registerDeskPlugin(input: $input) { id } }',
      {
        input: {
          agencyId: me.serviceUnit.agency.id,
          name: { id: `${PLUGIN_NAME} (salinan)`, en: 'SAMSAT vehicle tax estimate (copy)' },
          entryUrl: plugins[1].entryUrl,
          exposedModule: './Plugin',
          version: '1.0.0',
          sha256: plugins[1].sha256,
          pages: ['DESK_HOME'],
          scopes: ['UNIT_INDICATORS_READ'],
        },
      },
      desk,
    );
    await gateway(
      gw.url,
      'mutation($id: ID!) { reviewDeskPlugin(id: $id, decision: APPROVE) { status } }',
      { id: registerDeskPlugin.id },
      admin,
    );

    const withPlugins = await homeScripts(browser, portalUrl, 2);

    const before = new Set(without.map((download) => download.url));
    const extra = withPlugins.filter((download) => !before.has(download.url));
    const extraGzipped = total(withPlugins, 'gzipped') - total(without, 'gzipped');
    console.log(`\nJavaScript of the Samsat desk's home, signed in, empty cache (every script response, gzipped here at level 9)`);
    console.log(
      `  without plugins: ${without.length} scripts, ${kB(total(without, 'gzipped'))} gzipped (${kB(total(without, 'raw'))} raw)`,
    );
    console.log(
      `  with two plugins: ${withPlugins.length} scripts, ${kB(total(withPlugins, 'gzipped'))} gzipped (${kB(total(withPlugins, 'raw'))} raw)`,
    );
    console.log(`  files only the home with plugins loads:`);
    for (const download of extra.sort((a, b) => b.gzipped - a.gzipped)) {
      console.log(`    ${kB(download.gzipped).padStart(9)} gzipped ${kB(download.raw).padStart(9)} raw  ${download.url}`);
    }
    const verdict = extraGzipped <= BUDGET_BYTES ? 'PASS' : 'MISS';
    console.log(`  extra: ${kB(extraGzipped)} gzipped for two plugins (budget ${kB(BUDGET_BYTES)}): ${verdict}`);
    if (verdict === 'MISS') process.exitCode = 1;
  } finally {
    await browser?.close();
    for (const server of servers.reverse()) await server.close().catch(() => {});
    await stopAll();
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import type { Page, Request } from 'playwright-core';
import { stableId } from '@simpul/service-kit';
import { graphql, registerDemoPlugin, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';

// Agency desk plugins (issue #15) in real Chromium against the built portal, gateway and registry,
// with the example plugin (examples/samsat-tax-plugin) built by the SDK, served from its own origin
// and registered as `npm start` does (harness/shared-stack.ts). The Samsat Kalimantan Selatan desk
// sees it render on its home with the portal's one React, its plugin token is refused anything
// beyond its scopes and unit, a changed entry shows the error panel while the page keeps working,
// and a suspended plugin is gone on the next load (then approved again, so the stack stays as seeded).

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: desk plugins browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const DESK = 'desk.samsat-kalsel@simpul.test';
const OWN_UNIT = stableId('unit', 'samsat-63');
const PLUGIN_NAME = 'Estimasi Pajak Kendaraan SAMSAT';
const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }';
const UNIT_NAME = 'query($id: ID!) { serviceUnit(id: $id) { id name } }';
/** Generous: the plugin's entry, its chunks and its first GraphQL call on a shared, busy machine. */
const PLUGIN_TIMEOUT = 60_000;

type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

/**
 * Counts the copies of react-dom on the page, and the React each is bound to, with a stand-in for the
 * React DevTools hook installed before any script runs: every react-dom copy, when it is evaluated,
 * calls `hook.inject(renderer)` once, and `renderer.currentDispatcherRef` is the internals object of
 * the `react` package it uses. A plugin bundling its own React would add a renderer (its own
 * react-dom) or, sharing react-dom only, fail its first hook call and never render.
 */
function countReactCopies(): void {
  const renderers: { currentDispatcherRef?: unknown }[] = [];
  (globalThis as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer: { currentDispatcherRef?: unknown }) {
      renderers.push(renderer);
      return renderers.length;
    },
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  (globalThis as unknown as Record<string, unknown>).__simpulReactCopies = () => ({
    renderers: renderers.length,
    reacts: new Set(renderers.map((renderer) => renderer.currentDispatcherRef)).size,
  });
}

type ScriptTag = { src: string; integrity: string | null; crossOrigin: string | null };

/** Records every script element added to the page (the portal drops an entry's tag when it loads the entry again). */
function recordScriptTags(): void {
  type Element = { tagName?: string; src?: string; getAttribute(name: string): string | null };
  const tags: ScriptTag[] = [];
  (globalThis as unknown as Record<string, unknown>).__simpulScriptTags = tags;
  const { MutationObserver, document } = globalThis as unknown as {
    MutationObserver: new (callback: (records: { addedNodes: Element[] }[]) => void) => {
      observe(target: unknown, options: unknown): void;
    };
    document: unknown;
  };
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (node.tagName === 'SCRIPT')
        tags.push({ src: node.src ?? '', integrity: node.getAttribute('integrity'), crossOrigin: node.getAttribute('crossorigin') });
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Records the share scope the portal initialises the container at `global` with (webpack's share scope:
 * package → version → { from: the container that provided it, loaded }): the entry's assignment goes
 * through this accessor, which hands the portal a container whose `init` notes its argument first.
 */
function recordShareScope(global: string): void {
  type Container = { init(scope: unknown): unknown; get(module: string): unknown };
  const page = globalThis as unknown as Record<string, unknown>;
  let container: Container | undefined;
  Object.defineProperty(page, global, {
    configurable: true,
    get: () => container,
    set(value: Container | undefined) {
      container = value && {
        init: (scope) => {
          page['__simpulShareScope'] = scope;
          return value.init(scope);
        },
        get: (module) => value.get(module),
      };
    },
  });
}

/** The global a plugin's entry assigns its container to: the SDK's rule (`pluginContainerName`, libs/plugin-sdk). */
function containerGlobal(entryUrl: string): string {
  const url = new URL(entryUrl);
  return `simpul_plugin_${`${url.host}${url.pathname}`.replace(/[^A-Za-z0-9]/g, '_')}`;
}

async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Alamat email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill('simpul-demo');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Selamat datang, / }).waitFor({ timeout: 30_000 });
}

const pluginSection = (page: Page) => page.locator('section[data-plugin-id]');

describeWithChromium('agency desk plugins in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders the example plugin on the Samsat desk's home with the portal's one React, and its token is refused what its scopes and unit do not cover", async () => {
    const page = await browser.context.newPage();
    try {
      await page.addInitScript(countReactCopies);
      await page.addInitScript(recordScriptTags);
      await page.addInitScript(recordShareScope, containerGlobal(stack.examplePlugin.entryUrl));
      // The plugin's own GraphQL call: the person's bearer token with the plugin token beside it.
      const pluginCall = page.waitForRequest((request: Request) => request.headers()['x-simpul-plugin-token'] !== undefined, {
        timeout: PLUGIN_TIMEOUT + 30_000,
      });
      await signIn(page, stack.portalUrl, DESK);

      const section = pluginSection(page);
      await section.getByRole('heading', { level: 2, name: PLUGIN_NAME }).waitFor({ timeout: PLUGIN_TIMEOUT });
      // Rendered by the plugin itself (its own sections), with the unit's IPP read through its token.
      await section
        .getByRole('heading', { level: 3, name: 'Perkiraan Pajak Kendaraan Bermotor (PKB)' })
        .waitFor({ timeout: PLUGIN_TIMEOUT });
      await section.getByRole('heading', { level: 3, name: 'IPP unit ini' }).waitFor({ timeout: PLUGIN_TIMEOUT });
      await section.getByRole('heading', { level: 3, name: 'Bagaimana jika…' }).waitFor({ timeout: PLUGIN_TIMEOUT });
      expect(await section.count()).toBe(1);
      expect(await section.getByRole('alert').count()).toBe(0);
      // The entry came from the plugin's own origin, under the hash the registry approved.
      const tags = await page.evaluate(() => (globalThis as unknown as { __simpulScriptTags: ScriptTag[] }).__simpulScriptTags);
      expect(tags.filter((tag) => tag.src === stack.examplePlugin.entryUrl)).toEqual([
        {
          src: stack.examplePlugin.entryUrl,
          integrity: `sha256-${Buffer.from(stack.examplePlugin.sha256, 'hex').toString('base64')}`,
          crossOrigin: 'anonymous',
        },
      ]);

      // One React: one react-dom on the page, bound to one `react`, and the plugin rendered with it.
      const copies = await page.evaluate(() =>
        (globalThis as unknown as { __simpulReactCopies(): { renderers: number; reacts: number } }).__simpulReactCopies(),
      );
      expect(copies).toEqual({ renderers: 1, reacts: 1 });
      // The Module Federation share scope the plugin's container was given agrees: react and react-dom
      // are each loaded once, from the portal.
      const loadedFrom = await page.evaluate(() => {
        type Shared = { from: string; loaded?: unknown };
        const scope = (globalThis as unknown as { __simpulShareScope?: Record<string, Record<string, Shared>> }).__simpulShareScope ?? {};
        const providers: Record<string, string[]> = { react: [], 'react-dom': [] };
        for (const name of Object.keys(providers)) {
          for (const [version, shared] of Object.entries(scope[name] ?? {})) {
            if (shared.loaded) providers[name].push(`${shared.from}@${version}`);
          }
        }
        return providers;
      });
      expect(loadedFrom).toEqual({ react: [expect.stringMatching(/^portal@/)], 'react-dom': [expect.stringMatching(/^portal@/)] });

      // The plugin's token, refused from the page beyond its grant (UNIT_INDICATORS_READ and
      // MPP_DESK_SCHEDULE_READ, for SAMSAT Kalimantan Selatan only) though the person may do more.
      const headers = (await pluginCall).headers();
      const pluginHeaders = { authorization: headers.authorization, 'x-simpul-plugin-token': headers['x-simpul-plugin-token'] };
      const admin = await graphql<{ signIn: { accessToken: string } }>(stack.gatewayUrl, SIGN_IN, {
        email: 'admin@simpul.test',
        password: 'simpul-demo',
      });
      const units = await graphql<{ serviceUnits: { edges: { node: { id: string; name: string } }[] } }>(
        stack.gatewayUrl,
        '{ serviceUnits(first: 10, filter: { search: "samsat kalimantan tengah" }) { edges { node { id name } } } }',
        {},
        admin.data?.signIn.accessToken,
      );
      const otherUnit = units.data?.serviceUnits.edges.find((edge) => edge.node.name === 'SAMSAT Kalimantan Tengah')?.node.id ?? '';
      expect(otherUnit).not.toBe('');
      const ask = (query: string, variables: Record<string, unknown>, withPluginToken: boolean) =>
        page.evaluate(
          async ({ query, variables, headers }) => {
            const response = await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...headers },
              body: JSON.stringify({ query, variables }),
            });
            return (await response.json()) as GraphQLAnswer;
          },
          { query, variables, headers: withPluginToken ? pluginHeaders : { authorization: pluginHeaders.authorization } },
        );
      const codeOf = (answer: GraphQLAnswer) => answer.errors?.[0]?.extensions?.code;

      // Its own unit: allowed. Another unit, which the person may read: FORBIDDEN with the plugin token.
      expect((await ask(UNIT_NAME, { id: OWN_UNIT }, true)).data).toMatchObject({ serviceUnit: { id: OWN_UNIT } });
      expect((await ask(UNIT_NAME, { id: otherUnit }, false)).data).toMatchObject({ serviceUnit: { id: otherUnit } });
      const otherUnitAnswer = await ask(UNIT_NAME, { id: otherUnit }, true);
      expect(codeOf(otherUnitAnswer)).toBe('FORBIDDEN');
      expect(otherUnitAnswer.data ?? null).toBeNull();
      // A field outside its scopes (the person's own profile) and any mutation: FORBIDDEN.
      expect(codeOf(await ask('{ me { id email } }', {}, true))).toBe('FORBIDDEN');
      const mutation = await ask(
        'mutation($id: ID!, $reason: String!) { suspendDeskPlugin(id: $id, reason: $reason) { id status } }',
        { id: await section.getAttribute('data-plugin-id'), reason: 'Plugin mencoba menangguhkan dirinya sendiri' },
        true,
      );
      expect(codeOf(mutation)).toBe('FORBIDDEN');
    } finally {
      await page.close();
    }
  }, 240_000);

  it("shows the plugin once on the Samsat tenancy page of MPP Banjarmasin to its operator, with the mall's desk days read through its token", async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'operator.banjarmasin@simpul.test');
      await page.goto(`${stack.portalUrl}/mpp/tenancies/${stableId('tenancy', 'mpp-kota-banjarmasin:pemprov-63')}`);
      const section = pluginSection(page);
      await section.getByRole('heading', { level: 2, name: PLUGIN_NAME }).waitFor({ timeout: PLUGIN_TIMEOUT });
      // Its MALL_DESK part: the desk days of the mall the page gave it (MPP_DESK_SCHEDULE_READ).
      await section.getByRole('heading', { level: 3, name: 'Gerai di MPP: 7 hari terakhir' }).waitFor({ timeout: PLUGIN_TIMEOUT });
      const table = section.getByRole('table', { name: 'Hari gerai 7 hari terakhir' });
      await table.waitFor({ timeout: PLUGIN_TIMEOUT });
      expect(await table.getByRole('row').count()).toBeGreaterThan(1);
      expect(await section.getByRole('alert').count()).toBe(0);
      // Once for the tenancy, however many units of the agency serve there.
      expect(await section.count()).toBe(1);
    } finally {
      await page.close();
    }
  }, 240_000);

  it('shows the error panel for an entry that no longer matches its approved SHA-256, while the page keeps working, and retry loads the real one', async () => {
    const page = await browser.context.newPage();
    try {
      // One byte more on the entry the plugin's server sends: the browser's integrity check refuses it.
      const tamper = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: Buffer.concat([await response.body(), Buffer.from('\n')]) });
      };
      await page.route(stack.examplePlugin.entryUrl, tamper);
      await signIn(page, stack.portalUrl, DESK);

      const section = pluginSection(page);
      const panel = section.getByRole('alert');
      await panel.getByText(`Plugin ${PLUGIN_NAME} tidak dapat dimuat`).waitFor({ timeout: PLUGIN_TIMEOUT });
      await panel.getByText(/tidak lagi cocok dengan sidik jari \(SHA-256\)/).waitFor();
      expect(await section.getByRole('heading', { level: 3, name: 'Perkiraan Pajak Kendaraan Bermotor (PKB)' }).count()).toBe(0);

      // The rest of the page works: its own sections are there and a first-party remote still loads.
      expect(await page.getByRole('heading', { level: 1, name: /^Selamat datang, / }).count()).toBe(1);
      await page.getByRole('link', { name: 'Buka Survei Kepuasan (SKM)' }).click();
      await page.waitForURL(/\/skm(\/|$)/, { timeout: 30_000 });
      await page
        .getByRole('heading', { level: 1 })
        .filter({ hasNotText: /^Selamat datang, / })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.goBack();
      await panel.getByRole('button', { name: 'Coba lagi' }).waitFor({ timeout: PLUGIN_TIMEOUT });

      // The agency's server sends the approved file again: "Coba lagi" loads the plugin.
      await page.unroute(stack.examplePlugin.entryUrl, tamper);
      await panel.getByRole('button', { name: 'Coba lagi' }).click();
      await section
        .getByRole('heading', { level: 3, name: 'Perkiraan Pajak Kendaraan Bermotor (PKB)' })
        .waitFor({ timeout: PLUGIN_TIMEOUT });
      expect(await section.getByRole('alert').count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 240_000);

  it('hides a plugin suspended by the national admin on the next load of the page, and shows it again once approved again', async () => {
    const page = await browser.context.newPage();
    const admin = await graphql<{ signIn: { accessToken: string } }>(stack.gatewayUrl, SIGN_IN, {
      email: 'admin@simpul.test',
      password: 'simpul-demo',
    });
    const adminToken = admin.data?.signIn.accessToken ?? '';
    try {
      await signIn(page, stack.portalUrl, DESK);
      const section = pluginSection(page);
      await section.getByRole('heading', { level: 2, name: PLUGIN_NAME }).waitFor({ timeout: PLUGIN_TIMEOUT });
      const pluginId = (await section.getAttribute('data-plugin-id')) ?? '';

      const suspended = await graphql<{ suspendDeskPlugin: { status: string } }>(
        stack.gatewayUrl,
        'mutation($id: ID!, $reason: String!) { suspendDeskPlugin(id: $id, reason: $reason) { status } }',
        { id: pluginId, reason: 'Uji e2e: entri sedang diperiksa' },
        adminToken,
      );
      expect(suspended.data?.suspendDeskPlugin.status).toBe('SUSPENDED');

      // The page asks for its plugins again on reload and gets none: nothing of the plugin is shown.
      const list = page.waitForResponse(
        (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('PluginsFor'),
        {
          timeout: 60_000,
        },
      );
      await page.reload();
      const answer = (await (await list).json()) as { data?: { pluginsFor?: unknown[] } };
      expect(answer.data?.pluginsFor).toEqual([]);
      await page.getByRole('heading', { level: 1, name: /^Selamat datang, / }).waitFor({ timeout: 30_000 });
      expect(await section.count()).toBe(0);
      expect(await page.getByText(PLUGIN_NAME).count()).toBe(0);
    } finally {
      // Approved again as the harness registered it, so other suites meet the stack as seeded.
      registerDemoPlugin(stack.databaseUrl, stack.examplePlugin.entryUrl, stack.examplePlugin.sha256);
    }
    try {
      await page.reload();
      await pluginSection(page).getByRole('heading', { level: 2, name: PLUGIN_NAME }).waitFor({ timeout: PLUGIN_TIMEOUT });
    } finally {
      await page.close();
    }
  }, 240_000);
});

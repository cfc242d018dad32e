import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { createOwnAdministrator, graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';

// Sessions as a person meets them, in real Chromium against the built portal, gateway and registry:
// a session survives a new tab and a reload, signing out in one tab ends it in the other at once and
// on the server; a deactivated person's existing token stops working within 60 s.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: session browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken user { id } } }';

async function signInThroughPage(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Alamat email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill('simpul-demo');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
}

/** Signed in: the header offers "Keluar" and no "Masuk". */
async function expectSignedIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).waitFor({ timeout: 20_000 });
  expect(await page.getByRole('banner').getByRole('link', { name: 'Masuk', exact: true }).count()).toBe(0);
}

describeWithChromium('sessions in a real browser', () => {
  let stack: SharedStack;
  let portal: { url: string };
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    stack = useSharedStack();
    portal = { url: stack.portalUrl };
    browser = await launchChromium('path' in chromium ? chromium.path : '');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a person signed in across a new tab and a reload, and signing out in one tab ends it in the other and on the server', async () => {
    const { context } = browser;
    const first = await context.newPage();
    const second = await context.newPage();
    try {
      await signInThroughPage(first, portal.url, 'admin@simpul.test');
      const cookie = (await context.cookies(`${portal.url}/auth/refresh`)).find((one) => one.name === 'simpul_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });
      // The refresh token never reaches page scripts.
      expect(await first.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).not.toContain(
        'simpul_session',
      );

      // A link opened in a new tab: signed in, on a page only a signed-in admin has.
      await second.goto(`${portal.url}/`);
      await expectSignedIn(second);
      await second.getByRole('heading', { level: 1, name: /^Selamat datang, / }).waitFor();
      await second.getByRole('link', { name: 'Administrasi' }).waitFor();

      await second.reload();
      await expectSignedIn(second);

      // Sign out in the first tab: the second drops its session without a reload.
      const signedOut = first.waitForResponse((response) => response.url().endsWith('/auth/sign-out'));
      await first.getByRole('button', { name: 'Keluar' }).click();
      expect((await signedOut).status()).toBe(204);
      await second.getByRole('banner').getByRole('link', { name: 'Masuk', exact: true }).waitFor({ timeout: 10_000 });
      expect(await second.getByRole('button', { name: 'Keluar' }).count()).toBe(0);

      // The session is over on the server too: the old cookie no longer refreshes.
      const stale = await fetch(`${portal.url}/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: portal.url, cookie: `simpul_session=${cookie?.value}` },
        body: '{}',
      });
      expect(stale.status).toBe(401);
      expect(((await stale.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const fromBrowser = await context.request.post(`${portal.url}/auth/refresh`, {
        headers: { 'content-type': 'application/json', origin: portal.url },
        data: {},
      });
      expect(fromBrowser.status()).toBe(401);

      // A new tab now opens signed out.
      await second.reload();
      await second.getByRole('banner').getByRole('link', { name: 'Masuk', exact: true }).waitFor({ timeout: 20_000 });
    } finally {
      await first.close();
      await second.close();
    }
  }, 120_000);

  it("refuses a deactivated person's existing access token with UNAUTHENTICATED within 60 seconds, and ends their portal session", async () => {
    // A person of this test's own: the demo people are shared with the other suites of the run.
    const email = `dinonaktifkan.${randomUUID()}@simpul.test`;
    const password = 'jembatan-barito-malam-hari';
    createOwnAdministrator(stack, email, password);
    const desk = await graphql<{ signIn: { accessToken: string; user: { id: string } } }>(stack.gatewayUrl, SIGN_IN, { email, password });
    const admin = await graphql<{ signIn: { accessToken: string } }>(stack.gatewayUrl, SIGN_IN, {
      email: 'admin@simpul.test',
      password: 'simpul-demo',
    });
    const deskToken = desk.data?.signIn.accessToken ?? '';
    const deskId = desk.data?.signIn.user.id ?? '';
    expect(deskToken).not.toBe('');
    expect((await graphql<{ me: { id: string } }>(stack.gatewayUrl, '{ me { id } }', {}, deskToken)).data?.me.id).toBe(deskId);

    // The same person also holds a portal session (its cookie).
    const portalSignIn = await fetch(`${portal.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: portal.url },
      body: JSON.stringify({ email, password }),
    });
    expect(portalSignIn.status).toBe(200);
    const sessionCookie = (portalSignIn.headers.get('set-cookie') ?? '').split(';')[0];

    const deactivated = await graphql<{ deactivateUser: { status: string } }>(
      stack.gatewayUrl,
      'mutation($id: ID!) { deactivateUser(id: $id) { status } }',
      { id: deskId },
      admin.data?.signIn.accessToken,
    );
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data?.deactivateUser.status).toBe('DEACTIVATED');
    const at = Date.now();

    // The gateway may trust what it learned up to 30 s ago; the contract is "within 60 s".
    let refused: Awaited<ReturnType<typeof graphql>> | undefined;
    while (Date.now() - at < 60_000) {
      const answer = await graphql(stack.gatewayUrl, '{ me { id } }', {}, deskToken);
      if (answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
        refused = answer;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(refused?.status).toBe(401);
    expect(refused?.errors?.[0].extensions?.messages).toEqual({ id: expect.any(String), en: expect.any(String) });

    const refresh = await fetch(`${portal.url}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: portal.url, cookie: sessionCookie },
      body: '{}',
    });
    expect(refresh.status).toBe(401);
  }, 120_000);
});

import { useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// Issue #17: a visitor who is not signed in opens `/` and gets the front door's own small page (no
// React, no Module Federation): the national figures, the tile map usable by keyboard, links into
// the portal. Someone signed in gets the portal at `/`, straight away.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: front door browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

describeWithChromium('the front door in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a visitor the national figures from its own script only, the map usable by keyboard, with no WCAG violation', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto(`${stack.portalUrl}/`);
      await page.getByRole('heading', { level: 1, name: 'Selamat datang di Simpul' }).waitFor({ timeout: 30_000 });
      const map = page.getByRole('region', { name: 'Peta provinsi' });
      // The demo data's IPP of 2022 colours Kalimantan Selatan; its tile is a link into the portal.
      const tile = map.getByRole('link', { name: /^Kalimantan Selatan, KALSEL / });
      await tile.waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      // The page's own script only: nothing of the portal or its remotes.
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((script) => script.startsWith('/front/'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // The indicator by keyboard: arrow keys move between the radios, the map follows.
      await map.getByRole('radio', { name: 'IPP' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await map.getByRole('radio', { name: 'IKM' }).isChecked()).toBe(true);
      await map.getByRole('group', { name: /menurut IKM/ }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const zones = page.getByRole('region', { name: 'Peta provinsi' });
      await zones.getByRole('group', { name: /menurut Zona hijau Ombudsman/ }).waitFor();
      const zoneTile = zones.getByRole('link', { name: /^Kalimantan Selatan, KALSEL \d+%$/ });
      await zoneTile.focus();
      await Promise.all([page.waitForURL(/\/evaluasi\/ombudsman\/provinsi\/63$/), page.keyboard.press('Enter')]);
      // The link lands in the portal.
      await page
        .getByRole('button', { name: 'Keluar' })
        .or(page.getByRole('link', { name: 'Masuk', exact: true }))
        .first()
        .waitFor({ timeout: 60_000 });
    } finally {
      await page.close();
    }
  }, 180_000);

  it('gives someone signed in the portal at `/`, and the visitor again after signing out', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');

      const answer = await page.goto(`${stack.portalUrl}/`);
      expect(await answer?.text()).not.toContain('/front/');
      await page.getByRole('heading', { level: 1, name: /^Selamat datang, / }).waitFor({ timeout: 60_000 });

      const signedOut = page.waitForResponse((response) => response.url().endsWith('/auth/sign-out'));
      await page.getByRole('button', { name: 'Keluar' }).click();
      expect((await signedOut).status()).toBe(204);
      const again = await page.goto(`${stack.portalUrl}/`);
      expect(await again?.text()).toContain('/front/');
      await page.getByRole('heading', { level: 1, name: 'Selamat datang di Simpul' }).waitFor({ timeout: 30_000 });
    } finally {
      await page.close();
    }
  }, 180_000);
});

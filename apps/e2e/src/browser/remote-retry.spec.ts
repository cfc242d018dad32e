import { useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';

// A module (Module Federation remote) whose remoteEntry.js cannot be fetched shows its panel in the
// portal's frame, and "Coba lagi" really fetches the entry again: the portal loads containers with a
// script tag of its own (apps/portal/src/remote-container.ts), and a failed one is never reused.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: a remote that fails to load, then retried — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

describeWithChromium('a remote that fails to load', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows its panel while the rest of the portal works, and renders once "Coba lagi" finds the entry', async () => {
    const page = await browser.context.newPage();
    let entryRequests = 0;
    let entryDown = true;
    // The network, not the portal: the entry's requests fail while it is "down".
    await page.route('**/remotes/kipp-web/remoteEntry.js', async (route) => {
      entryRequests += 1;
      if (entryDown) await route.abort('connectionrefused');
      else await route.continue();
    });
    try {
      await page.goto(`${stack.portalUrl}/kipp`);
      await page.getByRole('alert').getByText('Inovasi (KIPP) tidak dapat dimuat').waitFor({ timeout: 90_000 });
      // The portal's own frame is still there.
      await page.getByRole('link', { name: 'Masuk' }).first().waitFor({ timeout: 10_000 });
      const failedRequests = entryRequests;
      expect(failedRequests).toBeGreaterThan(0);

      entryDown = false;
      await page.getByRole('button', { name: 'Coba lagi' }).click();
      await page.getByRole('heading', { level: 1, name: 'Katalog inovasi pelayanan publik' }).waitFor({ timeout: 90_000 });
      expect(entryRequests).toBeGreaterThan(failedRequests);
      expect(await page.getByRole('alert').filter({ hasText: 'tidak dapat dimuat' }).count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 300_000);
});

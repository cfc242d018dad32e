// What both walks share: a headless Chromium, a fresh browser profile per person, screenshots,
// failing with what the person saw, and an axe-core accessibility check of each page visited.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */
/** @typedef {{ id: string, impact?: string | null, help: string, nodes: string[] }} Violation */
/** @typedef {Violation & { page: string, url: string }} AxeFinding */
/** @typedef {Awaited<ReturnType<typeof openBrowser>>} Kit */

export const PORTAL = process.env.PORTAL_URL ?? 'http://localhost:4200';
export const PASSWORD = 'simpul-demo';
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** @param {string} message */
export function log(message) {
  console.log(`[walk] ${message}`);
}

/** @param {string} shots the folder for screenshots and axe.json */
export async function openBrowser(shots) {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let shotNumber = 0;
  /** @type {AxeFinding[]} */
  const axeFindings = [];

  /**
   * @param {Page} page
   * @param {string} name
   */
  async function shot(page, name, fullPage = false) {
    shotNumber += 1;
    const file = path.join(shots, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage });
    return file;
  }

  /**
   * Fails the walk with what the person saw.
   * @param {Page} page
   * @param {string} message
   * @returns {Promise<never>}
   */
  async function fail(page, message) {
    const file = await shot(page, 'failure', true);
    const text = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(`${message}\n  at ${page.url()}\n  screenshot ${file}\n  page text:\n${text.slice(0, 3000)}`);
  }

  /**
   * @param {Page} page
   * @param {string | RegExp} text
   */
  async function expectText(page, text, timeout = 15000) {
    try {
      await page.getByText(text).first().waitFor({ timeout });
    } catch {
      await fail(page, `expected to see "${String(text)}"`);
    }
  }

  /**
   * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and remembers every violation.
   * @param {Page} page
   * @param {string} label
   * @returns {Promise<Violation[]>}
   */
  async function axe(page, label) {
    // Evaluated through the DevTools protocol, not a script tag: the portal's CSP refuses inline scripts.
    await page.evaluate(fs.readFileSync(AXE, 'utf8'));
    const violations = await page.evaluate(async () => {
      // In the page: the script tag above defined window.axe.
      const inPage = /** @type {typeof window & { axe: typeof import('axe-core') }} */ (window);
      const result = await inPage.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`),
      }));
    });
    for (const violation of violations) axeFindings.push({ page: label, url: page.url(), ...violation });
    // An untranslated label shows as its message key ("mpp.busiestDesks"): count it with the findings.
    const keys = [
      ...new Set(
        (await page.locator('body').innerText()).match(/\b(kipp|skm|mpp|evaluation|registry|portal|ui)\.[a-z][A-Za-z]*(\.[A-Za-z]+)*\b/g) ??
          [],
      ),
    ].filter((key) => !/\.(go|test|id|com)$/.test(key));
    if (keys.length) {
      axeFindings.push({
        page: label,
        url: page.url(),
        id: 'untranslated-label',
        impact: 'serious',
        help: 'A message key is shown instead of text',
        nodes: keys,
      });
      log(`untranslated on ${label}: ${keys.join(', ')}`);
    }
    log(`axe ${label}: ${violations.length ? violations.map((v) => `${v.id}(${v.nodes.length})`).join(', ') : 'no violations'}`);
    return violations;
  }

  /**
   * A fresh browser profile per person: nobody inherits another's session.
   * @param {string | null} account signed out when null
   */
  async function as(account, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport, locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    if (account) {
      await page.goto(`${PORTAL}/sign-in`);
      await page.getByLabel('Email').fill(account);
      await page.getByLabel('Kata sandi').fill(PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page
        .getByRole('button', { name: 'Keluar' })
        .waitFor({ timeout: 15000 })
        .catch(() => fail(page, `sign-in of ${account} did not finish`));
    }
    return { page, context, close: () => context.close() };
  }

  function writeAxeReport() {
    const file = path.join(shots, 'axe.json');
    fs.writeFileSync(file, JSON.stringify(axeFindings, null, 2));
    return { file, count: axeFindings.length };
  }

  return { browser, shot, fail, expectText, axe, as, writeAxeReport };
}

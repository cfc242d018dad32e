// A person's walk through the current PEKPPP cycle in the portal, from F-01 to published results,
// in headless Chromium (playwright-core). Not part of `npm test`: it drives a running `npm start`.
//
//   rm -rf .data && npm start            # fresh demo data: the 2026 cycle is in F-01 filling
//   node apps/e2e/src/pekpppp-walk/walk.mjs
//
// Options (environment): PORTAL_URL (default http://localhost:4200), WALK_SHOTS (folder for the
// screenshots, default /tmp/pekpppp-walk), WALK_FROM (start at a later step after a partial run:
// desk, survey, scoring, appeal, decide, finalise, publish, public, rapor2022).
//
// Steps, each as the person who does it in real life:
//   desk       the Samsat Kalimantan Selatan desk claims a level with a justification for every
//              F-01 indicator, uploads evidence once and attaches the same document to a second
//              indicator, and issues one-time F-03 survey links
//   survey     citizens answer the F-03 form through those links (signed out); a reused link is refused
//   scoring    the admin starts evaluator scoring early (with a reason); the evaluator scores F-02
//              for both assigned lokus and records a field verification
//   appeal     the admin moves to verification, recomputes and opens the appeal phase; the desk
//              disputes one score
//   decide     the evaluator rescores the disputed indicator, with a reason
//   finalise   the admin moves to finalisation, recomputes and finalises
//   publish    the admin starts the publication phase early (with a reason) and publishes
//   public     signed out, the 2026 results and the Samsat Kalimantan Selatan rapor are readable
//   rapor2022  signed out, the 2022 rapor shows 4,02, A-, peringkat 20 dari 34 and its working
//
// Every step checks what a person would see (headings, saved messages, numbers) and stops with the
// page's text and a screenshot when something is missing. Re-running needs fresh data (see above).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** @typedef {import('playwright-core').Page} Page */

const PORTAL = process.env.PORTAL_URL ?? 'http://localhost:4200';
const SHOTS = process.env.WALK_SHOTS ?? '/tmp/pekpppp-walk';
const STEPS = ['desk', 'survey', 'scoring', 'appeal', 'decide', 'finalise', 'publish', 'public', 'rapor2022'];
const FROM = process.env.WALK_FROM ?? 'desk';
const PASSWORD = 'simpul-demo';
const ACCOUNTS = {
  admin: 'admin@simpul.test',
  evaluator: 'evaluator@simpul.test',
  deskSamsat: 'desk.samsat-kalsel@simpul.test',
  deskDpmptsp: 'desk.dpmptsp-kalteng@simpul.test',
};
const CYCLE_2026 = 'PEKPPP 2026';
const SAMSAT = 'SAMSAT Kalimantan Selatan';
const DPMPTSP = 'DPMPTSP Provinsi Kalimantan Tengah';
const SURVEY_RESPONDENTS = 10;

fs.mkdirSync(SHOTS, { recursive: true });
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

/** @param {string} message */
function log(message) {
  console.log(`[walk] ${message}`);
}

/**
 * @param {Page} page
 * @param {string} name
 */
async function shot(page, name, fullPage = false) {
  shotNumber += 1;
  const file = path.join(SHOTS, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
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
 * A fresh browser profile per person: nobody inherits another's session.
 * @param {string | null} account signed out when null
 */
async function as(account) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
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
  return { page, close: () => context.close() };
}

/** @param {Page} page */
async function openCycle(page) {
  await page.goto(`${PORTAL}/evaluasi`);
  await page.getByRole('link', { name: CYCLE_2026, exact: true }).first().click();
  await page
    .getByRole('heading', { level: 1, name: CYCLE_2026 })
    .waitFor()
    .catch(() => fail(page, 'the cycle page did not open'));
}

/**
 * @param {Page} page
 * @param {string} unitName
 */
async function openLokus(page, unitName) {
  await page.goto(`${PORTAL}/evaluasi`);
  // Desks and evaluators find their lokus on the start page; wait for it before looking.
  await page.getByRole('link', { name: CYCLE_2026, exact: true }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const link = page.getByRole('link', { name: unitName, exact: true }).first();
  if (await link.count()) await link.click();
  else await page.getByRole('link', { name: CYCLE_2026, exact: true }).first().click();
  await page
    .getByRole('heading', { level: 1, name: unitName })
    .waitFor()
    .catch(() => fail(page, `the lokus page of ${unitName} did not open`));
}

/**
 * The admin starts a phase now, with a reason, on the cycle page.
 * @param {Page} page
 * @param {string} phase
 * @param {string} reason
 */
async function startPhase(page, phase, reason) {
  await openCycle(page);
  await page.getByRole('heading', { name: 'Tahap dan batas waktu' }).waitFor();
  const select = page.getByLabel('Tahap yang dimulai');
  const upcoming = (await select.count())
    ? await select.locator('option').evaluateAll((options) => options.map((option) => /** @type {HTMLOptionElement} */ (option).value))
    : [];
  if (!upcoming.includes(phase)) {
    // A re-run after a partial walk: the phase was started already.
    log(`${phase} is not upcoming any more (already started)`);
    return;
  }
  await select.selectOption(phase);
  await page.getByLabel('Alasan', { exact: true }).fill(reason);
  await page.getByRole('button', { name: 'Mulai tahap' }).click();
  await expectText(page, 'Tahap dimulai dan tercatat.');
  log(`admin started ${phase}`);
}

/** @param {Page} page */
function aspectButtons(page) {
  return page.getByRole('navigation', { name: /aspek/i }).getByRole('button');
}

/**
 * For every indicator of every aspect: choose `levelFor(i)`, fill the text box, save, wait for the saved message.
 * @param {Page} page
 * @param {{ levelLabel: string, textLabel: string, text: (indicator: number) => string, saveName: RegExp, savedText: string, levelFor: (indicator: number) => number }} how
 */
async function fillEveryIndicator(page, { levelLabel, textLabel, text, saveName, savedText, levelFor }) {
  const buttons = aspectButtons(page);
  const aspectCount = await buttons.count();
  if (aspectCount === 0) await fail(page, 'no aspect navigation');
  let done = 0;
  for (let a = 0; a < aspectCount; a += 1) {
    await aspectButtons(page).nth(a).click();
    const cards = page.locator('article');
    const count = await cards.count();
    for (let i = 0; i < count; i += 1) {
      const card = cards.nth(i);
      const level = levelFor(done);
      await card
        .getByRole('radiogroup', { name: levelLabel })
        .getByRole('radio', { name: new RegExp(`^Level ${level}\\b`) })
        .check();
      await card.getByLabel(textLabel).fill(text(done));
      await card.getByRole('button', { name: saveName }).click();
      await card
        .getByText(savedText)
        .waitFor({ timeout: 15000 })
        .catch(() => fail(page, `saving indicator ${done + 1} did not say "${savedText}"`));
      done += 1;
    }
  }
  return done;
}

/** @param {string} text */
function pdf(text) {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
}

/** @type {Record<string, () => Promise<void>>} */
const steps = {
  async desk() {
    const { page, close } = await as(ACCOUNTS.deskSamsat);
    await openLokus(page, SAMSAT);
    await shot(page, 'desk-f01');
    // Evidence first: upload once on 1.a.Ak, then attach the same document to 2.a.P from the unit's library.
    const first = page.locator('article').first();
    await first.locator('input[type=file]').setInputFiles({
      name: 'sk-standar-pelayanan-2026.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('SK Standar Pelayanan Samsat Kalsel 2026'),
    });
    await first
      .getByText('Bukti terlampir.')
      .waitFor({ timeout: 15000 })
      .catch(() => fail(page, 'the evidence upload did not finish'));
    const second = page.locator('article').nth(1);
    await second.getByLabel('Pakai dokumen yang sudah diunggah').selectOption({ label: 'sk-standar-pelayanan-2026.pdf' });
    await second.getByRole('button', { name: 'Lampirkan' }).click();
    await second
      .getByText('Bukti terlampir.')
      .waitFor({ timeout: 15000 })
      .catch(() => fail(page, 'attaching the same document again did not work'));
    const claimed = await fillEveryIndicator(page, {
      levelLabel: 'Level yang diklaim',
      textLabel: 'Justifikasi',
      text: (i) => `Dokumen dan praktik indikator ke-${i + 1} tersedia dan ditetapkan; bukti terlampir.`,
      saveName: /^Simpan klaim/,
      savedText: 'Klaim tersimpan.',
      levelFor: (i) => [4, 5, 3, 4][i % 4],
    });
    log(`desk claimed ${claimed} indicators with justification and evidence`);
    await page
      .getByRole('heading', { name: /Analisis kesenjangan/ })
      .waitFor()
      .catch(() => fail(page, 'no live gap analysis'));
    await shot(page, 'desk-f01-filled');
    // F-03: one-time links for the survey (the QR posters).
    await page.getByRole('link', { name: 'Survei F-03 dan poster QR' }).click();
    await page.getByLabel('Jumlah tautan').fill(String(SURVEY_RESPONDENTS + 1));
    await page.getByRole('button', { name: 'Terbitkan tautan' }).click();
    await expectText(page, `${SURVEY_RESPONDENTS + 1} tautan belum dipakai.`);
    // Tokens are 16 random bytes in base64url (22 characters); the poster's text runs on after the URL.
    const urls = await page
      .locator('.simpul-poster')
      .evaluateAll((posters) =>
        posters
          .map((poster) => (poster.textContent ?? '').match(/https?:\/\/[^/\s]+\/evaluasi\/survei\/[A-Za-z0-9_-]{22}/)?.[0])
          .filter(Boolean),
      );
    if (urls.length < SURVEY_RESPONDENTS + 1) await fail(page, `expected ${SURVEY_RESPONDENTS + 1} survey links, found ${urls.length}`);
    fs.writeFileSync(path.join(SHOTS, 'survey-links.json'), JSON.stringify(urls, null, 2));
    await shot(page, 'desk-f03-posters');
    log(`desk issued ${urls.length} F-03 links`);
    await close();
  },

  async survey() {
    /** @type {unknown} */
    const saved = JSON.parse(fs.readFileSync(path.join(SHOTS, 'survey-links.json'), 'utf8'));
    // Written by the desk step: the one-time survey links it issued.
    const urls = /** @type {string[]} */ (saved);
    const { page, close } = await as(null);
    for (let r = 0; r < SURVEY_RESPONDENTS; r += 1) {
      // The QR content points at the configured public URL; the walk opens the same path on this portal.
      await page.goto(`${PORTAL}${new URL(urls[r]).pathname}`);
      await page
        .getByRole('heading', { level: 1, name: /Survei pengguna layanan/ })
        .waitFor()
        .catch(() => fail(page, 'the public F-03 form did not open'));
      const groups = page.getByRole('radiogroup');
      const count = await groups.count();
      for (let q = 0; q < count; q += 1)
        await groups
          .nth(q)
          .getByRole('radio', { name: new RegExp(`^${[4, 5, 4, 3][(q + r) % 4]} `) })
          .check();
      if (r === 0) await shot(page, 'public-f03-form');
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await expectText(page, 'Terima kasih');
    }
    await page.goto(`${PORTAL}${new URL(urls[0]).pathname}`);
    await expectText(page, 'Tautan sudah dipakai');
    await shot(page, 'public-f03-used');
    log(`${SURVEY_RESPONDENTS} citizens answered F-03; a reused link is refused`);
    await close();
  },

  async scoring() {
    const admin = await as(ACCOUNTS.admin);
    await startPhase(admin.page, 'EVALUATOR_SCORING', 'Semua lokus sudah mengisi F-01 dan survei F-03 sudah cukup.');
    await shot(admin.page, 'admin-scoring-started');
    await admin.close();

    const { page, close } = await as(ACCOUNTS.evaluator);
    for (const unit of [SAMSAT, DPMPTSP]) {
      await openLokus(page, unit);
      const scored = await fillEveryIndicator(page, {
        levelLabel: 'Nilai evaluator',
        textLabel: 'Catatan penilaian',
        text: (i) => `Sesuai bukti dan verifikasi lapangan (indikator ${i + 1}).`,
        saveName: /^Simpan nilai/,
        savedText: 'Nilai tersimpan.',
        levelFor: (i) => (unit === SAMSAT ? [4, 4, 3, 5][i % 4] : [3, 4, 3, 3][i % 4]),
      });
      await page.getByLabel('Tanggal kunjungan').fill('2026-05-12');
      await page.getByLabel('Tim', { exact: true }).fill('Evaluator PEKPPP, Tim KemenPAN-RB');
      await page.getByLabel('Temuan').fill('Standar pelayanan terpampang, ruang tunggu dan sarana difabel tersedia.');
      await page.getByRole('button', { name: 'Simpan catatan kunjungan' }).click();
      await expectText(page, 'Catatan kunjungan tersimpan.');
      await shot(page, `evaluator-f02-${unit === SAMSAT ? 'samsat' : 'dpmptsp'}`);
      log(`evaluator scored ${scored} indicators of ${unit} and recorded a field verification`);
    }
    await close();
  },

  async appeal() {
    const admin = await as(ACCOUNTS.admin);
    await startPhase(admin.page, 'VERIFICATION', 'Penilaian evaluator selesai untuk semua lokus.');
    await admin.page.getByRole('button', { name: 'Hitung ulang hasil' }).click();
    await expectText(admin.page, /2 lokus dihitung/);
    await startPhase(admin.page, 'APPEAL', 'Verifikasi selesai; hasil sementara dihitung.');
    await admin.close();

    const desk = await as(ACCOUNTS.deskSamsat);
    await openLokus(desk.page, SAMSAT);
    await desk.page.getByLabel('Indikator yang disanggah').selectOption({ index: 1 });
    await desk.page.getByLabel('Level yang diminta').selectOption('5');
    await desk.page.getByLabel('Alasan', { exact: true }).fill('SK penetapan dan monev SP 2026 sudah terlampir pada bukti 1.a.Ak.');
    await desk.page.getByRole('button', { name: 'Ajukan sanggahan' }).click();
    await expectText(desk.page, /Sanggahan diajukan/);
    await shot(desk.page, 'desk-appeal-filed');
    log('desk filed an appeal');
    await desk.close();
  },

  async decide() {
    const evaluator = await as(ACCOUNTS.evaluator);
    await openLokus(evaluator.page, SAMSAT);
    await evaluator.page.getByLabel('Keputusan', { exact: true }).selectOption('RESCORE');
    await evaluator.page.getByLabel('Nilai baru').selectOption('5');
    await evaluator.page.getByLabel('Alasan keputusan').fill('Bukti monev SP terverifikasi; nilai dinaikkan.');
    await evaluator.page.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expectText(evaluator.page, 'Keputusan sanggahan tersimpan.');
    await expectText(evaluator.page, /dinilai ulang/);
    await shot(evaluator.page, 'evaluator-appeal-decided');
    log('evaluator rescored the appeal');
    await evaluator.close();
  },

  async finalise() {
    const { page, close } = await as(ACCOUNTS.admin);
    await startPhase(page, 'FINALISATION', 'Masa sanggah selesai; semua sanggahan diputus.');
    await page.getByRole('button', { name: 'Hitung ulang hasil' }).click();
    await expectText(page, /2 lokus dihitung/);
    await page.getByRole('button', { name: 'Finalisasi hasil' }).click();
    // Finalising freezes everything: the page says what and asks first.
    const confirm = page.getByRole('dialog', { name: /Finalisasi hasil .*\?/ });
    await confirm
      .getByText(/membekukan semua nilai F-02/)
      .waitFor()
      .catch(() => fail(page, 'finalisation did not ask for confirmation'));
    await confirm.getByRole('button', { name: 'Ya, finalisasi dan bekukan' }).click();
    await expectText(page, /Hasil dibekukan sejak/);
    await expectText(page, /Tahap publikasi dibuka/);
    await shot(page, 'admin-finalised');
    log('admin finalised the 2026 results');
    await close();
  },

  async publish() {
    const { page, close } = await as(ACCOUNTS.admin);
    await startPhase(page, 'PUBLISHED', 'Hasil sudah final dan disetujui untuk diumumkan.');
    await page.getByRole('button', { name: 'Publikasikan hasil' }).click();
    await expectText(page, 'Hasil sudah dipublikasikan');
    await shot(page, 'admin-published', true);
    log('admin started publication early and published the 2026 results');
    await close();
  },

  async public() {
    const { page, close } = await as(null);
    await openCycle(page);
    await page.getByRole('link', { name: 'Lihat hasil dan peringkat' }).first().click();
    await expectText(page, SAMSAT);
    await expectText(page, /peringkat 1 dari 1/);
    await shot(page, 'public-2026-results', true);
    await page.getByRole('link', { name: SAMSAT, exact: true }).first().click();
    await page
      .getByRole('heading', { level: 1, name: new RegExp(SAMSAT) })
      .waitFor()
      .catch(() => fail(page, 'the public rapor did not open'));
    await expectText(page, /Dicampur|BLENDED|0,75/);
    await shot(page, 'public-2026-rapor', true);
    log('signed out, the 2026 results and rapor are readable');
    await close();
  },

  async rapor2022() {
    const { page, close } = await as(null);
    await page.goto(`${PORTAL}/evaluasi`);
    await page.getByRole('link', { name: 'PEKPPP 2022', exact: true }).first().click();
    await page.getByRole('link', { name: 'Lihat hasil dan peringkat' }).first().click();
    await page.getByLabel('Kelompok pembanding').selectOption('PROVINCE:SAMSAT');
    await expectText(page, 'peringkat 20 dari 34');
    await page.getByRole('link', { name: SAMSAT, exact: true }).first().click();
    await expectText(page, '4,02');
    await expectText(page, /A-/);
    await expectText(page, 'peringkat 20 dari 34');
    await expectText(page, 'Cara IPP dihitung');
    await expectText(page, 'Kategori A- (Sangat Baik)');
    await shot(page, 'public-2022-rapor', true);
    log('the 2022 rapor of Samsat Kalimantan Selatan: 4,02, A-, peringkat 20 dari 34, with its working');
    await close();
  },
};

try {
  const start = STEPS.indexOf(FROM);
  if (start < 0) throw new Error(`WALK_FROM must be one of ${STEPS.join(', ')}`);
  for (const step of STEPS.slice(start)) {
    log(`— ${step}`);
    await steps[step]();
  }
  log(`done; screenshots in ${SHOTS}`);
} finally {
  await browser.close();
}

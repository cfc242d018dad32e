// Issue #12 items 1 and 2, walked in the portal by each role in headless Chromium (playwright-core):
//   admin      creates a cycle from /evaluasi ("Buat siklus"), starts preparation, adds two lokus,
//              enrols a second evaluator on /evaluasi/evaluator (level, agency), declares a conflict
//              of interest for them, sees "Tugaskan evaluator" refuse them for the conflicted lokus
//              with the reason, withdraws the conflict, assigns the primary and the second rater
//   desk       during scoring: its evaluation is not shown yet ("terlihat … setelah masa sanggah")
//   primary    scores all 30 indicators with a note each; sees no second-rater level while blind
//   second     opens the lokus, is told the rating is blind, sees no primary level, scores all 30;
//              once both finished, sees the primary's level beside their own
//   admin      the kappa table has the pair; starts verification, then the appeal phase
//   desk       in the appeal phase sees each indicator's level, the evaluator's note and the field
//              finding, files an appeal with a requested level, and sees it listed with that level
// Re-runnable on any data: each run creates its own cycle in the first free far-future year (cycles
// are unique per year and scheme) and never touches the demo cycles. Not part of `npm test`.
//
//   npm start                                   # any data; demo accounts needed (SEED_DEMO=true)
//   node apps/e2e/src/walks/pekppp-cycle-walk.mjs
//
// Options (environment): PORTAL_URL (default http://localhost:4200), WALK_SHOTS (screenshots and
// axe.json, default /tmp/pekppp-cycle-walk), WALK_SECOND (the second rater's account, default
// te2@simpul.test, an EVALUATOR account of the demo data).
import { log, openBrowser, PORTAL } from './walk-kit.mjs';

/** @typedef {import('./walk-kit.mjs').Page} Page */

const SHOTS = process.env.WALK_SHOTS ?? '/tmp/pekppp-cycle-walk';
const ACCOUNTS = {
  admin: 'admin@simpul.test',
  primary: 'evaluator@simpul.test',
  second: process.env.WALK_SECOND ?? 'te2@simpul.test',
  desk: 'desk.samsat-kalsel@simpul.test',
};
const SECOND_NAME = 'Evaluator Kedua (walk)';
const SAMSAT = 'SAMSAT Kalimantan Selatan';
const KALTENG = 'DPMPTSP Provinsi Kalimantan Tengah';
const KEMENPANRB = 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';
const KALTENG_AGENCY = 'Pemerintah Provinsi Kalimantan Tengah';

const kit = await openBrowser(SHOTS);
const { shot, fail, expectText, axe, as } = kit;
let cycleName = '';
let cyclePath = '';
let samsatPath = '';

/** @param {Page} page */
async function openCycle(page) {
  await page.goto(`${PORTAL}${cyclePath}`);
  await page
    .getByRole('heading', { level: 1, name: cycleName })
    .waitFor()
    .catch(() => fail(page, 'the cycle page did not open'));
}

/**
 * The admin starts a phase now, with a reason (the walk's cycle lies in the future).
 * @param {Page} page
 * @param {string} phase
 * @param {string} reason
 */
async function startPhase(page, phase, reason) {
  await openCycle(page);
  const select = page.getByLabel('Tahap yang dimulai');
  await select.waitFor().catch(() => fail(page, 'no "start a phase" form'));
  await select.selectOption(phase);
  await page.getByLabel('Alasan', { exact: true }).fill(reason);
  await page.getByRole('button', { name: 'Mulai tahap' }).click();
  await expectText(page, 'Tahap dimulai dan tercatat.');
  log(`admin started ${phase}`);
}

/**
 * Every indicator of every aspect: pick the level, optionally write the note, save, wait for the saved message.
 * @param {Page} page
 * @param {{ levelLabel: string, noteLabel: string | null, saveName: RegExp, savedText: string, levelFor: (indicator: number) => number }} how
 */
async function scoreEveryIndicator(page, { levelLabel, noteLabel, saveName, savedText, levelFor }) {
  const nav = page.getByRole('navigation', { name: /aspek/i }).getByRole('button');
  const aspects = await nav.count();
  if (aspects === 0) await fail(page, 'no aspect navigation');
  let done = 0;
  for (let a = 0; a < aspects; a += 1) {
    await nav.nth(a).click();
    const cards = page.locator('article');
    const count = await cards.count();
    for (let i = 0; i < count; i += 1) {
      const card = cards.nth(i);
      await card
        .getByRole('radiogroup', { name: levelLabel })
        .getByRole('radio', { name: new RegExp(`^Level ${levelFor(done)}\\b`) })
        .check();
      if (noteLabel) await card.getByLabel(noteLabel).fill(`Catatan evaluator indikator ke-${done + 1}: bukti diperiksa.`);
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

/** @type {Record<string, () => Promise<void>>} */
const steps = {
  async createCycle() {
    const { page, close } = await as(ACCOUNTS.admin);
    await page.goto(`${PORTAL}/evaluasi`);
    await page.getByRole('button', { name: 'Buat siklus' }).click();
    await page.getByRole('heading', { name: 'Buat siklus evaluasi' }).waitFor();
    await axe(page, 'create cycle form');
    // The first free year from 2041 on: a cycle is unique per year and scheme.
    for (let year = 2041; year <= 2100; year += 1) {
      cycleName = `PEKPPP Walk ${year}`;
      await page.getByLabel(/^Tahun/).fill(String(year));
      await page.getByLabel(/^Nama siklus/).fill(cycleName);
      await page.getByRole('button', { name: 'Buat siklus' }).last().click();
      const opened = page.getByRole('heading', { level: 1, name: cycleName });
      const refused = page.getByRole('link', { name: /sudah ada/ });
      await Promise.race([opened.waitFor({ timeout: 15000 }), refused.waitFor({ timeout: 15000 })]).catch(() =>
        fail(page, 'creating the cycle gave no answer'),
      );
      if (await opened.count()) break;
      log(`year ${year} is taken, trying the next`);
    }
    cyclePath = new URL(page.url()).pathname;
    log(`admin created ${cycleName} at ${cyclePath}`);
    await shot(page, 'cycle-created');
    await startPhase(page, 'PREPARATION', 'Walk: penetapan lokus.');
    for (const [search, unit] of [
      ['samsat kalimantan selatan', SAMSAT],
      ['dpmptsp provinsi kalimantan tengah', KALTENG],
    ]) {
      // Chosen from the registry's search results (issue #20: by search, not pasted ids), then added with the cycle's instrument.
      await page.getByLabel(/Cari unit di registri/).fill(search);
      await page.getByRole('button', { name: `Pilih ${unit}` }).click();
      await page.getByRole('button', { name: 'Tambahkan 1 unit sebagai lokus' }).click();
      await expectText(page, '1 lokus ditambahkan; 0 sudah menjadi lokus.');
      await page.getByRole('table').filter({ hasText: unit }).first().waitFor();
    }
    // Item 5: the unit just added is no longer offered, and the lokus list shows it without a reload.
    if (await page.getByRole('button', { name: `Pilih ${KALTENG}` }).count()) await fail(page, 'a unit just added is still offered');
    const samsatHref = await page.getByRole('link', { name: SAMSAT, exact: true }).first().getAttribute('href');
    if (!samsatHref) return fail(page, `the ${SAMSAT} lokus has no link`);
    samsatPath = new URL(samsatHref, PORTAL).pathname;
    await axe(page, 'cycle page in preparation');
    await close();
  },

  async enrol() {
    const { page, close } = await as(ACCOUNTS.admin);
    await page.goto(`${PORTAL}/evaluasi`);
    await page.getByRole('link', { name: 'Evaluator dan konflik kepentingan' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Evaluator dan konflik kepentingan' })
      .waitFor()
      .catch(() => fail(page, '/evaluasi/evaluator did not open'));
    await page.getByLabel(/Cari akun/).fill(ACCOUNTS.second.split('@')[0]);
    const account = page.getByLabel('Akun evaluator');
    await account
      .locator('option', { hasText: ACCOUNTS.second })
      .waitFor({ state: 'attached' })
      .catch(() => fail(page, `${ACCOUNTS.second} is not offered as an evaluator account`));
    await account.selectOption({ label: (await account.locator('option', { hasText: ACCOUNTS.second }).textContent()) ?? '' });
    await page.getByLabel('Nama tampilan').fill(SECOND_NAME);
    await page.getByLabel('Tingkat', { exact: true }).selectOption('KEMENPANRB');
    await page.getByLabel('Cari instansi').first().fill('Aparatur');
    const agency = page.getByLabel('Instansi evaluator');
    await agency.locator('option', { hasText: KEMENPANRB }).waitFor({ state: 'attached' });
    await agency.selectOption({ label: KEMENPANRB });
    await page.getByRole('button', { name: 'Simpan profil evaluator' }).click();
    await expectText(page, `Profil ${SECOND_NAME} tersimpan.`);
    await page.getByRole('table', { name: 'Evaluator terdaftar' }).getByText(SECOND_NAME).waitFor();
    log(`admin enrolled ${ACCOUNTS.second} as ${SECOND_NAME}`);
    // A conflict of interest with the Kalimantan Tengah government.
    await page.getByRole('button', { name: `Konflik kepentingan ${SECOND_NAME}` }).click();
    const panel = page.getByRole('region', { name: `Konflik kepentingan ${SECOND_NAME}` });
    await panel.getByLabel('Cari instansi').fill('Kalimantan Tengah');
    await panel
      .getByLabel('Instansi', { exact: true })
      .locator('option', { hasText: KALTENG_AGENCY })
      .first()
      .waitFor({ state: 'attached' });
    await panel.getByLabel('Instansi', { exact: true }).selectOption({ label: KALTENG_AGENCY });
    await panel.getByLabel('Alasan').fill('Walk: pernah bekerja di Pemprov Kalimantan Tengah.');
    await panel.getByRole('button', { name: 'Simpan pernyataan' }).click();
    await expectText(page, 'Konflik kepentingan tercatat.');
    await panel.getByText(`Instansi: ${KALTENG_AGENCY}`).first().waitFor();
    await axe(page, 'evaluator page');
    await shot(page, 'evaluators-enrolled', true);
    await close();
  },

  async assign() {
    const { page, close } = await as(ACCOUNTS.admin);
    await openCycle(page);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Tugaskan evaluator' }) });
    const pick = async (/** @type {string} */ unit) => {
      await form.getByLabel('Lokus', { exact: true }).selectOption({ label: unit });
      await form.getByLabel('Evaluator yang dapat ditugaskan').waitFor();
      await page.waitForLoadState('networkidle');
    };
    // The conflicted evaluator is not offered for the Kalimantan Tengah lokus, and the page says why.
    await pick(KALTENG);
    await form
      .getByText(new RegExp(`${SECOND_NAME.replace(/[()]/g, '\\$&')}: .*konflik kepentingan`))
      .waitFor()
      .catch(() => fail(page, 'the conflicted evaluator is not listed with the reason'));
    await shot(page, 'assign-refused-with-reason');
    // Withdraw the conflict on the evaluator page (re-runs start clean), then assign both raters on Samsat.
    await page.goto(`${PORTAL}/evaluasi/evaluator`);
    await page.getByRole('button', { name: `Konflik kepentingan ${SECOND_NAME}` }).click();
    const panel = page.getByRole('region', { name: `Konflik kepentingan ${SECOND_NAME}` });
    while (await panel.getByRole('button', { name: /^Cabut pernyataan konflik/ }).count()) {
      await panel
        .getByRole('button', { name: /^Cabut pernyataan konflik/ })
        .first()
        .click();
      await expectText(page, 'Pernyataan dicabut.');
      await page.waitForLoadState('networkidle');
    }
    await openCycle(page);
    for (const [name, role] of [
      ['Evaluator PEKPPP', 'PRIMARY'],
      [SECOND_NAME, 'SECOND_RATER'],
    ]) {
      await pick(SAMSAT);
      const select = form.getByLabel('Evaluator yang dapat ditugaskan');
      await select
        .locator('option', { hasText: name })
        .waitFor({ state: 'attached' })
        .catch(() => fail(page, `${name} is not offered for ${SAMSAT}`));
      await select.selectOption({ label: (await select.locator('option', { hasText: name }).textContent()) ?? '' });
      await form.getByLabel('Peran').selectOption(role);
      await form.getByRole('button', { name: 'Tugaskan' }).click();
      await expectText(page, 'Evaluator ditugaskan.');
    }
    // Item 5: the lokus list shows both raters, each with their own label, without a reload.
    await expectText(page, 'Evaluator PEKPPP (Penilai utama)');
    await expectText(page, `${SECOND_NAME} (Penilai kedua)`);
    await shot(page, 'assigned');
    await startPhase(page, 'EVALUATOR_SCORING', 'Walk: F-01 dan F-03 dilewati untuk menguji penilaian.');
    await close();
  },

  async deskBefore() {
    const { page, close } = await as(ACCOUNTS.desk);
    await page.goto(`${PORTAL}${samsatPath}`);
    await page.getByRole('heading', { level: 1, name: SAMSAT }).waitFor();
    await expectText(page, 'Nilai evaluator terlihat di sini setelah masa sanggah dibuka');
    if (await page.getByRole('table', { name: 'Nilai evaluator per indikator' }).count())
      await fail(page, 'the desk sees the evaluation before the appeal phase');
    await close();
  },

  async primary() {
    const { page, close } = await as(ACCOUNTS.primary);
    await page.goto(`${PORTAL}${samsatPath}`);
    await page.getByRole('heading', { level: 1, name: SAMSAT }).waitFor();
    await expectText(page, 'Lokus ini juga dinilai penilai kedua secara buta.');
    const scored = await scoreEveryIndicator(page, {
      levelLabel: 'Nilai evaluator',
      noteLabel: 'Catatan penilaian',
      saveName: /^Simpan nilai /,
      savedText: 'Nilai tersimpan.',
      levelFor: (i) => [4, 3, 5, 4, 2][i % 5],
    });
    log(`primary rater scored ${scored} indicators`);
    if (await page.getByText(/^Penilai kedua: Level/).count()) await fail(page, 'the primary rater sees second-rater levels while blind');
    await page.getByLabel('Tanggal kunjungan').fill('2041-04-20');
    await page.getByLabel(/^Tim/).fill('Evaluator PEKPPP');
    await page.getByLabel('Temuan').fill('Walk: papan antrean belum ada di loket informasi.');
    await page.getByRole('button', { name: 'Simpan catatan kunjungan' }).click();
    await expectText(page, 'Catatan kunjungan tersimpan.');
    await axe(page, 'primary rater lokus page');
    await close();
  },

  async second() {
    const { page, close } = await as(ACCOUNTS.second);
    await page.goto(`${PORTAL}${samsatPath}`);
    await page
      .getByRole('heading', { level: 1, name: SAMSAT })
      .waitFor()
      .catch(() => fail(page, 'the second rater cannot open the lokus'));
    await expectText(page, 'Anda penilai kedua lokus ini.');
    if (await page.getByText(/bukan penilai utama|tidak ditugaskan/).count())
      await fail(page, 'the second rater is told they cannot score');
    if (await page.getByText(/^Penilai utama: level/).count())
      await fail(page, "the second rater sees the primary rater's levels while blind");
    if (await page.getByText('Walk: papan antrean').count())
      await fail(page, "the second rater sees the primary rater's field findings while blind");
    await shot(page, 'second-rater-blind');
    await axe(page, 'second rater lokus page');
    const scored = await scoreEveryIndicator(page, {
      levelLabel: 'Nilai penilai kedua',
      noteLabel: null,
      saveName: /^Simpan nilai kedua /,
      savedText: 'Nilai kedua tersimpan.',
      levelFor: (i) => [4, 3, 4, 4, 2][i % 5],
    });
    log(`second rater scored ${scored} indicators`);
    await page.reload();
    await expectText(page, 'Kedua penilai sudah selesai; nilai masing-masing kini terlihat.');
    await page
      .getByText(/^Penilai utama: level \d/)
      .first()
      .waitFor()
      .catch(() => fail(page, "after both finished the second rater does not see the primary's level"));
    await shot(page, 'second-rater-lifted');
    await close();
  },

  async kappa() {
    const { page, close } = await as(ACCOUNTS.admin);
    await openCycle(page);
    const table = page.getByRole('table', { name: 'Kesepakatan antarpenilai (kappa berbobot kuadrat)' });
    await table
      .getByText(SECOND_NAME)
      .waitFor()
      .catch(() => fail(page, 'the kappa table has no row for the two raters'));
    await table.getByText('30', { exact: true }).first().waitFor();
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'kappa');
    await startPhase(page, 'VERIFICATION', 'Walk: penilaian selesai.');
    await startPhase(page, 'APPEAL', 'Walk: verifikasi selesai.');
    await close();
  },

  async deskAppeal() {
    const { page, close } = await as(ACCOUNTS.desk);
    await page.goto(`${PORTAL}${samsatPath}`);
    await page.getByRole('heading', { level: 1, name: SAMSAT }).waitFor();
    const table = page.getByRole('table', { name: 'Nilai evaluator per indikator' });
    await table.waitFor().catch(() => fail(page, 'the desk does not see its evaluation in the appeal phase'));
    await table.getByText('Catatan evaluator indikator ke-1: bukti diperiksa.').waitFor();
    await expectText(page, 'Walk: papan antrean belum ada di loket informasi.');
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'desk-evaluation');
    const indicator = page.getByLabel('Indikator yang disanggah');
    const options = await indicator
      .locator('option')
      .evaluateAll((all) => all.map((option) => /** @type {HTMLOptionElement} */ (option).value).filter(Boolean));
    const numbers = options.map((code) => Number(code.split('.')[0]));
    if (numbers.some((n, i) => i > 0 && n < numbers[i - 1]))
      await fail(page, `appeal indicators are not in instrument order: ${options.join(', ')}`);
    await indicator.selectOption(options[4]);
    await page.getByLabel('Level yang diminta').selectOption('5');
    await page.getByLabel('Alasan', { exact: true }).fill('Walk: forum konsultasi publik sudah digelar; daftar hadir terlampir.');
    await page.getByRole('button', { name: 'Ajukan sanggahan' }).click();
    await expectText(page, 'Sanggahan diajukan; evaluator akan memutuskannya.');
    await expectText(page, 'Level yang diminta: 5');
    await axe(page, 'desk lokus page in the appeal phase');
    await page.getByText('Level yang diminta: 5').scrollIntoViewIfNeeded();
    await shot(page, 'desk-appeal');
    log(`desk saw its evaluation and appealed ${options[4]} asking for level 5`);
    await close();
  },
};

try {
  for (const [name, step] of Object.entries(steps)) {
    log(`— ${name}`);
    await step();
  }
  const report = kit.writeAxeReport();
  log(`done: ${cycleName}; ${report.count} accessibility findings in ${report.file}`);
} finally {
  await kit.browser.close();
}

// Issue #6's done-when, walked by people in the portal: a proposal from draft to Top 45, then found in
// the public catalogue and on the winners page. Headless Chromium (playwright-core); not part of
// `npm test`: it drives a running `npm start`.
//
//   rm -rf .data && npm start               # fresh demo data: KIPP 2026 has registration open
//   node apps/e2e/src/walks/kipp-walk.mjs
//
// Options (environment): PORTAL_URL (default http://localhost:4200), WALK_SHOTS (screenshots and
// axe.json, default /tmp/kipp-walk), WALK_FROM (start at a later step after a partial run), WALK_TITLE
// (the proposal's title; a later step finds the proposal by it).
//
// Steps, each as the person who does it in real life:
//   appoint     the admin opens /kipp/penugasan, appoints a local admin picked by search and revokes
//               it; the history records both; the competition's teams are listed
//   desk        the Samsat Kalimantan Selatan desk drafts a proposal (every section, an uploaded PDF,
//               a video link) and shares it with the agency's local admin
//   localAdmin  the local admin of Pemprov Kalimantan Selatan submits it
//   adminCheck  the admin is refused while registration is open (item 6), closes registration early,
//               passes it, sends the same decision again and finds one trail row (with names), and
//               closes administrative selection
//   assign      the admin assigns the Tim Evaluasi
//   teScore     every assigned TE member scores it
//   top99       the admin closes desk assessment, proposes the Top 99 from the ranking and decides it
//   objection   signed out, someone objects to it; the admin rejects the objection and closes the window
//   present     the TPI panel scores the presentation; the admin closes that stage
//   verify      a TPI and a TE member record field verification; the admin closes that stage
//   top45       the admin decides the Top 45
//   public      signed out, the innovation is in the catalogue and on the winners page
//
// Every page visited is checked with axe-core (WCAG 2.1 A/AA); findings go to WALK_SHOTS/axe.json.
import fs from 'node:fs';
import path from 'node:path';
import { log, openBrowser, PORTAL } from './walk-kit.mjs';

/** @typedef {import('./walk-kit.mjs').Page} Page */
/**
 * What a later step needs from an earlier one, kept in state.json so WALK_FROM can resume.
 * @typedef {{ title: string, competitionUrl?: string, proposalUrl?: string, proposalId?: string, innovationUrl?: string, objected?: boolean }} WalkState
 */

const SHOTS = process.env.WALK_SHOTS ?? '/tmp/kipp-walk';
const STEPS = [
  'appoint',
  'desk',
  'localAdmin',
  'adminCheck',
  'assign',
  'teScore',
  'top99',
  'objection',
  'present',
  'verify',
  'top45',
  'public',
];
const FROM = process.env.WALK_FROM ?? 'appoint';
const STATE_FILE = path.join(SHOTS, 'state.json');
const state = savedState();
/** @returns {WalkState} */
function savedState() {
  const title = process.env.WALK_TITLE ?? `Samsat Keliling Sungai: Pajak Kendaraan di Dermaga ${Date.now().toString(36).slice(-4)}`;
  if (!fs.existsSync(STATE_FILE) || ['appoint', 'desk'].includes(FROM)) return { title };
  /** @type {unknown} */
  const parsed = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
  const saved = /** @type {Partial<WalkState>} */ (parsed);
  return { ...saved, title: saved.title ?? title };
}
const saveState = () => fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
const ACCOUNTS = {
  admin: 'admin@simpul.test',
  desk: 'desk.samsat-kalsel@simpul.test',
  localAdmin: 'admin.kalsel@simpul.test',
  tpi: 'panel@simpul.test',
  tpiMembers: ['panel@simpul.test', 'tpi2@simpul.test', 'tpi3@simpul.test', 'tpi4@simpul.test', 'tpi5@simpul.test'],
};
const kit = await openBrowser(SHOTS);
const { shot, fail, expectText, axe, as } = kit;

const SECTIONS = {
  Ringkasan:
    'Petugas Samsat naik kapal motor ke dermaga pasar terapung setiap Sabtu, sehingga pemilik kendaraan di desa bantaran sungai membayar pajak tahunan tanpa menyeberang ke kota.',
  'Latar belakang dan tujuan':
    'Sebelumnya warga desa sungai harus menempuh dua jam perjalanan air; tunggakan pajak kendaraan di tiga kecamatan mencapai 38 persen. Tujuannya menurunkan tunggakan dan waktu tempuh.',
  Kebaruan:
    'Layanan keliling pertama yang memakai kapal dan pembayaran nontunai dengan bukti elektronik di atas air, terhubung langsung ke sistem e-Samsat.',
  Implementasi:
    'Berjalan sejak Maret 2023 bersama Dinas Perhubungan dan Bank Kalsel; jadwal diumumkan lewat radio desa dan grup pesan kecamatan.',
  Signifikansi: 'Tunggakan turun dari 38 menjadi 17 persen dalam dua tahun; 4.200 transaksi per tahun; waktu layanan rata-rata 12 menit.',
  Adaptabilitas: 'Sudah ditiru Samsat Kapuas dan dapat diterapkan di daerah perairan lain di Kalimantan dan Sumatera.',
  'Sumber daya':
    'Satu kapal milik Dishub, empat petugas bergilir, perangkat pembayaran bergerak; anggaran operasional Rp 180 juta per tahun.',
  'Strategi keberlanjutan': 'Ditetapkan dengan Peraturan Gubernur dan masuk Renstra Bapenda 2024–2028 dengan anggaran tahunan.',
};
const TWO_AND_A_HALF_YEARS_AGO = new Date(Date.now() - 913 * 86400000).toISOString().slice(0, 10);

const COMPETITION = 'Kompetisi Inovasi Pelayanan Publik 2026';

/**
 * The admin's page of the 2026 competition, on one tab.
 * @param {Page} page
 * @param {string} tab
 */
async function openCompetition(page, tab) {
  if (!state.competitionUrl) {
    await page.goto(`${PORTAL}/kipp/kompetisi`);
    await page.getByRole('link', { name: COMPETITION }).click();
    await page
      .getByRole('heading', { level: 1, name: COMPETITION })
      .waitFor()
      .catch(() => fail(page, 'the competition page did not open'));
    state.competitionUrl = page.url().split('?')[0];
    saveState();
  }
  await page.goto(`${state.competitionUrl}?tab=${tab}`);
  await page
    .getByRole('heading', { level: 1, name: COMPETITION })
    .waitFor()
    .catch(() => fail(page, 'the competition page did not open'));
  await page.waitForLoadState('networkidle');
}

/**
 * The admin closes one stage on the calendar tab, with a reason.
 * @param {Page} page
 * @param {string} stageLabel
 * @param {string} reason
 */
async function closeStage(page, stageLabel, reason) {
  await openCompetition(page, 'calendar');
  const select = page.getByLabel('Tahap', { exact: true });
  const open = await select.locator('option').allTextContents();
  if (!open.includes(stageLabel)) {
    log(`${stageLabel} is closed already`);
    return;
  }
  await select.selectOption({ label: stageLabel });
  await page.getByLabel('Alasan menutup tahap').fill(reason);
  await page.getByRole('button', { name: 'Tutup tahap' }).click();
  await expectText(page, 'Tahap sudah ditutup.');
  log(`admin closed ${stageLabel}`);
}

/**
 * The admin's page of the walked proposal, found in the competition's list of every status.
 * @param {Page} page
 */
async function openAdminProposal(page) {
  await openCompetition(page, 'proposals');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua status' });
  await page
    .getByRole('link', { name: state.title })
    .click()
    .catch(() => fail(page, 'the proposal is not in the competition list'));
  await page
    .getByRole('heading', { level: 1, name: state.title })
    .waitFor()
    .catch(() => fail(page, 'the admin proposal page did not open'));
}

/** @type {Record<string, () => Promise<void>>} */
const steps = {
  async appoint() {
    // Issue 11 §2: the national admin appoints and revokes KIPP people in the portal.
    const { page, close } = await as(ACCOUNTS.admin);
    await page.goto(`${PORTAL}/kipp/kompetisi`);
    await page.getByRole('link', { name: 'Penugasan: admin lokal, Tim Evaluasi, TPI' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Penugasan KIPP' })
      .waitFor()
      .catch(() => fail(page, 'the appointments page did not open'));
    await page.waitForLoadState('networkidle');
    await axe(page, 'appointments');
    const local = page.getByRole('region', { name: 'Admin lokal instansi' });
    await local
      .getByRole('cell', { name: 'Admin Lokal KIPP Pemprov Kalimantan Selatan' })
      .first()
      .waitFor()
      .catch(() => fail(page, 'the seeded local admin is not listed'));
    // Search narrows the choices; selectOption waits until the searched option is there.
    await local.getByLabel('Cari pengguna').fill('dpmptsp-kalteng');
    await local.getByLabel(/^Pengguna/).selectOption({ label: 'Desk DPMPTSP Kalimantan Tengah — desk.dpmptsp-kalteng@simpul.test' });
    await local.getByLabel('Cari instansi').fill('Provinsi Kalimantan Tengah');
    await local.getByLabel(/^Instansi/).selectOption({ label: 'Pemerintah Provinsi Kalimantan Tengah' });
    await local.getByRole('button', { name: 'Tunjuk' }).click();
    await expectText(page, 'Desk DPMPTSP Kalimantan Tengah ditunjuk.');
    await local.getByRole('button', { name: 'Cabut penunjukan Desk DPMPTSP Kalimantan Tengah' }).first().click();
    await expectText(page, /Penunjukan .* dicabut\./);
    const history = page.getByRole('region', { name: 'Riwayat penunjukan' });
    await history
      .getByRole('cell', { name: 'Dicabut' })
      .first()
      .waitFor()
      .catch(() => fail(page, 'the revocation is not in the history'));
    const teams = page.getByRole('region', { name: 'Tim Evaluasi dan TPI per kompetisi' });
    await teams
      .getByRole('cell', { name: /Ketua Tim Panel Independen/ })
      .first()
      .waitFor()
      .catch(() => fail(page, 'the panel is not listed for the competition'));
    await shot(page, 'appointments', true);
    log('admin appointed and revoked a local admin; the history records both');
    await close();
  },

  async desk() {
    const { page, close } = await as(ACCOUNTS.desk);
    await page.goto(`${PORTAL}/kipp/usulan`);
    await page
      .getByRole('heading', { level: 1, name: 'Proposal KIPP saya' })
      .waitFor()
      .catch(() => fail(page, 'the desk page did not open'));
    await axe(page, 'desk proposals');
    await page.getByLabel('Judul inovasi').fill(state.title);
    await page.getByLabel('Kategori').selectOption({ label: 'Pelayanan Publik Digital' });
    await page.getByLabel('Inovasi mulai berjalan').fill(TWO_AND_A_HALF_YEARS_AGO);
    await page.getByRole('button', { name: 'Buat draf' }).click();
    await page
      .getByRole('heading', { level: 1, name: state.title })
      .waitFor()
      .catch(() => fail(page, 'creating the draft did not open it'));
    state.proposalUrl = page.url();
    state.proposalId = page.url().split('/').pop();
    saveState();
    for (const [label, text] of Object.entries(SECTIONS)) await page.getByLabel(label, { exact: true }).fill(text);
    await page.getByLabel('Tautan video').fill('https://www.youtube.com/watch?v=samsat-sungai');
    await expectText(page, /Tersimpan sebagai versi \d+\./, 20000);
    await expectText(page, '8 dari 8 bagian sudah diisi');
    await axe(page, 'desk proposal');
    // An attachment: a real PDF uploaded from the desk's computer, checked and kept by the KIPP service.
    await page.getByLabel('Jenis').selectOption({ label: 'SK inovasi' });
    await page.getByLabel('Berkas', { exact: true }).setInputFiles({
      name: 'sk-samsat-keliling-sungai.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\nSK Gubernur Samsat Keliling Sungai\n%%EOF'),
    });
    await page.getByRole('button', { name: 'Tambah lampiran' }).click();
    await expectText(page, 'sk-samsat-keliling-sungai.pdf diunggah.');
    await page.getByRole('button', { name: 'Unduh sk-samsat-keliling-sungai.pdf' }).click();
    await expectText(page, 'sk-samsat-keliling-sungai.pdf diunduh.');
    await page.getByRole('button', { name: 'Bagikan kepada admin lokal' }).click();
    await expectText(page, 'Draf sudah dibagikan kepada admin lokal.');
    await shot(page, 'desk-shared', true);
    log(`desk drafted and shared "${state.title}"`);
    await close();
  },

  async localAdmin() {
    const { page, close } = await as(ACCOUNTS.localAdmin);
    await page.goto(`${PORTAL}/kipp/admin-lokal`);
    await page
      .getByRole('heading', { level: 1, name: 'Admin lokal KIPP' })
      .waitFor()
      .catch(() => fail(page, 'the local admin page did not open'));
    await axe(page, 'local admin queue');
    await page
      .getByRole('link', { name: state.title })
      .click()
      .catch(() => fail(page, 'the shared draft is not in the review queue'));
    await page
      .getByRole('heading', { level: 1, name: state.title })
      .waitFor()
      .catch(() => fail(page, 'the review page did not open'));
    await axe(page, 'local admin review');
    await page.getByRole('button', { name: 'Kirim proposal' }).click();
    await expectText(page, 'Proposal terkirim. Desk dapat melihat statusnya.');
    await shot(page, 'local-admin-submitted');
    log('local admin submitted it');
    await close();
  },

  async adminCheck() {
    const { page, close } = await as(ACCOUNTS.admin);
    const recordCheck = async () => {
      const boxes = page.getByRole('checkbox');
      for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
      await expectText(page, 'Lolos: semua butir terpenuhi');
      await page.getByLabel('Alasan keputusan').fill('Dokumen lengkap dan inovasi sudah berjalan lebih dari dua tahun.');
      await page.getByRole('button', { name: 'Catat hasil seleksi' }).click();
    };
    // Issue 12 item 6: while registration is open, the administrative check is refused, naming the stage.
    await openAdminProposal(page);
    await page
      .getByRole('heading', { name: 'Seleksi administrasi' })
      .waitFor()
      .catch(() => fail(page, 'no administrative selection on the proposal page'));
    await recordCheck();
    await expectText(page, 'Seleksi administrasi belum dimulai');
    await shot(page, 'admin-check-too-early', true);
    await openCompetition(page, 'calendar');
    await axe(page, 'admin calendar');
    await closeStage(page, 'Pendaftaran', 'Walk: pendaftaran ditutup lebih awal untuk menjalankan seleksi.');
    // Closing early re-dates the calendar: the next stage is current, its row is running.
    await expectText(page, 'Tahap sekarang: Seleksi administrasi.');
    await page
      .getByRole('row', { name: /Seleksi administrasi/ })
      .getByText('Berjalan')
      .waitFor()
      .catch(() => fail(page, 'the current stage row is not running'));
    await openCompetition(page, 'proposals');
    await axe(page, 'admin proposals');
    await openAdminProposal(page);
    await axe(page, 'admin proposal');
    await recordCheck();
    await expectText(page, 'Hasil seleksi administrasi tercatat dan desk sudah diberi tahu.');
    // The same decision again (a double click, a retry): accepted, but no second trail row.
    await openAdminProposal(page);
    await recordCheck();
    await expectText(page, 'Hasil seleksi administrasi tercatat dan desk sudah diberi tahu.');
    await openAdminProposal(page);
    const trail = page.getByRole('table', { name: 'Jejak keputusan' });
    await trail.waitFor().catch(() => fail(page, 'no decision trail on the proposal page'));
    const passedRows = await trail.getByRole('row').filter({ hasText: 'Lolos seleksi administrasi' }).count();
    if (passedRows !== 1) await fail(page, `the trail holds ${passedRows} "Lolos seleksi administrasi" rows after a repeated decision`);
    if (await trail.getByText(/^[0-9a-f]{8}$/).count()) await fail(page, 'the trail shows user ids instead of names');
    await shot(page, 'admin-check-passed', true);
    await closeStage(page, 'Seleksi administrasi', 'Walk: semua proposal terkirim sudah diperiksa.');
    log('admin passed it in administrative selection');
    await close();
  },

  async assign() {
    const { page, close } = await as(ACCOUNTS.admin);
    await openCompetition(page, 'assessment');
    const assign = page.getByRole('button', { name: 'Tugaskan penilai' });
    await assign.click();
    await expectText(page, /\d+ proposal, \d+ penugasan baru\./);
    await axe(page, 'admin assessment');
    await shot(page, 'admin-assigned', true);
    // Who got it: the admin's proposal page names the assigned evaluators.
    await openAdminProposal(page);
    const names = await page
      .getByText(/^Penilai: /)
      .first()
      .innerText()
      .catch(() => fail(page, 'the proposal page does not name its evaluators'));
    log(`admin assigned the Tim Evaluasi (${names})`);
    await close();
  },

  async teScore() {
    // Whichever Tim Evaluasi accounts got the proposal: each looks at their own assignments.
    const candidates = ['evaluator@simpul.test', ...Array.from({ length: 11 }, (_, i) => `te${i + 2}@simpul.test`)];
    let scored = 0;
    for (const account of candidates) {
      const { page, close } = await as(account);
      await page.goto(`${PORTAL}/kipp/penilaian`);
      await page
        .getByRole('heading', { level: 1, name: 'Penilaian KIPP saya' })
        .waitFor()
        .catch(() => fail(page, 'the assignments page did not open'));
      await page.waitForLoadState('networkidle');
      const link = page.getByRole('link', { name: state.title });
      if (!(await link.count())) {
        await close();
        continue;
      }
      if (scored === 0) await axe(page, 'TE assignments');
      await link.click();
      await page
        .getByRole('heading', { name: 'Nilai rubrik' })
        .waitFor()
        .catch(() => fail(page, 'the score page did not open'));
      const fields = page.getByRole('textbox', { name: /\(bobot [\d,]+ %\)$/ });
      const count = await fields.count();
      if (count === 0) await fail(page, 'no rubric criteria to score');
      for (let i = 0; i < count; i += 1) await fields.nth(i).fill(String([88, 91, 86, 90, 87][(i + scored) % 5]));
      await page.getByLabel('Komentar penilaian').fill(`Dampak terukur dan mudah direplikasi (penilai ${scored + 1}).`);
      if (scored === 0) await axe(page, 'TE score');
      await page.getByRole('button', { name: 'Kirim nilai' }).click();
      await expectText(page, /Nilai terkirim\. Total tercatat/);
      if (scored === 0) await shot(page, 'te-scored', true);
      scored += 1;
      log(`${account} scored it`);
      await close();
    }
    if (scored === 0) throw new Error('no Tim Evaluasi account had the proposal assigned');
  },

  async top99() {
    const { page, close } = await as(ACCOUNTS.admin);
    await closeStage(page, 'Penilaian Tim Evaluasi', 'Walk: semua penilai yang ditugaskan sudah memberi nilai.');
    await openCompetition(page, 'assessment');
    await page
      .getByRole('table', { name: /Peringkat Penilaian Tim Evaluasi/ })
      .getByRole('link', { name: state.title })
      .waitFor()
      .catch(() => fail(page, 'the proposal is not in the Tim Evaluasi ranking'));
    await shot(page, 'admin-ranking', true);
    await openCompetition(page, 'top99');
    await page.getByRole('button', { name: 'Susun usulan dari peringkat' }).click();
    await expectText(page, /\d+ proposal diusulkan\./);
    await page
      .getByRole('link', { name: state.title })
      .first()
      .waitFor()
      .catch(() => fail(page, 'the proposal is not in the proposed Top 99'));
    await axe(page, 'admin top 99');
    await page
      .getByLabel('Alasan keputusan')
      .fill('Walk: TPI menetapkan Top 99 dari peringkat Tim Evaluasi dengan memperhatikan keseimbangan.');
    await page.getByRole('button', { name: 'Putuskan Top 99' }).click();
    await expectText(page, 'Keputusan tercatat.');
    await shot(page, 'admin-top99-decided', true);
    log('admin proposed and decided the Top 99');
    await close();
  },

  async objection() {
    // Signed out: a citizen finds the innovation in the catalogue and objects to it.
    if (!state.objected) await objectSignedOut();
    const { page: admin, close } = await as(ACCOUNTS.admin);
    await openCompetition(admin, 'objections');
    await expectText(admin, 'Menurut warga Desa Lok Baintan');
    await axe(admin, 'admin objections');
    await admin
      .getByRole('radio', { name: 'Tolak sanggahan' })
      .first()
      .check()
      .catch(() => fail(admin, 'no verdict choice for the objection'));
    await admin
      .getByLabel('Alasan keputusan')
      .first()
      .fill('Log perjalanan kapal dan bukti transaksi menunjukkan layanan berjalan setiap Sabtu sejak Maret 2023.');
    await admin.getByRole('button', { name: 'Putuskan sanggahan' }).first().click();
    await expectText(admin, 'Sanggahan sudah diputuskan.');
    await shot(admin, 'admin-objection-decided', true);
    await closeStage(admin, 'Masa sanggah', 'Walk: semua sanggahan sudah diputuskan; masa sanggah ditutup.');
    log('admin rejected the objection with a reason and closed the window');
    await close();
  },

  async present() {
    // Two panel members score the presentation and interview from their worklist.
    for (const [index, account] of ACCOUNTS.tpiMembers.slice(0, 2).entries()) {
      const { page, close } = await as(account);
      await page.goto(`${PORTAL}/kipp/panel`);
      await page
        .getByRole('heading', { level: 1, name: 'Tim Panel Independen (TPI)' })
        .waitFor()
        .catch(() => fail(page, 'the panel page did not open'));
      await page.waitForLoadState('networkidle');
      if (index === 0) await axe(page, 'TPI panel');
      await page
        .getByRole('link', { name: `Nilai presentasi ${state.title}` })
        .click()
        .catch(() => fail(page, 'the Top 99 innovation is not on the panel worklist'));
      await page
        .getByRole('heading', { name: 'Nilai rubrik' })
        .waitFor()
        .catch(() => fail(page, 'the presentation score page did not open'));
      const fields = page.getByRole('textbox', { name: /\(bobot [\d,]+ %\)$/ });
      const count = await fields.count();
      if (count === 0) await fail(page, 'no presentation rubric criteria to score');
      for (let i = 0; i < count; i += 1) await fields.nth(i).fill(String([90, 87, 92, 89][(i + index) % 4]));
      await page
        .getByLabel('Komentar penilaian')
        .fill('Presentasi jelas, data sebelum-sesudah meyakinkan; wawancara menjawab soal keberlanjutan anggaran.');
      if (index === 0) await axe(page, 'TPI presentation score');
      await page.getByRole('button', { name: 'Kirim nilai' }).click();
      await expectText(page, /Nilai terkirim\. Total tercatat/);
      if (index === 0) await shot(page, 'tpi-presentation-scored', true);
      log(`${account} scored the presentation`);
      await close();
    }
    const { page, close } = await as(ACCOUNTS.admin);
    await closeStage(page, 'Presentasi dan wawancara', 'Walk: presentasi dan wawancara selesai dinilai.');
    await close();
  },

  async verify() {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    /**
     * @param {Page} page
     * @param {string} who
     */
    const record = async (page, who) => {
      await page
        .getByRole('heading', { name: 'Verifikasi lapangan' })
        .waitFor()
        .catch(() => fail(page, `no field verification for ${who}`));
      await page.getByLabel('Tanggal kunjungan').fill(today);
      await page
        .getByLabel('Catatan verifikasi')
        .fill(`Kunjungan ${who}: kapal dan perangkat pembayaran diperiksa di Dermaga Lok Baintan; 14 transaksi dilayani selama kunjungan.`);
      await page.getByRole('button', { name: 'Catat kunjungan' }).click();
      await expectText(page, 'Kunjungan tercatat.');
    };
    // A panel member from the worklist.
    {
      const { page, close } = await as(ACCOUNTS.tpi);
      await page.goto(`${PORTAL}/kipp/panel`);
      await page
        .getByRole('link', { name: `Verifikasi lapangan ${state.title}` })
        .click()
        .catch(() => fail(page, 'no field verification link on the panel worklist'));
      await record(page, 'TPI');
      await axe(page, 'TPI field verification');
      await shot(page, 'tpi-verified', true);
      log('a TPI member recorded a field visit');
      await close();
    }
    // A Tim Evaluasi member who assessed it, from their assignments.
    {
      const { page, close } = await as('evaluator@simpul.test');
      await page.goto(`${PORTAL}/kipp/penilaian`);
      await page
        .getByRole('link', { name: state.title })
        .click()
        .catch(() => fail(page, 'the TE member cannot find the proposal any more'));
      await record(page, 'Tim Evaluasi');
      await shot(page, 'te-verified', true);
      log('a Tim Evaluasi member recorded a field visit');
      await close();
    }
    const { page, close } = await as(ACCOUNTS.admin);
    await closeStage(page, 'Verifikasi lapangan', 'Walk: verifikasi lapangan oleh TPI dan Tim Evaluasi selesai.');
    await close();
  },

  async top45() {
    const { page, close } = await as(ACCOUNTS.admin);
    await openCompetition(page, 'top45');
    await axe(page, 'admin top 45');
    await page
      .getByLabel('Alasan keputusan')
      .fill('Walk: Top 45 ditetapkan dari peringkat presentasi dan wawancara setelah verifikasi lapangan.');
    await page.getByRole('button', { name: 'Putuskan Top 45' }).click();
    await expectText(page, 'Keputusan tercatat.');
    await page
      .getByRole('link', { name: state.title })
      .first()
      .waitFor()
      .catch(() => fail(page, 'the proposal is not in the decided Top 45'));
    await shot(page, 'admin-top45-decided', true);
    log('admin decided the Top 45');
    await close();
  },

  async public() {
    const { page, close } = await as(null);
    await page.goto(`${PORTAL}/kipp`);
    await page
      .getByRole('heading', { level: 1, name: 'Katalog inovasi pelayanan publik' })
      .waitFor()
      .catch(() => fail(page, 'the catalogue did not open'));
    await page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: 'Cari inovasi' }))
      .first()
      .fill('kapal pajak dermaga');
    await page
      .getByRole('link', { name: state.title })
      .first()
      .waitFor({ timeout: 20000 })
      .catch(() => fail(page, 'the innovation is not found in the catalogue by words of its summary'));
    await axe(page, 'catalogue search');
    await shot(page, 'public-catalogue', true);
    await page.getByRole('link', { name: state.title }).first().click();
    await page.getByRole('heading', { level: 1, name: state.title }).waitFor();
    await expectText(page, 'Top 45');
    await axe(page, 'innovation page');
    await shot(page, 'public-innovation', true);
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date());
    await page.goto(`${PORTAL}/kipp/pemenang/${year}`);
    await page
      .getByRole('heading', { level: 1, name: `Pemenang KIPP ${year}` })
      .waitFor()
      .catch(() => fail(page, 'the winners page did not open'));
    await page
      .getByRole('link', { name: state.title })
      .first()
      .waitFor()
      .catch(() => fail(page, 'the innovation is not on the winners page'));
    await axe(page, 'winners page');
    await shot(page, 'public-winners', true);
    log(`signed out, "${state.title}" is in the catalogue and on the ${year} winners page`);
    await close();
  },
};

async function objectSignedOut() {
  {
    const citizen = await as(null);
    const page = citizen.page;
    await page.goto(`${PORTAL}/kipp`);
    await page
      .getByRole('heading', { level: 1, name: 'Katalog inovasi pelayanan publik' })
      .waitFor()
      .catch(() => fail(page, 'the catalogue did not open'));
    await page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: 'Cari inovasi' }))
      .first()
      .fill('Samsat Keliling Sungai');
    await page
      .getByRole('link', { name: state.title })
      .first()
      .click({ timeout: 20000 })
      .catch(() => fail(page, 'the Top 99 innovation is not found in the catalogue'));
    await page
      .getByRole('heading', { level: 1, name: state.title })
      .waitFor()
      .catch(() => fail(page, 'the innovation page did not open'));
    state.innovationUrl = page.url();
    saveState();
    await page
      .getByRole('heading', { name: 'Ajukan sanggahan' })
      .waitFor()
      .catch(() => fail(page, 'no objection form on the Top 99 innovation'));
    await axe(page, 'innovation (objection window)');
    await page
      .getByLabel('Isi sanggahan')
      .fill('Menurut warga Desa Lok Baintan, kapal Samsat hanya datang dua kali sejak awal tahun, tidak setiap Sabtu.');
    await page.getByLabel('Kontak (opsional)').fill('warga.lokbaintan@contoh.test');
    await page.getByRole('button', { name: 'Kirim sanggahan' }).click();
    await expectText(page, 'Sanggahan terkirim. Keputusannya akan diumumkan bersama alasannya.');
    await shot(page, 'citizen-objection', true);
    await citizen.close();
    log('signed out, a citizen objected');
    state.objected = true;
    saveState();
  }
}

try {
  for (const step of STEPS.slice(STEPS.indexOf(FROM))) {
    if (!steps[step]) break;
    log(`— ${step}`);
    await steps[step]();
  }
  const report = kit.writeAxeReport();
  log(`done; axe violations: ${report.count} (${report.file})`);
} finally {
  await kit.browser.close();
}

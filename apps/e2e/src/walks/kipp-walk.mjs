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
//   desk        the Samsat Kalimantan Selatan desk drafts a proposal (every section, an attachment, a
//               video link) and shares it with the agency's local admin
//   localAdmin  the local admin of Pemprov Kalimantan Selatan submits it
//   adminCheck  the admin passes it in administrative selection and closes that stage
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

const SHOTS = process.env.WALK_SHOTS ?? '/tmp/kipp-walk';
const STEPS = ['desk', 'localAdmin', 'adminCheck', 'assign', 'teScore', 'top99', 'objection', 'present', 'verify', 'top45', 'public'];
const FROM = process.env.WALK_FROM ?? 'desk';
const STATE_FILE = path.join(SHOTS, 'state.json');
const state = fs.existsSync(STATE_FILE) && FROM !== 'desk' ? JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) : {};
state.title ??= process.env.WALK_TITLE ?? `Samsat Keliling Sungai: Pajak Kendaraan di Dermaga ${Date.now().toString(36).slice(-4)}`;
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
  Ringkasan: 'Petugas Samsat naik kapal motor ke dermaga pasar terapung setiap Sabtu, sehingga pemilik kendaraan di desa bantaran sungai membayar pajak tahunan tanpa menyeberang ke kota.',
  'Latar belakang dan tujuan': 'Sebelumnya warga desa sungai harus menempuh dua jam perjalanan air; tunggakan pajak kendaraan di tiga kecamatan mencapai 38 persen. Tujuannya menurunkan tunggakan dan waktu tempuh.',
  Kebaruan: 'Layanan keliling pertama yang memakai kapal dan pembayaran nontunai dengan bukti elektronik di atas air, terhubung langsung ke sistem e-Samsat.',
  Implementasi: 'Berjalan sejak Maret 2023 bersama Dinas Perhubungan dan Bank Kalsel; jadwal diumumkan lewat radio desa dan grup pesan kecamatan.',
  Signifikansi: 'Tunggakan turun dari 38 menjadi 17 persen dalam dua tahun; 4.200 transaksi per tahun; waktu layanan rata-rata 12 menit.',
  Adaptabilitas: 'Sudah ditiru Samsat Kapuas dan dapat diterapkan di daerah perairan lain di Kalimantan dan Sumatera.',
  'Sumber daya': 'Satu kapal milik Dishub, empat petugas bergilir, perangkat pembayaran bergerak; anggaran operasional Rp 180 juta per tahun.',
  'Strategi keberlanjutan': 'Ditetapkan dengan Peraturan Gubernur dan masuk Renstra Bapenda 2024–2028 dengan anggaran tahunan.',
};
const TWO_AND_A_HALF_YEARS_AGO = new Date(Date.now() - 913 * 86400000).toISOString().slice(0, 10);

async function openOwnProposal(page) {
  await page.goto(`${PORTAL}/kipp/usulan`);
  await page.getByRole('link', { name: state.title }).click().catch(() => fail(page, 'the proposal is not in the desk list'));
  await page.getByRole('heading', { level: 1, name: state.title }).waitFor().catch(() => fail(page, 'the proposal page did not open'));
}

const steps = {
  async desk() {
    const { page, close } = await as(ACCOUNTS.desk);
    await page.goto(`${PORTAL}/kipp/usulan`);
    await page.getByRole('heading', { level: 1, name: 'Proposal KIPP saya' }).waitFor().catch(() => fail(page, 'the desk page did not open'));
    await axe(page, 'desk proposals');
    await page.getByLabel('Judul inovasi').fill(state.title);
    await page.getByLabel('Kategori').selectOption({ label: 'Pelayanan Publik Digital' });
    await page.getByLabel('Inovasi mulai berjalan').fill(TWO_AND_A_HALF_YEARS_AGO);
    await page.getByRole('button', { name: 'Buat draf' }).click();
    await page.getByRole('heading', { level: 1, name: state.title }).waitFor().catch(() => fail(page, 'creating the draft did not open it'));
    state.proposalUrl = page.url();
    state.proposalId = page.url().split('/').pop();
    saveState();
    for (const [label, text] of Object.entries(SECTIONS)) await page.getByLabel(label, { exact: true }).fill(text);
    await page.getByLabel('Tautan video').fill('https://www.youtube.com/watch?v=samsat-sungai');
    await expectText(page, /Tersimpan sebagai versi \d+\./, 20000);
    await expectText(page, '8 dari 8 bagian sudah diisi');
    await axe(page, 'desk proposal');
    // An attachment (the file itself lives in object storage; the portal records where).
    await page.getByLabel('Jenis').selectOption({ label: 'Surat/SK' });
    await page.getByLabel('Nama berkas').fill('sk-samsat-keliling-sungai.pdf');
    await page.getByLabel('Alamat berkas').fill('https://bapenda.kalselprov.go.id/dokumen/sk-samsat-keliling-sungai.pdf');
    await page.getByLabel('Ukuran (KB)').fill('420');
    await page.getByRole('button', { name: 'Tambah lampiran' }).click();
    await page.getByRole('table', { name: 'Lampiran proposal' }).getByText('sk-samsat-keliling-sungai.pdf').waitFor().catch(() => fail(page, 'the attachment was not listed'));
    await page.getByRole('button', { name: 'Bagikan kepada admin lokal' }).click();
    await expectText(page, 'Draf sudah dibagikan kepada admin lokal.');
    await shot(page, 'desk-shared', true);
    log(`desk drafted and shared "${state.title}"`);
    await close();
  },
};

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

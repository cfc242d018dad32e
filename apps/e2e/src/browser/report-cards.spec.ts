import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { stableId } from '@simpul/service-kit';
import { graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { signIn } from './page-checks';

// The printable report cards (issue #16 §4) in real Chromium on the built stack: each is printed to
// an A4 PDF exactly as "Cetak" / "Save as PDF" would, the PDF's text is read back with pdfjs-dist,
// and the paper must carry the letterhead, the date in words, the key figures the services hold and
// the verification code — and none of the portal's navigation. The code's page on the portal must
// then show the same figures (and the registry answer them without any token).

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: report cards browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const WORKSPACE = path.resolve(__dirname, '../../../..');
const SAMSAT_KALSEL = stableId('unit', 'samsat-63');
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** Today in words as an Indonesian letter writes it, in Jakarta time — computed here, not by the code under test. */
function todayInWords(): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Jakarta', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date())
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${Number(parts.day)} ${MONTHS[Number(parts.month) - 1]} ${parts.year}`;
}

/**
 * The PDF's text, page by page, by pdfjs-dist's legacy build (an ES module, so it runs in a child
 * Node process rather than in Jest's CommonJS runtime). Whitespace is collapsed: a PDF places words,
 * it does not keep the line breaks of the page.
 */
function pdfText(pdf: Buffer): { text: string; sizes: [number, number][] } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-report-card-')), 'sheet.pdf');
  fs.writeFileSync(file, pdf);
  const script = `
    import fs from 'node:fs';
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const data = new Uint8Array(fs.readFileSync(process.argv[1]));
    const document = await getDocument({ data, useSystemFonts: true, isEvalSupported: false }).promise;
    const pages = [];
    const sizes = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      sizes.push(page.view.slice(2));
      const content = await page.getTextContent();
      // Runs on one line that touch are one word (Chromium draws a ligature such as "fi" as its own run).
      let text = '';
      let last = null;
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , , , x, y] = item.transform;
        const touching = last && Math.abs(y - last.y) < 1 && Math.abs(x - last.end) < 0.5;
        text += (text && !touching ? ' ' : '') + item.str;
        last = { y, end: x + item.width };
      }
      pages.push(text);
    }
    process.stdout.write(JSON.stringify({ sizes, text: pages.join(' ') }));
  `;
  try {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: WORKSPACE, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pdfjs-dist could not read the PDF: ${result.stderr}`);
    const { text, sizes } = JSON.parse(result.stdout) as { sizes: [number, number][]; text: string };
    return { text: text.replace(/\s+/g, ' ').trim(), sizes };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Indonesian number as the sheet prints it ("4,02", "12.000"). */
const idNumber = (value: number, digits?: number) =>
  new Intl.NumberFormat('id-ID', digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );

/** Words of the portal's chrome and of the page's buttons that must never reach the paper. */
const CHROME = ['Langsung ke konten utama', 'Keluar', 'Inovasi (KIPP)', 'Survei Kepuasan (SKM)', 'Bahasa', 'Masuk sebagai'];

/** Opens a report card, waits for its registered code under the QR, prints it to an A4 PDF and reads the text back. */
async function printed(page: Page, url: string): Promise<{ text: string; code: string; pdf: Buffer; sizes: [number, number][] }> {
  await page.goto(url);
  const code = await page.getByText(/^Kode verifikasi: [0-9A-Z]{12}$/).textContent({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cetak' }).waitFor();
  const pdf = await page.pdf({ format: 'A4' });
  return { ...pdfText(pdf), code: (code ?? '').replace('Kode verifikasi: ', ''), pdf };
}

/** Every page A4 portrait: 210 × 297 mm is 595.3 × 841.9 points (Chromium rounds its paper to a hundredth of an inch). */
function expectA4(sizes: [number, number][]): void {
  expect(sizes.length).toBeGreaterThan(0);
  for (const [width, height] of sizes) {
    expect(Math.abs(width - 595.28)).toBeLessThan(2);
    expect(Math.abs(height - 841.89)).toBeLessThan(2);
  }
}

function expectNoChrome(text: string): void {
  for (const word of CHROME) expect(text).not.toContain(word);
  // The print button itself ("Dicetak dari Simpul" on the letterhead is fine).
  expect(text).not.toMatch(/\bCetak\b/);
}

describeWithChromium('printable report cards, printed to PDF in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let desk = '';

  async function call<T>(query: string, variables: Record<string, unknown> = {}, token = desk): Promise<T> {
    const result = await graphql<T>(stack.gatewayUrl, query, variables, token);
    if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /**
   * What the QR leads to: the portal's verification page for the code (its text), after checking that
   * the same record answers signed out, without any token.
   */
  async function verificationPage(code: string): Promise<string> {
    const anonymous = await graphql<{ documentVerification: { figures: { value: string }[] } | null }>(
      stack.gatewayUrl,
      'query($code: String!) { documentVerification(code: $code) { figures { value } } }',
      { code },
    );
    expect(anonymous.data?.documentVerification?.figures.length).toBeGreaterThan(0);
    const tab = await browser.context.newPage();
    try {
      await tab.goto(`${stack.portalUrl}/verifikasi/${code}`);
      await tab.getByText('Dokumen ini tercatat di Simpul.').waitFor({ timeout: 30_000 });
      return ((await tab.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    } finally {
      await tab.close();
    }
  }

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    desk = (
      await call<{ signIn: { accessToken: string } }>(
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
        { email: 'desk.samsat-kalsel@simpul.test', password: 'simpul-demo' },
        '',
      )
    ).signIn.accessToken;
    page = await browser.context.newPage();
    await signIn(page, stack.portalUrl, 'desk.samsat-kalsel@simpul.test');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the PEKPPP rapor on A4 with the ministry letterhead, the IPP, the date in words and a code the portal verifies', async () => {
    const { serviceUnit } = await call<{
      serviceUnit: { ippResults: { lokusId: string | null; index: number; cycleName: string; category: { code: string } }[] };
    }>('query($id: ID!) { serviceUnit(id: $id) { ippResults { lokusId index cycleName category { code } } } }', { id: SAMSAT_KALSEL });
    const latest = [...serviceUnit.ippResults].reverse().find((result) => result.lokusId);
    expect(latest).toBeDefined();
    const ipp = idNumber(latest!.index, 2);

    const { text, code, pdf, sizes } = await printed(page, `${stack.portalUrl}/evaluasi/lokus/${latest!.lokusId}/rapor`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expectA4(sizes);
    expect(text.toUpperCase()).toContain('KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI');
    expect(text).toContain('Rapor Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP)');
    expect(text).toContain('SAMSAT Kalimantan Selatan');
    expect(text).toContain(latest!.cycleName);
    expect(text).toContain(ipp);
    expect(text).toContain(todayInWords());
    expect(text).toContain(`Kode verifikasi: ${code}`);
    expect(text.replace(/\s/g, '')).toContain(`/verifikasi/${code}`);
    expectNoChrome(text);

    const verified = await verificationPage(code);
    expect(verified).toContain('Rapor PEKPPP');
    expect(verified).toContain(ipp);
    expect(verified).toContain(latest!.cycleName);
    expect(verified).toContain(todayInWords());
  }, 180_000);

  it('prints the SKM report (PermenPANRB 14/2017) with IKM, sample, U1–U9 and follow-up plan, verified by its code', async () => {
    const { skmSurveys } = await call<{
      skmSurveys: {
        edges: {
          node: {
            id: string;
            result: { ikm: { value: number; category: { code: string } } | null; sample: { respondents: number; required: number | null } };
          };
        }[];
      };
    }>(
      'query($unit: ID!) { skmSurveys(first: 50, filter: { serviceUnitId: $unit }) { edges { node { id result { ikm { value category { code } } sample { respondents required } } } } } }',
      { unit: SAMSAT_KALSEL },
    );
    const survey = skmSurveys.edges.map((edge) => edge.node).find((node) => node.result.ikm !== null);
    expect(survey).toBeDefined();
    const ikm = idNumber(survey!.result.ikm!.value, 2);
    // A follow-up of this suite's own (a unique action), recorded as skm-service records them, must reach the paper.
    const action = `Menambah loket pada jam sibuk (uji cetak ${Date.now()})`;
    await call('mutation($input: CreateSkmFollowUpInput!) { createSkmFollowUp(input: $input) { id } }', {
      input: { surveyId: survey!.id, elementCode: 'U3', action, owner: 'Kepala Seksi Pelayanan', dueOn: '2027-03-31' },
    });

    const { text, code, sizes } = await printed(page, `${stack.portalUrl}/skm/surveys/${survey!.id}/report`);
    expectA4(sizes);
    expect(text).toContain('Laporan Hasil Survei Kepuasan Masyarakat');
    expect(text).toContain('Peraturan Menteri PANRB Nomor 14 Tahun 2017');
    for (const part of ['Jumlah responden', 'Profil responden', 'Indeks Kepuasan Masyarakat', 'Rencana tindak lanjut', 'Kesimpulan'])
      expect(text).toContain(part);
    expect(text).toContain('Krejcie dan Morgan');
    expect(text).toContain(ikm);
    expect(text).toContain(`Mutu pelayanan ${survey!.result.ikm!.category.code}`);
    for (const element of ['U1', 'U5', 'U9']) expect(text).toContain(element);
    expect(text).toContain(idNumber(survey!.result.sample.respondents));
    expect(text).toContain(`${action} Kepala Seksi Pelayanan 31 Maret 2027`);
    expect(text).toContain(todayInWords());
    expect(text).toContain(`Kode verifikasi: ${code}`);
    expectNoChrome(text);

    const verified = await verificationPage(code);
    expect(verified).toContain('Laporan Survei Kepuasan Masyarakat');
    expect(verified).toContain(`${ikm} (${survey!.result.ikm!.category.code}`);
    expect(verified).toContain(idNumber(survey!.result.sample.respondents));
  }, 180_000);
  it('prints the Ombudsman compliance summary with the recorded score, zone and source, verified by its code', async () => {
    const { ombudsmanResults } = await call<{
      ombudsmanResults: {
        edges: { node: { agency: { id: string; name: string }; score: number | null; zoneLabel: { id: string }; source: string | null } }[];
      };
    }>('{ ombudsmanResults(filter: { year: 2022 }, first: 100) { edges { node { agency { id name } score zoneLabel { id } source } } } }');
    // The published Kalimantan Selatan 2022 result the seed carries as official: Kota Banjarmasin, 69,63, yellow zone.
    const banjarmasin = ombudsmanResults.edges.map((edge) => edge.node).find((node) => node.score === 69.63);
    expect(banjarmasin).toBeDefined();

    const { text, code, sizes } = await printed(page, `${stack.portalUrl}/evaluasi/ombudsman/instansi/${banjarmasin!.agency.id}/cetak`);
    expectA4(sizes);
    expect(text).toContain('Ringkasan Hasil Penilaian Kepatuhan Standar Pelayanan Publik oleh Ombudsman Republik Indonesia');
    expect(text).toContain(banjarmasin!.agency.name);
    expect(text).toContain('69,63');
    expect(text).toContain(banjarmasin!.zoneLabel.id);
    if (banjarmasin!.source) expect(text).toContain(banjarmasin!.source.slice(0, 40));
    expect(text).toContain(todayInWords());
    expect(text).toContain(`Kode verifikasi: ${code}`);
    expectNoChrome(text);

    const verified = await verificationPage(code);
    expect(verified).toContain('Ringkasan Kepatuhan Ombudsman');
    expect(verified).toContain('69,63');
    expect(verified).toContain(banjarmasin!.zoneLabel.id);
  }, 180_000);

  it('prints the MPP report card for the mall’s operator with tenants, desks and visitors, verified by its code', async () => {
    const operator = (
      await call<{ signIn: { accessToken: string; user: { mallId: string } } }>(
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken user { mallId } } }',
        { email: 'operator.banjarmasin@simpul.test', password: 'simpul-demo' },
        '',
      )
    ).signIn;
    const mallId = operator.user.mallId;
    const { mall } = await call<{ mall: { name: string; tenancies: { totalCount: number }; desks: { id: string }[] } }>(
      'query($id: ID!) { mall(id: $id) { name tenancies(first: 1) { totalCount } desks { id } } }',
      { id: mallId },
      operator.accessToken,
    );
    await signIn(page, stack.portalUrl, 'operator.banjarmasin@simpul.test');

    const { text, code, sizes } = await printed(page, `${stack.portalUrl}/mpp/malls/${mallId}/report`);
    expectA4(sizes);
    expect(text).toContain('Rapor Mal Pelayanan Publik');
    expect(text).toContain(mall.name);
    expect(text).toContain(`dari ${idNumber(mall.tenancies.totalCount)} instansi yang pernah diundang`);
    expect(text).toContain(`${idNumber(mall.desks.length)} gerai`);
    expect(text).toContain('Pengunjung');
    expect(text).toContain(todayInWords());
    expect(text).toContain(`Kode verifikasi: ${code}`);
    expectNoChrome(text);

    const verified = await verificationPage(code);
    expect(verified).toContain('Rapor Mal Pelayanan Publik');
    expect(verified).toContain(mall.name);
  }, 180_000);
});

import { DESK_SURVEY_THIS_YEAR } from '../demo-ids';
import { useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// KIPP and SKM operations that once existed only in the API (issue #20 §1, §5, §7), reached by each
// role in real Chromium on the built stack: the national admin enters a 2015 winner (a Top 25 year)
// from its publication and the public winners and innovation pages name the tier "Top 25"; the SKM
// survey list is searched by unit name and filtered on the server; a year's IKM (skmResults) is read
// by the admin and the mall's operator; the operator opens a desk survey's import batches
// (skmImportBatches), which a unit desk is refused. The suite's award has a title of its own.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: KIPP and SKM operations browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const AWARD_TITLE = `Uji peramban: sistem pengendalian inflasi ${process.pid}`;

describeWithChromium('KIPP past winners and SKM screens, per role, in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the admin enters a published 2015 winner; the public sees it as a Top 25 with its source', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await page.goto(`${stack.portalUrl}/kipp/kompetisi`);
      await page.getByRole('link', { name: 'Kompetisi terdahulu: tingkat pemenang dan penghargaan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kompetisi terdahulu' }).waitFor({ timeout: 30_000 });
      const tiers = page.getByRole('table', { name: 'Tingkat pemenang per tahun' });
      await tiers.getByRole('row', { name: /2015 Top 25/ }).waitFor({ timeout: 30_000 });

      const form = page.getByRole('form', { name: 'Masukkan pemenang dari publikasi' });
      await form.getByLabel(/^Tahun/).fill('2015');
      await form.getByLabel(/^Judul inovasi/).fill(AWARD_TITLE);
      await form.getByLabel(/^Kategori/).fill('Ekonomi dan Investasi');
      await form.getByLabel('Cari unit pelayanan').fill('samsat kalimantan tengah');
      const unit = form.getByLabel(/^Unit pelayanan pemilik/);
      await unit.locator('option', { hasText: 'SAMSAT Kalimantan Tengah' }).first().waitFor({ state: 'attached', timeout: 30_000 });
      await unit.selectOption({ index: 1 });
      await form.getByLabel(/^Sumber/).fill('Uji peramban, bukan publikasi resmi (7 Desember 2026)');
      expect(await axeViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Masukkan pemenang' }).click();
      await page.getByText(`✓ ${AWARD_TITLE} dimasukkan ke katalog.`).waitFor({ timeout: 30_000 });
      await page
        .getByRole('table', { name: 'Pemenang yang dimasukkan dari publikasi' })
        .getByRole('row', { name: new RegExp(`2015 Top 25 ${AWARD_TITLE}`) })
        .waitFor({ timeout: 30_000 });
      // The pages share one browser profile: sign out, so the winners page is read as the public reads it.
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.getByRole('link', { name: 'Masuk', exact: true }).first().waitFor({ timeout: 30_000 });
    } finally {
      await page.close();
    }

    const visitor = await browser.context.newPage();
    try {
      await visitor.goto(`${stack.portalUrl}/kipp/pemenang/2015`);
      await visitor.getByText('Inovasi peraih Top 25 tahun ini. Inovasi Top 99 lainnya ada di katalog.').waitFor({ timeout: 30_000 });
      const row = visitor.getByRole('row', { name: new RegExp(AWARD_TITLE) });
      await row.waitFor({ timeout: 30_000 });
      expect(await row.textContent()).toContain('Top 25');
      expect(await row.textContent()).not.toContain('Top 45');
      expect(await axeViolations(visitor)).toEqual([]);
      await row.getByRole('link', { name: AWARD_TITLE }).click();
      await visitor.getByRole('heading', { level: 1, name: AWARD_TITLE }).waitFor({ timeout: 30_000 });
      await visitor.getByText('Sumber: Uji peramban, bukan publikasi resmi (7 Desember 2026)').waitFor();
      expect(await visitor.getByText('Top 25').count()).toBeGreaterThan(0);
    } finally {
      await visitor.close();
    }
  }, 240_000);

  it('the admin searches the survey list by unit name and filters it on the server, then reads a year’s IKM', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await page.goto(`${stack.portalUrl}/skm`);
      await page.getByRole('table', { name: /^[\d.]+ survei$/ }).waitFor({ timeout: 30_000 });
      // The search is the server's: wait for its answer before reading the rows.
      await Promise.all([
        page.waitForResponse(
          (response) => response.url().includes('/graphql') && (response.request().postData() ?? '').includes('samsat kalimantan selatan'),
        ),
        page.getByLabel(/^Cari survei/).fill('samsat kalimantan selatan'),
      ]);
      const found = page.getByRole('table', { name: /^[\d.]+ survei$/ });
      await found
        .getByRole('row', { name: /SAMSAT Kalimantan Selatan/ })
        .first()
        .waitFor({ timeout: 30_000 });
      const rows = await found.getByRole('row').allTextContents();
      expect(rows.slice(1).filter((text) => !text.includes('SAMSAT Kalimantan Selatan'))).toEqual([]);
      await page.getByLabel('Status').selectOption({ label: 'Belum dimulai' });
      await page.getByText('Tidak ada survei yang cocok dengan pencarian atau saringan ini.').waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'IKM semua survei per tahun' }).click();
      await page.getByRole('heading', { level: 1, name: /^IKM survei tahun \d{4}$/ }).waitFor({ timeout: 30_000 });
      const results = page.getByRole('table', { name: /hasil survei tahun/ });
      await results.getByRole('row').nth(1).waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 240_000);

  it('the mall’s operator reads its year’s IKM and a desk survey’s import batches; a unit desk is refused the batches', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'operator.banjarmasin@simpul.test');
      await page.goto(`${stack.portalUrl}/skm/ikm`);
      const results = page.getByRole('table', { name: /hasil survei tahun/ });
      await results
        .getByRole('row', { name: /Gerai|SAMSAT|Disdukcapil|Imigrasi|BPJS|DPMPTSP|Kecamatan|PDAM|RSUD/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.goto(`${stack.portalUrl}/skm/surveys/${DESK_SURVEY_THIS_YEAR}`);
      await page.getByRole('link', { name: 'Semua batch impor formulir kertas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Batch impor formulir kertas' }).waitFor({ timeout: 30_000 });
      await page
        .getByText(/Belum ada batch impor\.|batch impor$/)
        .first()
        .waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
    const desk = await browser.context.newPage();
    try {
      await signIn(desk, stack.portalUrl, 'desk.samsat-kalsel@simpul.test');
      await desk.goto(`${stack.portalUrl}/skm/surveys/${DESK_SURVEY_THIS_YEAR}/impor`);
      await desk.getByText('Halaman ini untuk admin nasional dan operator MPP').waitFor({ timeout: 30_000 });
    } finally {
      await desk.close();
    }
  }, 240_000);
});

import { getInstrument } from '@simpul/scoring';
import { graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// F-01 that does not lose work (issue #14 §2), in real Chromium on the built portal and services: a
// claim typed by the desk is saved by itself and is still there after a reload; unsaved changes stop
// a link, Back and a reload; a complete F-01 is sent with a receipt and locked. The DPMPTSP Kalimantan
// Tengah desk and its 2026 lokus are used; axe checks WCAG 2.1 AA on the page as it is filled,
// checked and sent (no other suite reads their F-01); the admin reopens the
// F-01 at the end so the lokus is left open.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: F-01 autosave browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const DESK = 'desk.dpmptsp-kalteng@simpul.test';
const CODES = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));
const TYPED = 'SK Kepala DPMPTSP tentang Standar Pelayanan, dipajang di ruang tunggu.';
const PDF = Buffer.from('%PDF-1.4\n% SK SP\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n').toString('base64');

describeWithChromium('F-01 autosave, leave warning and sending in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let lokusId = '';
  let adminToken = '';

  /** Calls the gateway as `token`, failing the test on any GraphQL error. */
  async function call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql<T>(stack.gatewayUrl, query, variables, token);
    if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
  const tokenOf = async (email: string) =>
    (
      await call<{ signIn: { accessToken: string } }>(
        '',
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
        { email, password: 'simpul-demo' },
      )
    ).signIn.accessToken;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    adminToken = await tokenOf('admin@simpul.test');
    const desk = await tokenOf(DESK);
    const unitId = (await call<{ me: { serviceUnit: { id: string } } }>(desk, '{ me { serviceUnit { id } } }')).me.serviceUnit.id;
    const lokus = await call<{ unitLokus: { id: string; cycle: { year: number } }[] }>(
      desk,
      'query($id: ID!) { unitLokus(serviceUnitId: $id) { id cycle { year } } }',
      { id: unitId },
    );
    lokusId = lokus.unitLokus.find((row) => row.cycle.year === 2026)?.id ?? '';
    // Everything but the first claim, which the desk types in the browser: evidence on every indicator.
    const documentId = (
      await call<{ uploadEvidenceDocument: { id: string } }>(
        desk,
        'mutation($input: UploadEvidenceInput!) { uploadEvidenceDocument(input: $input) { id } }',
        { input: { serviceUnitId: unitId, fileName: 'sk-standar-pelayanan.pdf', mimeType: 'application/pdf', contentBase64: PDF } },
      )
    ).uploadEvidenceDocument.id;
    for (const code of CODES) {
      await call(desk, 'mutation($input: EvidenceSlotInput!) { attachEvidence(input: $input) { indicatorCode } }', {
        input: { lokusId, indicatorCode: code, documentId },
      });
      if (code === CODES[0]) continue;
      await call(desk, 'mutation($input: SaveClaimInput!) { saveF01Claim(input: $input) { version } }', {
        input: { lokusId, indicatorCode: code, level: 3, justification: 'Dokumen tersedia dan diterapkan.' },
      });
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (lokusId && adminToken) {
      await graphql(
        stack.gatewayUrl,
        'mutation($lokusId: ID!, $reason: String!) { reopenF01(lokusId: $lokusId, reason: $reason) { id } }',
        { lokusId, reason: 'Dibuka kembali setelah uji peramban.' },
        adminToken,
      );
    }
  });

  it('saves a typed claim by itself (kept across a reload), warns before unsaved work is left, and sends F-01 with a receipt', async () => {
    expect(lokusId).not.toBe('');
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, DESK);
      await page.goto(`${stack.portalUrl}/evaluasi/lokus/${lokusId}`);
      const card = page.getByRole('article', { name: new RegExp(`^${CODES[0].replace(/\./g, '\\.')} ·`) });
      const justification = card.getByLabel(/Justifikasi/);
      await justification.waitFor({ timeout: 30_000 });
      await page.getByText(/^Tenggat F-01: .* · (sisa|kurang)/).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Autosave: a level and a justification, no button pressed.
      await card.getByRole('radio', { name: /^Level 4/ }).check();
      await justification.fill(TYPED);
      await card.getByText(/^Tersimpan \d{2}[.:]\d{2}$/).waitFor({ timeout: 15_000 });
      await page.reload();
      await justification.waitFor({ timeout: 30_000 });
      expect(await justification.inputValue()).toBe(TYPED);
      expect(await card.getByRole('radio', { name: /^Level 4/ }).isChecked()).toBe(true);

      // Back to the lokus from the desk's list inside the portal, so that Back stays in the page (below).
      await page.getByRole('link', { name: 'Evaluasi PEKPPP' }).first().click();
      await page.locator(`main a[href="/evaluasi/lokus/${lokusId}"]`).click();
      await justification.waitFor({ timeout: 30_000 });

      // A blank justification cannot be saved: leaving now would lose the change.
      await justification.fill('');
      await card.getByText('Belum tersimpan: pilih level dan tulis justifikasi').waitFor();
      await page.getByRole('link', { name: 'Evaluasi PEKPPP' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Tetap di halaman ini' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe(`/evaluasi/lokus/${lokusId}`);
      // The browser's Back button too (the portal's history lets the page hold it).
      await page.goBack();
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Tetap di halaman ini' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe(`/evaluasi/lokus/${lokusId}`);
      // Reloading (or closing the tab) asks the browser's own question.
      const asked = new Promise<string>((resolve) => {
        page.once('dialog', (prompt) => {
          resolve(prompt.type());
          void prompt.dismiss();
        });
      });
      await page.close({ runBeforeUnload: true });
      expect(await asked).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);

      // Written again, it is saved again; then F-01 is complete and is sent.
      await justification.fill(TYPED);
      await card.getByText(/^Tersimpan \d{2}[.:]\d{2}$/).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Kirim F-01', exact: true }).click();
      await page.getByText('F-01 lengkap', { exact: true }).waitFor({ timeout: 15_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Kirim F-01 sekarang' }).click();
      const receipt = page.getByRole('region', { name: 'Tanda terima F-01' });
      await receipt.waitFor({ timeout: 15_000 });
      await receipt.getByText(/^Dikirim oleh: /).waitFor();
      expect(await receipt.getByRole('row').count()).toBe(CODES.length + 1);
      await page.getByText('F-01 sudah dikirim dan terkunci').waitFor();
      expect(await page.getByRole('button', { name: /^Simpan klaim/ }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // The lock holds after a reload, with the receipt.
      await page.reload();
      await page.getByRole('region', { name: 'Tanda terima F-01' }).waitFor({ timeout: 30_000 });
      expect(await justification.getAttribute('readonly')).not.toBeNull();
    } finally {
      await page.close();
    }
  }, 180_000);
});

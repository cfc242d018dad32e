import fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { stableId } from '@simpul/service-kit';
import { graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';

// Evidence opened from its signed link (issue #14 §3) in real Chromium, through the portal's origin,
// its web server, the gateway and the built evaluation service: a PDF shows in Chromium's PDF viewer
// although it is served sandboxed, a Word file is downloaded under its name, and a tampered link shows
// the refusal instead of the file. The Samsat Kalimantan Selatan desk uploads its own two documents
// to its unit's library (attached to nothing, so no other suite's F-01 changes).

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: evidence link browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const UNIT = stableId('unit', 'samsat-63');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// A one-page PDF Chromium's viewer can lay out; the upload check reads its first bytes.
const PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
    `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n% e2e evidence link\n`,
);
const WORD = Buffer.from('PK\x03\x04 e2e evidence link', 'latin1');

describeWithChromium('evidence opened from its signed link in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let desk = '';
  let pdfId = '';
  let wordId = '';

  async function call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql<T>(stack.gatewayUrl, query, variables, token);
    if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
  const upload = async (fileName: string, mimeType: string, bytes: Buffer) =>
    (
      await call<{ uploadEvidenceDocument: { id: string } }>(
        desk,
        'mutation($input: UploadEvidenceInput!) { uploadEvidenceDocument(input: $input) { id } }',
        { input: { serviceUnitId: UNIT, fileName, mimeType, contentBase64: bytes.toString('base64') } },
      )
    ).uploadEvidenceDocument.id;
  const linkTo = async (documentId: string) =>
    (
      await call<{ evidenceDownloadLink: { url: string } }>(
        desk,
        'mutation($documentId: ID!) { evidenceDownloadLink(documentId: $documentId) { url } }',
        { documentId },
      )
    ).evidenceDownloadLink.url;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    desk = (
      await call<{ signIn: { accessToken: string } }>(
        '',
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
        { email: 'desk.samsat-kalsel@simpul.test', password: 'simpul-demo' },
      )
    ).signIn.accessToken;
    pdfId = await upload('SK Standar Pelayanan Samsat.pdf', 'application/pdf', PDF);
    wordId = await upload('Rekap pengaduan 2025.docx', DOCX, WORD);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows a PDF in Chromium's viewer, sandboxed and uncached, at the portal's own address", async () => {
    const page = await browser.context.newPage();
    try {
      const url = `${stack.portalUrl}${await linkTo(pdfId)}`;
      // The headers as sent (Chromium hides a PDF's Content-Security-Policy from the page once its viewer takes over).
      const sent = await fetch(url);
      expect(sent.status).toBe(200);
      expect(sent.headers.get('content-type')).toBe('application/pdf');
      expect(sent.headers.get('content-disposition')).toMatch(/^inline; filename="SK Standar Pelayanan Samsat\.pdf"/);
      expect(sent.headers.get('content-security-policy')).toBe('sandbox');
      expect(sent.headers.get('cache-control')).toBe('private, no-store');
      expect(Buffer.from(await sent.arrayBuffer()).equals(PDF)).toBe(true);
      expect((await page.goto(url))?.status()).toBe(200);
      // Chromium's PDF viewer runs in its extension's frame: it lays the document out under the
      // document's own name with its one page, although the response is sandboxed.
      const viewer = await waitForViewer(page);
      await viewer.locator('pdf-viewer').waitFor({ state: 'attached' });
      expect(await settled(() => viewer.locator('#title').textContent(), 'SK Standar Pelayanan Samsat.pdf')).toBe(
        'SK Standar Pelayanan Samsat.pdf',
      );
      expect(await settled(() => viewer.locator('#pageSelector').inputValue(), '1')).toBe('1');
    } finally {
      await page.close();
    }
  });

  it('downloads a Word file under its own name, never showing it', async () => {
    const page = await browser.context.newPage();
    try {
      const url = `${stack.portalUrl}${await linkTo(wordId)}`;
      const [download] = await Promise.all([page.waitForEvent('download'), page.goto(url).catch(() => null)]);
      expect(download.suggestedFilename()).toBe('Rekap pengaduan 2025.docx');
      const saved = await download.path();
      expect(saved).toBeTruthy();
      expect(fs.readFileSync(saved).equals(WORD)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a link for another document shows the refusal in Bahasa Indonesia, not the file', async () => {
    const page = await browser.context.newPage();
    try {
      const token = new URL(await linkTo(pdfId), stack.portalUrl).searchParams.get('token') ?? '';
      const response = await page.goto(`${stack.portalUrl}/files/evidence/${wordId}?token=${encodeURIComponent(token)}`);
      expect(response?.status()).toBe(403);
      expect(await page.textContent('body')).toContain('Tautan ini untuk dokumen lain.');
    } finally {
      await page.close();
    }
  });
});

/** The frame of Chromium's PDF viewer inside `page`, once it has appeared. */
async function waitForViewer(page: Page): Promise<Frame> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith('chrome-extension://'));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error("Chromium's PDF viewer did not open");
}

/** What `read` gives once it gives `expected` (the viewer fills its toolbar as it loads), or its last answer after 15 s. */
async function settled<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 15_000;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

import type { Page } from 'playwright-core';
import { stableId } from '@simpul/service-kit';
import { SAMSAT_KALSEL_2022 } from '../demo-ids';
import { useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { signIn } from './page-checks';

// Follow-up plans to closure (issue #20 §3) in real Chromium on the built stack: SAMSAT Kalimantan
// Selatan's desk drafts a plan on its published 2022 result and submits it, the demo evaluator (who
// evaluates the unit in 2026) accepts it from the review list and closes its action with evidence,
// the desk's 2026 F-01 shows the action done on its indicator, and the public rapor shows the plan's
// progress. Only this suite writes a plan for SAMSAT Kalimantan Selatan; the demo plans are only read.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: follow-up plans browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const SAMSAT_KALSEL_2026 = stableId('lokus', 'pekppp-2026:samsat-63');
const ACTION = 'Memasang maklumat dan Standar Pelayanan di ruang tunggu';
const INDICATOR = '1.a.Ak';

describeWithChromium('a follow-up plan from draft to closure, in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** One browser profile: each person in turn, the previous session's cookies gone. */
  async function pageAs(email: string | null): Promise<Page> {
    for (const open of browser.context.pages()) await open.close();
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    if (email) await signIn(page, stack.portalUrl, email);
    return page;
  }

  it('the desk drafts and submits, the evaluator accepts and closes an action, the next F-01 and the public rapor show it', async () => {
    const desk = await pageAs('desk.samsat-kalsel@simpul.test');
    // The desk reaches its plan from the lokus of its published result.
    await desk.goto(`${stack.portalUrl}/evaluasi/lokus/${SAMSAT_KALSEL_2022}`);
    await desk.getByRole('link', { name: 'Rencana tindak lanjut', exact: true }).click();
    await desk.getByRole('heading', { name: 'Belum ada rencana tindak lanjut' }).waitFor();
    await desk.getByRole('button', { name: 'Susun rencana tindak lanjut' }).click();
    await desk.getByText('Status rencana: Draf').waitFor();

    await desk.getByLabel('Uraian aksi').fill(ACTION);
    await desk.getByLabel('Kode indikator').fill(INDICATOR);
    await desk.getByLabel('Penanggung jawab').fill('Kepala UPT Samsat Banjarmasin');
    await desk.getByLabel('Tenggat').fill('2027-03-31');
    await desk.getByRole('button', { name: 'Tambah aksi', exact: true }).click();
    const actions = desk.getByRole('article').filter({ hasText: ACTION });
    await actions.first().waitFor();
    const actionCount = await desk.getByTestId('follow-up-action').count();
    await desk.getByRole('button', { name: 'Ajukan rencana' }).click();
    await desk.getByText('Status rencana: Menunggu pemeriksaan').waitFor();

    const evaluator = await pageAs('evaluator@simpul.test');
    await evaluator.goto(`${stack.portalUrl}/evaluasi`);
    await evaluator.getByRole('link', { name: 'Rencana tindak lanjut', exact: true }).click();
    await evaluator.getByRole('link', { name: 'Buka rencana SAMSAT Kalimantan Selatan 2022' }).click();
    await evaluator.getByRole('button', { name: 'Terima rencana' }).click();
    await evaluator.getByText('Status rencana: Diterima').waitFor();
    const mine = evaluator.getByRole('article').filter({ hasText: ACTION });
    await mine.getByLabel('Bukti penyelesaian').fill('Foto maklumat terpasang, 12 Januari 2027.');
    await mine.getByRole('button', { name: 'Tutup aksi' }).click();
    await evaluator.getByText('Aksi ditutup.').waitFor();
    await mine.getByText('Ditutup oleh').waitFor();
    expect(await mine.getByText('Selesai', { exact: true }).count()).toBe(1);

    // The next cycle's F-01: on the indicator's card, the action done since.
    const nextYear = await pageAs('desk.samsat-kalsel@simpul.test');
    await nextYear.goto(`${stack.portalUrl}/evaluasi/lokus/${SAMSAT_KALSEL_2026}`);
    const card = nextYear.getByRole('article', { name: new RegExp(`^${INDICATOR.replace(/\./g, '\\.')} ·`) });
    const done = card.getByTestId('follow-up-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain(ACTION);
    expect(await done.textContent()).toContain('rencana atas hasil 2022');

    // The public rapor: counts per status and the share done, no owner.
    const visitor = await pageAs(null);
    await visitor.goto(`${stack.portalUrl}/evaluasi/lokus/${SAMSAT_KALSEL_2022}/rapor`);
    const progress = visitor.getByTestId('rapor-follow-up');
    await progress.waitFor({ timeout: 60_000 });
    const doneRow = progress.getByRole('row', { name: /Selesai/ });
    expect((await doneRow.textContent())?.replace(/\s+/g, '')).toBe('Selesai1');
    const share = Math.round((1 / actionCount) * 1000) / 10;
    await visitor.getByText(new RegExp(`^${String(share).replace('.', ',')}(,0)?% aksi selesai`)).waitFor();
    expect(await visitor.getByText('Kepala UPT Samsat Banjarmasin').count()).toBe(0);
  }, 300_000);
});

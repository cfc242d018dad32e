import type { Page } from 'playwright-core';
import { getInstrument } from '@simpul/scoring';
import { createOwnCycle, graphqlData, signInToken, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// The evaluation operations that once existed only in the API (issue #20 §1), reached from the
// portal's navigation by each role in real Chromium on the built stack: the admin adds a lokus by
// searching the registry and choosing the cycle's instrument, reads a cycle's aggregates, filters its
// appeals and opens a unit's gap analysis; the evaluator filters the appeals of their lokus and opens
// its gap analysis; the desk opens its own unit's gap analysis and the published aggregates, and is
// offered no appeals list. The suite makes its own cycle (a free far-future year) and uses SAMSAT
// Gorontalo, which no other suite reads; the demo cycles are only read.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: evaluation operations browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const UNIT = 'SAMSAT Gorontalo';
const ONLINE = 'PEKPPP 2024, Formulir B (pelayanan daring), sementara';
const INDICATOR = getInstrument('pekppp-2024-b').aspects[0].indicators[0].code;

/** From anywhere in the portal: the main navigation's "Evaluasi", then a cycle from the list of cycles. */
async function openCycle(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Evaluasi', exact: true }).click();
  await page.getByRole('table', { name: 'Siklus evaluasi' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
}

describeWithChromium('evaluation operations from the portal, per role, in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const tokens: Record<string, string> = {};
  let cycleId = '';
  let cycleName = '';

  const call = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(stack.gatewayUrl, query, variables, tokens[who]);
  const startPhase = (phase: string) =>
    call('admin', 'mutation($input: StartPhaseInput!) { startCyclePhase(input: $input) { id } }', {
      input: { cycleId, phase, reason: 'Uji peramban: operasi evaluasi.' },
    });

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    for (const who of ['admin', 'evaluator']) tokens[who] = await signInToken(stack.gatewayUrl, `${who}@simpul.test`);
    // A Khusus cycle of its own, in the first free year from 2070, with both 2024 instruments, in preparation.
    ({ id: cycleId, name: cycleName } = await createOwnCycle(stack.gatewayUrl, tokens['admin'], {
      years: [2070, 2100],
      name: (year) => `Uji operasi evaluasi ${year}`,
      scheme: 'KHUSUS',
      instrumentIds: ['pekppp-2024-a', 'pekppp-2024-b'],
    }));
    await startPhase('PREPARATION');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the admin adds a lokus by searching the registry with the online-services instrument', async () => {
    expect(cycleId).not.toBe('');
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await openCycle(page, cycleName);
      await page.getByLabel(/Cari unit di registri/).fill('samsat gorontalo');
      await page.getByRole('button', { name: `Pilih ${UNIT}` }).click();
      await page.getByRole('heading', { name: 'Unit yang dipilih (1)' }).waitFor();
      // The instruments by name; none shows its id.
      const instrument = page.getByLabel(/Instrumen penilaian/);
      expect(await instrument.locator('option').allTextContents()).toEqual(['PEKPPP 2024, Formulir A (pelayanan luring)', ONLINE]);
      await instrument.selectOption({ label: ONLINE });
      // The import control with results, a choice and the instrument list: WCAG 2.1 AA as axe can check it.
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Tambahkan 1 unit sebagai lokus' }).click();
      await page.getByText('1 lokus ditambahkan; 0 sudah menjadi lokus.').waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: UNIT, exact: true }).first().waitFor();
      expect(await page.getByText(/pekppp-2024/).count()).toBe(0);
    } finally {
      await page.close();
    }
    const lokus = await call<{ cycleLokus: { edges: { node: { id: string; unitName: string; instrumentId: string } }[] } }>(
      'admin',
      'query($cycleId: ID!) { cycleLokus(cycleId: $cycleId, first: 10) { edges { node { id unitName instrumentId } } } }',
      { cycleId },
    );
    expect(lokus.cycleLokus.edges.map(({ node }) => [node.unitName, node.instrumentId])).toEqual([[UNIT, 'pekppp-2024-b']]);

    // What the appeal list needs: the evaluator scores one indicator, and the unit disputes it in the appeal window.
    const lokusId = lokus.cycleLokus.edges[0].node.id;
    const evaluatorId = (await call<{ me: { id: string } }>('evaluator', '{ me { id } }')).me.id;
    await call('admin', 'mutation($input: AssignEvaluatorInput!) { assignEvaluator(input: $input) { lokusId } }', {
      input: { lokusId, evaluatorId, role: 'PRIMARY' },
    });
    await startPhase('EVALUATOR_SCORING');
    await call('evaluator', 'mutation($input: SaveScoreInput!) { saveF02Score(input: $input) { level } }', {
      input: { lokusId, indicatorCode: INDICATOR, level: 2, expectedVersion: 0 },
    });
    await startPhase('APPEAL');
    await call('admin', 'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id } }', {
      input: { lokusId, indicatorCode: INDICATOR, reason: 'Layanan daring sudah memuat standar pelayanan lengkap.', requestedLevel: 4 },
    });
  }, 240_000);

  it.each([
    ['admin@simpul.test', /^Semua sanggahan .* di siklus ini/],
    ['evaluator@simpul.test', /^Sanggahan pada lokus yang ditugaskan kepada Anda/],
  ])(
    '%s filters the cycle’s appeals, opens the lokus to decide, then its gap analysis',
    async (email, description) => {
      const page = await browser.context.newPage();
      try {
        await signIn(page, stack.portalUrl, email);
        await openCycle(page, cycleName);
        await page.getByRole('link', { name: 'Daftar sanggahan' }).click();
        await page.getByText(description).waitFor({ timeout: 30_000 });
        await page.getByLabel('Status sanggahan').selectOption({ label: 'menunggu keputusan' });
        const open = page.getByRole('table', { name: 'Sanggahan yang menunggu keputusan' });
        await open.getByRole('row', { name: new RegExp(UNIT) }).waitFor({ timeout: 30_000 });
        await page.getByLabel('Status sanggahan').selectOption({ label: 'ditolak' });
        await page.getByRole('heading', { name: 'Tidak ada sanggahan yang ditolak' }).waitFor({ timeout: 30_000 });
        await page.getByLabel('Status sanggahan').selectOption({ label: 'Semua status' });
        await page.getByRole('link', { name: `Putuskan sanggahan ${UNIT}, indikator ${INDICATOR}` }).click();
        await page.getByRole('heading', { level: 1, name: UNIT }).waitFor({ timeout: 30_000 });

        await page.getByRole('link', { name: 'Analisis kesenjangan' }).click();
        await page.getByRole('heading', { level: 1, name: `Analisis kesenjangan ${UNIT}` }).waitFor({ timeout: 30_000 });
        await page.getByText(`${cycleName} · dasar: Nilai F-02 evaluator`).waitFor({ timeout: 30_000 });
        // One indicator of the instrument is scored: the others count as 0 and are listed as such.
        await page.getByText(/indikator belum bernilai dan dihitung 0/).waitFor();
        await page.getByRole('table', { name: /^Langkah paling sedikit menuju kategori/ }).waitFor();
        // Every indicator of the online-services instrument with its next level: the scored one at 2 → 3.
        const every = page.getByRole('table', { name: 'Setiap indikator dan level berikutnya' });
        await every.getByRole('row', { name: new RegExp(`^${INDICATOR.replace(/\./g, '\\.')} .* 2 3 `) }).waitFor();
      } finally {
        await page.close();
      }
    },
    180_000,
  );

  it.each(['admin@simpul.test', 'evaluator@simpul.test', 'desk.samsat-kalsel@simpul.test'])(
    '%s opens the published 2022 aggregates and sorts the instansi by mean IPP',
    async (email) => {
      const page = await browser.context.newPage();
      try {
        await signIn(page, stack.portalUrl, email);
        await openCycle(page, 'PEKPPP 2022');
        await page.getByRole('link', { name: 'Agregat instansi, provinsi dan nasional' }).click();
        await page.getByText(/^Rerata IPP \d,\d\d dari 34 lokus/).waitFor({ timeout: 30_000 });
        await page
          .getByRole('table', { name: 'Rerata IPP per provinsi' })
          .getByRole('row', { name: /Kalimantan Selatan 1 4,02/ })
          .waitFor();
        const instansi = page.getByRole('table', { name: 'Rerata IPP per instansi' });
        await instansi.getByRole('button', { name: /Rerata IPP/ }).click();
        await instansi.getByRole('row').nth(1).filter({ hasText: '2,71' }).waitFor({ timeout: 30_000 });
        await instansi.getByRole('button', { name: /Rerata IPP/ }).click();
        await instansi.getByRole('row').nth(1).filter({ hasText: '4,78' }).waitFor({ timeout: 30_000 });
        if (email.startsWith('desk')) {
          // A desk is offered no appeals list; its appeals are on its lokus.
          await page.goBack();
          await page.getByRole('heading', { level: 1, name: 'PEKPPP 2022' }).waitFor();
          expect(await page.getByRole('link', { name: 'Daftar sanggahan' }).count()).toBe(0);
        }
      } finally {
        await page.close();
      }
    },
    180_000,
  );

  it('the desk opens its own unit’s gap analysis from the evaluation home', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'desk.samsat-kalsel@simpul.test');
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Evaluasi', exact: true }).click();
      await page.getByRole('heading', { name: 'Evaluasi SAMSAT Kalimantan Selatan' }).waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: 'Analisis kesenjangan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Analisis kesenjangan SAMSAT Kalimantan Selatan' }).waitFor({ timeout: 30_000 });
      await page.getByText('IPP sekarang').waitFor({ timeout: 30_000 });
      await page.getByLabel('Dasar analisis').selectOption({ label: 'Klaim F-01 unit' });
      await page.getByText(/dasar: Klaim F-01 unit$/).waitFor({ timeout: 30_000 });
    } finally {
      await page.close();
    }
  }, 180_000);
});

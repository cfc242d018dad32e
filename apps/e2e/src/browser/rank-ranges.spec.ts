import pg from 'pg';
import { getInstrument } from '@simpul/scoring';
import { createOwnCycle, graphqlData, signInToken, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// Rankings that show their uncertainty (issue #20 §4) in real Chromium on the built stack: the admin
// goes from a cycle's results to its cohort ranking, where each rank reads as the range of places its
// figures support and small samples are flagged, then compares one unit with its peers on one chart.
// The suite makes its own MANDIRI cycle (a free year from 2040) with five provincial Samsat whose F-02
// and F-03 are written straight into the evaluation schema, then recomputed through the API; the demo
// data are not touched.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: rank ranges browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const CODES = getInstrument('pekppp-2024-a').aspects.flatMap((aspect) => aspect.indicators.map((indicator) => indicator.code));

/**
 * Worked by hand as in apps/evaluation-service/src/results/rank-range.spec.ts (IPP = 0,75 × F-02 + 0,25 × F-03,
 * minimum 10 respondents): A 5,00 → 1; B 4,13 ± 0,088 → 2–3; C 4,00 ± 0,171 → 2–4; D 4,00 with 3
 * respondents (F-03 not counted, flagged) → 3–4; E 2,00 without survey (flagged) → 5.
 */
const UNITS = [
  { name: 'Uji Rentang A Samsat', f02: 5, survey: Array<number>(12).fill(5), province: ['63', 'Kalimantan Selatan'] },
  {
    name: 'Uji Rentang B Samsat',
    f02: 4,
    survey: [...Array<number>(6).fill(4), ...Array<number>(6).fill(5)],
    province: ['62', 'Kalimantan Tengah'],
  },
  {
    name: 'Uji Rentang C Samsat',
    f02: 4,
    survey: [...Array<number>(6).fill(3), ...Array<number>(6).fill(5)],
    province: ['64', 'Kalimantan Timur'],
  },
  { name: 'Uji Rentang D Samsat', f02: 4, survey: [4, 4, 4], province: ['61', 'Kalimantan Barat'] },
  { name: 'Uji Rentang E Samsat', f02: 2, survey: [], province: ['65', 'Kalimantan Utara'] },
];

describeWithChromium('rank ranges on the cohort page and the peers chart, in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let token = '';
  let cycleId = '';

  const call = <T>(query: string, variables: Record<string, unknown> = {}) => graphqlData<T>(stack.gatewayUrl, query, variables, token);

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    token = await signInToken(stack.gatewayUrl, 'admin@simpul.test');
    ({ id: cycleId } = await createOwnCycle(stack.gatewayUrl, token, {
      years: [2040, 2069],
      name: (year) => `Uji rentang peringkat ${year}`,
      scheme: 'MANDIRI',
      instrumentIds: ['pekppp-2024-a'],
    }));
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      for (const unit of UNITS) {
        const added = await db.query<{ id: string }>(
          `INSERT INTO evaluation.lokus (id, cycle_id, service_unit_id, unit_name, unit_kind, service_group, agency_id, province_code, province_name,
             government_level, cohort, instrument_id, added_at)
           VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, 'SAMSAT', 'ADMINISTRASI', gen_random_uuid(), $3, $4, 'PROVINCE', 'PROVINCE:SAMSAT',
             'pekppp-2024-a', now()) RETURNING id`,
          [cycleId, unit.name, unit.province[0], unit.province[1]],
        );
        const lokusId = added.rows[0].id;
        await db.query(
          `INSERT INTO evaluation.f02_scores (lokus_id, indicator_code, level, version, updated_at) SELECT $1, code, $3, 1, now() FROM unnest($2::text[]) AS code`,
          [lokusId, CODES, unit.f02],
        );
        await db.query(
          `INSERT INTO evaluation.survey_responses (id, lokus_id, answers, submitted_at)
           SELECT gen_random_uuid(), $1, array_fill(level, ARRAY[14])::smallint[], now() + make_interval(secs => n) FROM unnest($2::int[]) WITH ORDINALITY AS r(level, n)`,
          [lokusId, unit.survey],
        );
      }
    } finally {
      await db.end();
    }
    await call('mutation($input: StartPhaseInput!) { startCyclePhase(input: $input) { id } }', {
      input: { cycleId, phase: 'VERIFICATION', reason: 'Uji peramban: rentang peringkat.' },
    });
    await call('mutation($cycleId: ID!) { recomputeCycleResults(cycleId: $cycleId) { computed } }', { cycleId });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the admin reads each rank as the range its figures support, with the small samples flagged', async () => {
    expect(cycleId).not.toBe('');
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await page.goto(`${stack.portalUrl}/evaluasi/cycles/${cycleId}/results`);
      await page.getByRole('link', { name: 'Peringkat per kelompok pembanding, dengan rentang peringkat' }).click();
      await page.getByText('Pilih kelompok pembanding untuk melihat peringkatnya.').waitFor({ timeout: 30_000 });
      await page.getByLabel('Kelompok pembanding').selectOption({ label: 'Samsat tingkat provinsi' });
      const table = page.getByRole('table', { name: 'Peringkat Samsat tingkat provinsi, 5 unit' });
      await table.waitFor({ timeout: 30_000 });
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr): string[] => {
          const cells = [...tr.querySelectorAll('td, th')].map((cell) => cell.textContent ?? '');
          const flagged = tr.querySelector('[data-testid="sample-below"]') ? 'flagged' : '';
          return [tr.querySelector('[data-testid="rank-shown"]')?.textContent ?? '', cells[1] ?? '', cells[2] ?? '', flagged];
        }),
      );
      expect(rows).toEqual([
        ['1', 'Uji Rentang A Samsat', '5,00 ± 0,005', ''],
        ['2–3', 'Uji Rentang B Samsat', '4,13 ± 0,088', ''],
        ['2–4', 'Uji Rentang C Samsat', '4,00 ± 0,171', ''],
        ['3–4', 'Uji Rentang D Samsat', '4,00 ± 0,005', 'flagged'],
        ['5', 'Uji Rentang E Samsat', '2,00 ± 0,005', 'flagged'],
      ]);
      // What a screen reader hears for an uncertain rank.
      await table.getByText('peringkat 2 sampai 3 dari 5, tidak pasti').waitFor({ state: 'attached' });
      await page.getByText(/Peringkat ditulis sebagai rentang, misalnya 3–6/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(page.url()).toContain(`/evaluasi/cycles/${cycleId}/cohorts/PROVINCE%3ASAMSAT`);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('compares a unit with its peers on one chart whose labels stay inside the frame, reachable by keyboard', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await page.goto(`${stack.portalUrl}/evaluasi/cycles/${cycleId}/cohorts/PROVINCE%3ASAMSAT`);
      await page.getByRole('link', { name: 'Bandingkan Uji Rentang B Samsat' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Uji Rentang B Samsat dibandingkan dengan unit sejenis' })
        .waitFor({ timeout: 30_000 });
      const chart = page.getByRole('img', { name: /IPP unit ini dan kelompok pembandingnya/ });
      await chart.waitFor();
      const summary = (await chart.locator('desc').textContent()) ?? '';
      expect(summary).toContain('Uji Rentang B Samsat: IPP 4,13.');
      expect(summary).toContain('Samsat tingkat provinsi: posisi 2 dari 5');
      expect(summary).toContain('Provinsi Kalimantan Tengah: posisi 1 dari');
      // Every text the chart draws lies inside its frame (its viewBox), as the browser lays it out.
      const outside = await chart.evaluate((svg) => {
        const frame = (svg as unknown as { viewBox: { baseVal: { width: number; height: number } } }).viewBox.baseVal;
        return [...svg.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, box: (text as unknown as { getBBox(): DOMRect }).getBBox() }))
          .filter(({ box }) => box.x < 0 || box.y < 0 || box.x + box.width > frame.width || box.y + box.height > frame.height)
          .map(({ text }) => text);
      });
      expect(outside).toEqual([]);
      // The same figures as a table.
      const table = page.getByRole('table', { name: 'Kelompok pembanding Uji Rentang B Samsat' });
      await table.getByRole('row', { name: /Samsat tingkat provinsi 5 2 dari 5 3,83/ }).waitFor();
      // Reached with the keyboard: Tab moves focus onto the chart.
      let focused = false;
      for (let i = 0; i < 60 && !focused; i += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'peers-chart');
      }
      expect(focused).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);
});

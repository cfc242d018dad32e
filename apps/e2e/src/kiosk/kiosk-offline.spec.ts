import pg from 'pg';
import type { Page } from 'playwright-core';
import { graphql, signInToken, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from '../browser/chromium';

// A kiosk tablet answers once online, loses the network, two visitors answer, the tablet is
// reloaded with no network (the kiosk starts from its service worker's cache, queue and all), the
// network comes back: the queue sends both, and the service holds exactly those answers, once each,
// even when the same queue is replayed. Real Chromium against the built portal + SKM remote + gateway + every subgraph.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: kiosk offline browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

/** Answers every element with 4 and sends, as a visitor at the tablet would (keyboard-free taps). */
async function answerOnce(page: Page, thanks?: string): Promise<void> {
  await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
  const groups = page.getByRole('group');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const best = groups.nth(i).getByRole('radio', { name: /Sangat puas$/ });
    if (await best.count()) await best.check();
  }
  await page.getByRole('button', { name: 'Kirim jawaban' }).click();
  await page.getByRole('heading', { name: 'Terima kasih' }).waitFor();
  if (thanks) await page.getByText(thanks).waitFor();
  await page.getByRole('button', { name: 'Mulai untuk pengunjung berikutnya' }).click();
}

describeWithChromium('SKM kiosk in a real browser', () => {
  let stack: SharedStack;
  let portal: { url: string };
  let admin: string;

  beforeAll(async () => {
    stack = useSharedStack();
    portal = { url: stack.portalUrl };
    admin = await signInToken(stack.gatewayUrl, 'admin@simpul.test');
  }, 180_000);

  it('answered online, twice offline, reloaded offline: the kiosk starts from its cache with its queue; back online each answer is stored once', async () => {
    // An open unit survey of the demo (seeded at "now"), its public code and current respondents.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const surveys = await graphql<{
      skmSurveys: {
        edges: {
          node: { id: string; publicCode: string; startsOn: string; endsOn: string; deskId: string | null; opensAt: string | null };
        }[];
      };
    }>(
      stack.gatewayUrl,
      `
        {
          skmSurveys(first: 100) {
            edges {
              node {
                id
                publicCode
                startsOn
                endsOn
                deskId
                opensAt
              }
            }
          }
        }
      `,
      {},
      admin,
    );
    const survey = surveys.data?.skmSurveys.edges
      .map((e) => e.node)
      .find((s) => s.startsOn <= today && today <= s.endsOn && s.deskId === null);
    if (!survey) throw new Error('the demo seed has no open unit survey today');
    const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { ikm { respondents } } }`;
    const respondents = async () =>
      (await graphql<{ skmResult: { ikm: { respondents: number } | null } }>(stack.gatewayUrl, RESULT, { id: survey.id }, admin)).data
        ?.skmResult.ikm?.respondents ?? 0;
    const before = await respondents();

    const browser = await launchChromium('path' in chromium ? chromium.path : '');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}/skm/kiosk/${survey.publicCode}`);
      await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor({ timeout: 30_000 });

      // Rule: Tab never leaves the kiosk for the portal's links hidden under the overlay.
      // Page-side expressions as strings: this project has no DOM types.
      await page.evaluate('document.activeElement && document.activeElement.blur()');
      for (let i = 0; i < 12; i += 1) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate('Boolean(document.activeElement && document.activeElement.closest(".skm-kiosk"))')).toBe(true);
      }

      await answerOnce(page);
      await page.getByText('Semua jawaban terkirim').waitFor({ timeout: 30_000 });
      expect(await respondents()).toBe(before + 1);

      // The service worker controls the kiosk and holds its page before the network goes.
      await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 30_000 });
      await page.waitForFunction(
        'caches.open("simpul-skm-kiosk-v1").then((cache) => cache.match("/skm/kiosk/__shell__")).then(Boolean)',
        undefined,
        { timeout: 30_000, polling: 250 },
      );

      await browser.context.setOffline(true);
      await page.getByText('Tidak terhubung: jawaban disimpan di tablet ini').waitFor();
      await answerOnce(page, 'Jawaban Anda tersimpan di perangkat, dikirim saat tersambung');
      await answerOnce(page, 'Jawaban Anda tersimpan di perangkat, dikirim saat tersambung');
      await page.getByText('2 jawaban tersimpan di perangkat, dikirim saat tersambung').waitFor();
      const queued = await page.evaluate((key) => globalThis.localStorage.getItem(key), `simpul.skm.kiosk.queue.${survey.publicCode}`);
      const pending = (JSON.parse(queued ?? '{}') as { pending?: { submissionId: string }[] }).pending ?? [];
      expect(pending).toHaveLength(2);
      expect(await respondents()).toBe(before + 1);

      // Rule: a reload with no network starts the kiosk from its cache, queue and all (not the browser's offline page).
      await page.reload();
      await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor({ timeout: 30_000 });
      await page.getByText('2 jawaban tersimpan di perangkat, dikirim saat tersambung').waitFor();

      await browser.context.setOffline(false);
      await page.getByText('Semua jawaban terkirim').waitFor({ timeout: 30_000 });
      expect(await respondents()).toBe(before + 3);

      // The same queue replayed (a tablet that missed the receipts): both answers come back DUPLICATE.
      const SUBMIT = `mutation($s: [SkmSubmissionInput!]!) { submitSkmResponses(submissions: $s) { submissionId status } }`;
      const replay = await graphql<{ submitSkmResponses: { submissionId: string; status: string }[] }>(stack.gatewayUrl, SUBMIT, {
        s: pending.map((item) => ({ channel: 'KIOSK', ...item })),
      });
      expect(replay.data?.submitSkmResponses.map((r) => r.status)).toEqual(['DUPLICATE', 'DUPLICATE']);
      expect(await respondents()).toBe(before + 3);

      // And in the table itself: one row per submission id.
      const client = new pg.Client({ connectionString: stack.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM skm.responses WHERE submission_id = ANY($1::uuid[]) GROUP BY submission_id`,
          [pending.map((p) => p.submissionId)],
        );
        expect(rows.map((r) => r.n)).toEqual([1, 1]);
      } finally {
        await client.end();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});

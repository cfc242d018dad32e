import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { stableId } from '@simpul/service-kit';
import { BANJARMASIN_MALL, DESK_SURVEY_THIS_YEAR, SAMSAT_KALSEL_2022 } from '../demo-ids';
import { graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { signIn } from './page-checks';

// WCAG 2.1 A and AA, checked by axe-core in real Chromium on the built portal and every remote with
// the demo data: the pages each kind of person lands on, signed out and signed in. axe finds what a
// machine can (names, labels, contrast, landmarks, ARIA); the keyboard test below covers the skip link.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: accessibility browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

// Demo cycles by their seeded ids: the published 2022 cycle and the 2026 Khusus cycle the demo evaluator scores.
const CYCLE_2022 = stableId('cycle', 'pekppp-2022');
const KHUSUS_2026 = stableId('cycle', 'pekppp-khusus-2026');
// The demo follow-up plans: accepted (DPMPTSP) and awaiting the evaluator's review (SAMSAT), both Kalimantan Tengah 2020.
const DPMPTSP_KALTENG_2020 = stableId('lokus', 'pekppp-2020:dpmptsp-62');
const SAMSAT_KALTENG_2020 = stableId('lokus', 'pekppp-2020:samsat-62');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Waits until the page has its heading and the network is quiet, then runs axe on the whole document. */
async function violationsOn(page: Page, path: string, base: string): Promise<Violation[]> {
  await page.goto(`${base}${path}`);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  // Through the DevTools protocol, not a script tag: the portal's CSP refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

describeWithChromium('accessibility (WCAG 2.1 AA) in a real browser', () => {
  let stack: SharedStack;
  let portal: { url: string };
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let surveyCode = '';
  let samsatId = '';
  let deskUserId = '';
  let agencyId = '';
  let samsatServiceId = '';

  beforeAll(async () => {
    stack = useSharedStack();
    portal = { url: stack.portalUrl };
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    const token = await graphql<{ signIn: { accessToken: string } }>(
      stack.gatewayUrl,
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
      { email: 'admin@simpul.test', password: 'simpul-demo' },
    );
    const surveys = await graphql<{ skmSurveys: { edges: { node: { publicCode: string } }[] } }>(
      stack.gatewayUrl,
      '{ skmSurveys(first: 1) { edges { node { publicCode } } } }',
      {},
      token.data?.signIn.accessToken,
    );
    surveyCode = surveys.data?.skmSurveys.edges[0]?.node.publicCode ?? '';
    const units = await graphql<{ serviceUnits: { edges: { node: { id: string; name: string } }[] } }>(
      stack.gatewayUrl,
      '{ serviceUnits(first: 10, filter: { search: "samsat kalimantan selatan" }) { edges { node { id name } } } }',
    );
    samsatId = units.data?.serviceUnits.edges.find((edge) => edge.node.name === 'SAMSAT Kalimantan Selatan')?.node.id ?? '';
    const services = await graphql<{ serviceUnit: { services: { edges: { node: { id: string } }[] } } | null }>(
      stack.gatewayUrl,
      'query($id: ID!) { serviceUnit(id: $id) { services(first: 1) { edges { node { id } } } } }',
      { id: samsatId },
    );
    samsatServiceId = services.data?.serviceUnit?.services.edges[0]?.node.id ?? '';
    const admin = await graphql<{ users: { edges: { node: { id: string } }[] }; agencies: { edges: { node: { id: string } }[] } }>(
      stack.gatewayUrl,
      '{ users(first: 1, filter: { text: "desk.samsat-kalsel" }) { edges { node { id } } } agencies(first: 1, filter: { search: "banjarmasin" }) { edges { node { id } } } }',
      {},
      token.data?.signIn.accessToken,
    );
    deskUserId = admin.data?.users.edges[0]?.node.id ?? '';
    agencyId = admin.data?.agencies.edges[0]?.node.id ?? '';
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  const pagesFor: [string, () => string[]][] = [
    [
      'the public',
      () => [
        '/',
        '/sign-in',
        '/lupa-kata-sandi',
        '/atur-kata-sandi?token=contoh-token',
        '/registry',
        '/evaluasi',
        '/kipp',
        '/kipp/pemenang',
        '/kipp/pemenang/2015',
        '/mpp',
        '/mpp/malls',
        `/skm/s/${surveyCode}`,
        `/skm/units/${samsatId}/public`,
        `/mpp/malls/${BANJARMASIN_MALL}`,
        `/registry/units/${samsatId}`,
        `/evaluasi/cycles/${CYCLE_2022}/agregat`,
        `/evaluasi/cycles/${CYCLE_2022}/cohorts/PROVINCE%3ASAMSAT`,
        `/evaluasi/lokus/${SAMSAT_KALSEL_2022}/pembanding`,
        `/evaluasi/lokus/${SAMSAT_KALSEL_2022}/rapor`,
      ],
    ],
    [
      'desk.samsat-kalsel@simpul.test',
      () => [
        '/',
        '/evaluasi',
        '/kipp/usulan',
        '/skm',
        '/skm/ikm',
        `/registry/units/${samsatId}/edit`,
        `/evaluasi/units/${samsatId}/kesenjangan`,
        `/registry/units/${samsatId}/services/import`,
        `/registry/services/${samsatServiceId}`,
        '/evaluasi/tindak-lanjut',
        `/evaluasi/lokus/${SAMSAT_KALSEL_2022}/tindak-lanjut`,
      ],
    ],
    [
      'operator.banjarmasin@simpul.test',
      () => [
        '/skm/ikm',
        `/skm/surveys/${DESK_SURVEY_THIS_YEAR}/impor`,
        '/mpp',
        `/mpp/malls/${BANJARMASIN_MALL}/desks`,
        `/mpp/malls/${BANJARMASIN_MALL}/profile`,
        `/mpp/malls/${BANJARMASIN_MALL}/queue-keys`,
      ],
    ],
    [
      'evaluator@simpul.test',
      () => [
        '/evaluasi',
        `/evaluasi/cycles/${KHUSUS_2026}/sanggahan`,
        '/evaluasi/tindak-lanjut',
        `/evaluasi/lokus/${SAMSAT_KALTENG_2020}/tindak-lanjut`,
      ],
    ],
    [
      'admin@simpul.test',
      () => [
        '/evaluasi',
        '/evaluasi/evaluator',
        '/kipp/kompetisi',
        '/kipp/penugasan',
        '/kipp/kompetisi-terdahulu',
        '/mpp/national',
        '/skm',
        '/skm/ikm',
        '/skm?q=samsat&status=closed',
        `/evaluasi/cycles/${CYCLE_2022}/agregat`,
        `/evaluasi/cycles/${CYCLE_2022}/sanggahan`,
        `/evaluasi/units/${samsatId}/kesenjangan`,
        `/evaluasi/lokus/${DPMPTSP_KALTENG_2020}/tindak-lanjut`,
      ],
    ],
    [
      'admin@simpul.test (administration)',
      () => [
        '/registry/admin',
        '/registry/admin/users',
        '/registry/admin/users/new',
        `/registry/admin/users/${deskUserId}`,
        '/registry/admin/agencies',
        '/registry/admin/agencies/new',
        `/registry/agencies/${agencyId}`,
        '/registry/admin/audit',
        `/registry/units/${samsatId}`,
      ],
    ],
  ];

  it.each(pagesFor)(
    'pages for %s have no WCAG 2.1 A/AA violation axe can find',
    async (who, paths) => {
      expect(surveyCode).not.toBe('');
      expect(samsatId).not.toBe('');
      expect(deskUserId).not.toBe('');
      expect(agencyId).not.toBe('');
      expect(samsatServiceId).not.toBe('');
      const page = await browser.context.newPage();
      try {
        if (who !== 'the public') await signIn(page, portal.url, who.split(' ')[0] ?? who);
        const found: Record<string, Violation[]> = {};
        for (const path of paths()) {
          const violations = await violationsOn(page, path, portal.url);
          if (violations.length) found[path] = violations;
        }
        expect(found).toEqual({});
      } finally {
        await page.close();
      }
    },
    180_000,
  );

  it('lets a keyboard user skip straight to the main content', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${portal.url}/`);
      await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Tab');
      const first = page.locator(':focus');
      expect(await first.textContent()).toBe('Langsung ke konten utama');
      await page.keyboard.press('Enter');
      expect(page.url()).toMatch(/#main$/);
    } finally {
      await page.close();
    }
  }, 60_000);
});

import { graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations } from './page-checks';

// Issue #17: a citizen scans the QR code on a counter and answers on a phone, signed out. The URL
// on the poster opens the questionnaire's own small page (no portal, no remote), which reads the
// survey through the gateway and sends the answers through the portal's public SKM path.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: QR questionnaire browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

describeWithChromium('the QR questionnaire in a real browser, signed out', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let surveyCode = '';

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    const token = await graphql<{ signIn: { accessToken: string } }>(
      stack.gatewayUrl,
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
      { email: 'admin@simpul.test', password: 'simpul-demo' },
    );
    const surveys = await graphql<{ skmSurveys: { edges: { node: { publicCode: string } }[] } }>(
      stack.gatewayUrl,
      '{ skmSurveys(first: 50) { edges { node { publicCode } } } }',
      {},
      token.data?.signIn.accessToken,
    );
    // A survey whose period is running, as the poster on a counter would be.
    for (const { node } of surveys.data?.skmSurveys.edges ?? []) {
      const survey = await graphql<{ skmPublicSurvey: { open: boolean } }>(
        stack.gatewayUrl,
        'query($code: String) { skmPublicSurvey(code: $code) { open } }',
        { code: node.publicCode },
      );
      if (survey.data?.skmPublicSurvey.open) {
        surveyCode = node.publicCode;
        break;
      }
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the poster URL as the small page, answers by keyboard and mouse, sends, and thanks, with no WCAG violation', async () => {
    expect(surveyCode).not.toBe('');
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto(`${stack.portalUrl}/skm/s/${surveyCode}`);
      await page.getByRole('heading', { level: 1, name: 'Bagaimana pelayanan kami hari ini?' }).waitFor({ timeout: 30_000 });
      await page.getByRole('group').first().waitFor({ timeout: 30_000 });
      // The questionnaire's own script only: nothing of the portal or its remotes.
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((script) => script.startsWith('/remotes/skm-web/form/'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Sending nothing lists every question; the first link takes the keyboard to its answers.
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.getByRole('link').count()).toBe(await page.getByRole('group').count());
      expect(await axeViolations(page)).toEqual([]);
      await summary.getByRole('link').first().focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      expect(await page.getByRole('group').first().getByRole('radio', { name: '1 Tidak puas' }).isChecked()).toBe(true);

      const groups = page.getByRole('group');
      for (let i = 1; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio', { name: '3 Puas' }).check();
      await page.getByLabel('Usia').selectOption('AGE_30_39');
      const [sent] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/skm-api/public/responses')),
        page.getByRole('button', { name: 'Kirim jawaban' }).click(),
      ]);
      expect(sent.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Terima kasih' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('reads in English after the switch, and explains an unknown code in both languages', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.portalUrl}/skm/s/TIDAK-ADA-KODE-INI`);
      await page.getByRole('heading', { level: 1, name: 'Survei tidak ditemukan' }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Survey not found' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

import type { Page } from 'playwright-core';
import { BANJARMASIN_MALL } from '../demo-ids';
import { graphql, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// Issue #20 §6 in real Chromium on the built stack: the operator of MPP Kota Banjarmasin makes a
// queue-system key on the portal, the "queue system" (this test, over plain HTTP through the portal)
// reports a served ticket and gets a one-time link, a citizen answers the survey from that link, and
// the same link is refused the second time — opened again, and sent from a tab opened before. Once
// the operator revokes the key, the queue system is refused.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: queue invitation browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

interface Served {
  status: number;
  body: {
    invitation?: { url: string; replayed: boolean; desk: { number: number }; qr: { svg: string } };
    errors?: { extensions: { code: string; field?: string } }[];
  };
}

async function answerAll(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Bagaimana pelayanan kami hari ini?' }).waitFor({ timeout: 30_000 });
  await page.getByRole('group').first().waitFor({ timeout: 30_000 });
  const groups = page.locator('form').getByRole('group');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').last().check();
}

describeWithChromium('a served ticket becomes a one-time survey invitation, in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  // The citizen's phone: a profile of its own, never signed in (a signed-in browser is sent to the portal's form).
  let phone: Awaited<ReturnType<typeof launchChromium>>;
  // Desks of the mall with a LIVE service, as the queue system would be configured.
  const candidates: { deskNumber: number; serviceId: string }[] = [];

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    phone = await launchChromium('path' in chromium ? chromium.path : '');
    // A few services per tenant keep the query under the gateway's cost limit; one LIVE service a desk is enough.
    const desks = await graphql<{
      mall: {
        desks: {
          number: number;
          assignments: { tenancy: { services: { edges: { node: { status: string; service: { id: string } } }[] } } }[];
        }[];
      } | null;
    }>(
      stack.gatewayUrl,
      'query($id: ID!) { mall(id: $id) { desks { number assignments { tenancy { services(first: 3) { edges { node { status service { id } } } } } } } } }',
      { id: BANJARMASIN_MALL },
    );
    expect(desks.errors).toBeUndefined();
    for (const desk of desks.data?.mall?.desks ?? [])
      for (const { tenancy } of desk.assignments)
        for (const { node } of tenancy.services.edges)
          if (node.status === 'LIVE') candidates.push({ deskNumber: desk.number, serviceId: node.service.id });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await phone?.close();
  });

  /** The queue system's call, through the portal as a vendor makes it. */
  async function served(key: string, body: Record<string, unknown>): Promise<Served> {
    const response = await fetch(`${stack.portalUrl}/skm-api/queue/tickets-served`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-simpul-queue-key': key },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Served['body'] };
  }

  it('from the operator’s new key to one answer per ticket, then the revoked key is refused', async () => {
    expect(candidates.length).toBeGreaterThan(0);
    const operator = await browser.context.newPage();
    const citizen = await phone.context.newPage();
    const late = await phone.context.newPage();
    const pageErrors: string[] = [];
    operator.on('pageerror', (error) => pageErrors.push(error.message));
    operator.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    try {
      // The operator makes a key; its secret is on the screen once.
      await signIn(operator, stack.portalUrl, 'operator.banjarmasin@simpul.test');
      await operator.goto(`${stack.portalUrl}/mpp/malls/${BANJARMASIN_MALL}/queue-keys`);
      await operator.getByRole('heading', { level: 1, name: 'Kunci sistem antrean' }).waitFor({ timeout: 30_000 });
      await operator.getByRole('heading', { name: 'Belum ada kunci antrean' }).waitFor({ timeout: 30_000 });
      await operator.getByRole('textbox', { name: /Nama kunci/ }).fill('Antrean uji e2e');
      await operator.getByRole('button', { name: 'Buat kunci' }).click();
      // A remote that fails while rendering shows only "tidak dapat dimuat": the failure says why.
      const secret =
        (await operator
          .getByTestId('queue-key-secret')
          .textContent({ timeout: 30_000 })
          .catch(async (error: Error) => {
            throw new Error(`${error.message}\nPAGE: ${await operator.locator('main').innerText()}\nERRORS: ${pageErrors.join('\n')}`);
          })) ?? '';
      expect(secret).toMatch(/^sqk_/);
      await operator.getByRole('row', { name: /Antrean uji e2e/ }).waitFor();
      expect(await axeViolations(operator)).toEqual([]);

      // The queue system reports ticket A-001 served (a desk whose survey runs today); a resend gets the same link.
      let invitation: Served['body']['invitation'];
      let used: { deskNumber: number; serviceId: string } | undefined;
      for (const candidate of candidates) {
        const answer = await served(secret, { ticket: 'A-001', ...candidate });
        if (answer.status === 201) {
          invitation = answer.body.invitation;
          used = candidate;
          break;
        }
        // Only "no survey runs today for this desk" lets the next desk be tried.
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'deskNumber' });
      }
      expect(invitation && used).toBeTruthy();
      expect(invitation!.desk.number).toBe(used!.deskNumber);
      expect(invitation!.qr.svg).toMatch(/^<svg /);
      const resent = await served(secret, { ticket: 'A-001', ...used });
      expect(resent.status).toBe(200);
      expect(resent.body.invitation?.url).toBe(invitation!.url);
      // The link as printed on the ticket, on this run's portal.
      const link = `${stack.portalUrl}${new URL(invitation!.url).pathname}`;
      expect(new URL(link).pathname).toMatch(/^\/skm\/t\/[\w-]{22}$/);

      // A tab opened before anyone answered: it will send too late.
      await late.goto(link);
      await answerAll(late);

      // The citizen answers from the link.
      await citizen.goto(link);
      await answerAll(citizen);
      const [sent] = await Promise.all([
        citizen.waitForResponse((response) => response.url().endsWith('/skm-api/public/responses')),
        citizen.getByRole('button', { name: 'Kirim jawaban' }).click(),
      ]);
      expect(sent.status()).toBe(200);
      await citizen.getByRole('heading', { level: 1, name: 'Terima kasih' }).waitFor();

      // The same link opened again, and the earlier tab sending: both told kindly that it was used.
      await citizen.goto(link);
      await citizen.getByRole('heading', { level: 1, name: 'Tautan ini sudah dipakai' }).waitFor({ timeout: 30_000 });
      expect(await axeViolations(citizen)).toEqual([]);
      const [refused] = await Promise.all([
        late.waitForResponse((response) => response.url().endsWith('/skm-api/public/responses')),
        late.getByRole('button', { name: 'Kirim jawaban' }).click(),
      ]);
      expect(refused.status()).toBe(409);
      await late.getByRole('heading', { level: 1, name: 'Tautan ini sudah dipakai' }).waitFor();

      // The operator revokes the key; the queue system's next call is refused.
      await operator.getByRole('button', { name: 'Cabut kunci Antrean uji e2e' }).click();
      await operator.getByRole('button', { name: 'Ya, cabut' }).click();
      await operator.getByText('Kunci "Antrean uji e2e" sudah dicabut.').waitFor();
      expect(await axeViolations(operator)).toEqual([]);
      const afterRevoke = await served(secret, { ticket: 'A-002', ...used });
      expect(afterRevoke.status).toBe(403);
      expect(afterRevoke.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'x-simpul-queue-key' });
    } finally {
      await operator.close();
      await citizen.close();
      await late.close();
    }
  }, 240_000);
});

import { ConsoleMailSender, SmtpMailSender } from '@simpul/service-kit';
import { freePort, startSmtpTestServer } from '@simpul/service-kit/testing';
import { linkIn } from '../test-support/internal-http';
import { CALLERS, startRegistry, type RegistryHarness } from '../test-support/registry-test-app';
import { MailDelivery } from './mail-delivery.service';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id status } }`;

interface OutboxRow {
  recipient: string;
  attempts: number;
  sent_at: Date | null;
  transport: string | null;
  last_error: string | null;
  text_body: string;
}

describe('the mail outbox (real PostgreSQL, real SMTP)', () => {
  describe('when the mail server is down', () => {
    let registry: RegistryHarness;
    let port: number;
    beforeAll(async () => {
      port = await freePort();
      registry = await startRegistry({ mailSender: new SmtpMailSender(`smtp://127.0.0.1:${port}`) });
    });
    afterAll(() => registry?.close());

    it('the invitation still exists, the message waits with its error, and the retry loop delivers it once the server is back', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const result = await registry.graphql<{ inviteUser: { status: string } }>(
        INVITE,
        { input: { email: 'tertunda@simpul.test', name: 'Surel Tertunda', role: 'EVALUATOR' } },
        { caller: CALLERS.admin },
      );
      logged.mockRestore();
      expect(result.data!.inviteUser.status).toBe('INVITED');
      const [waiting] = await registry.sql<OutboxRow>(`SELECT * FROM registry.mail_outbox WHERE recipient = 'tertunda@simpul.test'`);
      expect(waiting).toMatchObject({ attempts: 1, sent_at: null, last_error: expect.any(String) });

      const smtp = await startSmtpTestServer({ port });
      try {
        await registry.sql(`UPDATE registry.mail_outbox SET next_attempt_at = now() WHERE recipient = 'tertunda@simpul.test'`);
        await registry.app.get(MailDelivery).deliverDue();
        const mail = await smtp.nextMailTo('tertunda@simpul.test');
        expect(linkIn(mail.text).token).toHaveLength(43);
        const [sent] = await registry.sql<OutboxRow>(`SELECT * FROM registry.mail_outbox WHERE recipient = 'tertunda@simpul.test'`);
        // Sent over SMTP: the one-time link no longer sits in the database.
        expect(sent).toMatchObject({ attempts: 2, sent_at: expect.any(Date), transport: 'smtp', last_error: null, text_body: '' });
      } finally {
        await smtp.close();
      }
    });
  });

  describe('without SMTP_URL (development)', () => {
    let registry: RegistryHarness;
    const printed: string[] = [];
    beforeAll(async () => {
      registry = await startRegistry({ mailSender: new ConsoleMailSender((text) => printed.push(text)) });
    });
    afterAll(() => registry?.close());

    it('prints the message with its link and keeps it in the outbox', async () => {
      await registry.graphql(
        INVITE,
        { input: { email: 'konsol@simpul.test', name: 'Surel Konsol', role: 'EVALUATOR' } },
        { caller: CALLERS.admin },
      );
      const output = printed.join('\n');
      expect(output).toContain('To: konsol@simpul.test');
      const { url } = linkIn(output);
      const [kept] = await registry.sql<OutboxRow>(`SELECT * FROM registry.mail_outbox WHERE recipient = 'konsol@simpul.test'`);
      expect(kept).toMatchObject({ transport: 'console', sent_at: expect.any(Date) });
      expect(kept.text_body).toContain(url);
    });
  });
});

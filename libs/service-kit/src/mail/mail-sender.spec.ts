import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server';
import { ConsoleMailSender } from './console-mail-sender';
import { mailSenderFromEnv } from './mail-from-env';
import { SmtpMailSender } from './smtp-mail-sender';

const message = {
  to: 'Desk.Baru@simpul.test',
  subject: 'Undangan Simpul',
  text: 'Buka http://127.0.0.1:4200/atur-kata-sandi?token=abc untuk mengatur kata sandi.',
  html: '<p><a href="http://127.0.0.1:4200/atur-kata-sandi?token=abc">Atur kata sandi</a></p>',
};

describe('mail senders', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(() => smtp?.close());

  it('deliver over SMTP with both bodies and the configured sender', async () => {
    const sender = new SmtpMailSender(smtp.url, 'Simpul Uji <uji@simpul.test>');
    await sender.send(message);
    await sender.close();
    const mail = await smtp.nextMailTo('desk.baru@simpul.test');
    expect(mail).toMatchObject({ subject: 'Undangan Simpul', from: expect.stringContaining('uji@simpul.test') });
    expect(mail.text).toContain('atur-kata-sandi?token=abc');
    expect(mail.html).toContain('href="http://127.0.0.1:4200/atur-kata-sandi?token=abc"');
  });

  it('fail loudly when the SMTP server cannot be reached', async () => {
    const sender = new SmtpMailSender('smtp://127.0.0.1:1');
    await expect(sender.send(message)).rejects.toThrow();
    await sender.close();
  });

  it('print the message with its link when SMTP_URL is not set (development)', async () => {
    const printed: string[] = [];
    await new ConsoleMailSender((text) => printed.push(text)).send(message);
    expect(printed.join('\n')).toMatch(/To: Desk\.Baru@simpul\.test[\s\S]*atur-kata-sandi\?token=abc/);
  });

  it('choose SMTP from SMTP_URL and the console without it, and refuse another scheme', () => {
    expect(mailSenderFromEnv({}).transport).toBe('console');
    expect(mailSenderFromEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' }).transport).toBe('smtp');
    expect(() => mailSenderFromEnv({ SMTP_URL: 'http://mail' })).toThrow(/smtp:\/\//);
  });
});
